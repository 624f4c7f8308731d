"""Tests of the e2e OAuth 1 provider itself (``tests/e2e/oauth1server``) and of the scripted
browser for it (``tests/e2e/oauth1_browser.py``), with requests-oauthlib as the client: no
tokenmgr code involved."""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from requests_oauthlib import OAuth1, OAuth1Session

from tests.e2e.authserver.catcher import CallbackCatcher

# Until tests/e2e/conftest.py imports them (then these two lines may go).

pytestmark = pytest.mark.e2e

TIMEOUT = 15


# ------------------------------------------------------------------------------ helpers
def _request_token(srv, callback, *, legacy=False, signature_method="HMAC-SHA1"):
    key, secret = (
        (srv.legacy_key, srv.legacy_secret) if legacy else (srv.consumer_key, srv.consumer_secret)
    )
    r = requests.post(
        srv.request_token_url,
        auth=OAuth1(key, secret, callback_uri=callback, signature_method=signature_method),
        timeout=TIMEOUT,
    )
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    return dict(parse_qsl(r.text))


def _access_token_response(srv, rt, verifier=None, *, legacy=False):
    key, secret = (
        (srv.legacy_key, srv.legacy_secret) if legacy else (srv.consumer_key, srv.consumer_secret)
    )
    return requests.post(
        srv.access_token_url,
        auth=OAuth1(key, secret, rt["oauth_token"], rt["oauth_token_secret"], verifier=verifier),
        timeout=TIMEOUT,
    )


def _access_token(srv, rt, verifier=None, *, legacy=False):
    r = _access_token_response(srv, rt, verifier, legacy=legacy)
    assert r.status_code == 200, r.text
    return dict(parse_qsl(r.text))


def _approve_by_form(srv, token, *, user="alice", action="approve", legacy_callback=None):
    """Answer the authorize page without a browser; returns the redirect's query (or the
    page text when there is no redirect)."""
    data = {"oauth_token": token, "action": action, "username": user, "password": srv.users[user]}
    if legacy_callback:
        data["oauth_callback"] = legacy_callback
    r = requests.post(srv.authorize_url, data=data, allow_redirects=False, timeout=TIMEOUT)
    if r.status_code == 302:
        return dict(parse_qsl(urlsplit(r.headers["Location"]).query))
    return r


def _api(srv, at, *, key=None, secret=None):
    return OAuth1(
        key or srv.consumer_key,
        secret or srv.consumer_secret,
        at["oauth_token"],
        at["oauth_token_secret"],
    )


# ------------------------------------------------------------------------------ 1.0a
def test_full_dance_with_browser_callback(oauth1server, oauth1_browser):
    srv = oauth1server
    with CallbackCatcher() as catcher:
        # requests-oauthlib's session, as an OAuth 1.0a consumer would use it
        session = OAuth1Session(
            srv.consumer_key, srv.consumer_secret, callback_uri=catcher.redirect_uri
        )
        rt = session.fetch_request_token(srv.request_token_url, timeout=TIMEOUT)
        assert rt["oauth_callback_confirmed"] == "true"
        url = session.authorization_url(srv.authorize_url)
        bu = oauth1_browser(action="approve", user="alice")
        proc = bu.run(url)
        assert proc.returncode == 0, proc.stderr
        query = catcher.wait(5)
    result = bu.result()
    assert result["ok"] and result["outcome"] == "callback", result
    assert result["final_url"].startswith(catcher.redirect_uri)
    assert result["status"] == 200
    assert query["oauth_token"] == rt["oauth_token"]
    assert query["oauth_verifier"]
    assert result["query"] == query

    session = OAuth1Session(
        srv.consumer_key,
        srv.consumer_secret,
        rt["oauth_token"],
        rt["oauth_token_secret"],
        verifier=query["oauth_verifier"],
    )
    at = session.fetch_access_token(srv.access_token_url, timeout=TIMEOUT)
    assert at["user_id"] == "1001" and at["screen_name"] == "alice"
    assert at["oauth_token"] != rt["oauth_token"]

    r = session.get(srv.me_url, timeout=TIMEOUT)
    assert r.status_code == 200, r.text
    assert r.json() == {"id": 1001, "screen_name": "alice"}
    last = srv.requests[-1]
    assert last["path"] == "/api/me" and last["signature_type"] == "header"
    assert last["oauth"]["oauth_signature_method"] == "HMAC-SHA1"

    # echo: form body params are signed and returned; non-ASCII and reserved characters
    r = session.post(
        srv.echo_url,
        data={"a": "1 2", "b": "x&y=z", "é": "ü", "c": "~*'"},
        params={"q": "v/w"},
        timeout=TIMEOUT,
    )
    assert r.status_code == 200, r.text
    assert r.json()["params"] == {"a": "1 2", "b": "x&y=z", "é": "ü", "c": "~*'"}
    assert r.json()["query"] == {"q": "v/w"}

    # HMAC-SHA256 works too
    r = requests.get(
        srv.me_url,
        timeout=TIMEOUT,
        auth=OAuth1(
            srv.consumer_key,
            srv.consumer_secret,
            at["oauth_token"],
            at["oauth_token_secret"],
            signature_method="HMAC-SHA256",
        ),
    )
    assert r.status_code == 200, r.text

    # tampered: one query parameter changed after signing
    signed = requests.Request("GET", srv.me_url, params={"a": "1"}, auth=_api(srv, at)).prepare()
    signed.prepare_url(srv.me_url, {"a": "2"})
    r = requests.Session().send(signed, timeout=TIMEOUT)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("OAuth ")

    # tampered: a form body parameter changed after signing
    signed = requests.Request("POST", srv.echo_url, data={"a": "1"}, auth=_api(srv, at)).prepare()
    signed.prepare_body({"a": "2"}, None)
    assert requests.Session().send(signed, timeout=TIMEOUT).status_code == 401

    # wrong token secret / wrong consumer secret / unknown token
    bad = dict(at, oauth_token_secret="not-the-secret")
    assert requests.get(srv.me_url, auth=_api(srv, bad), timeout=TIMEOUT).status_code == 401
    r = requests.get(srv.me_url, auth=_api(srv, at, secret="wrong"), timeout=TIMEOUT)
    assert r.status_code == 401
    unknown = dict(at, oauth_token="x" * 30)
    assert requests.get(srv.me_url, auth=_api(srv, unknown), timeout=TIMEOUT).status_code == 401

    # replayed nonce: the very same signed request twice
    signed = requests.Request("GET", srv.me_url, auth=_api(srv, at)).prepare()
    with requests.Session() as s:
        assert s.send(signed, timeout=TIMEOUT).status_code == 200
        assert s.send(signed, timeout=TIMEOUT).status_code == 401

    # stale timestamp (an hour old, with a fresh nonce)
    stale = OAuth1(
        srv.consumer_key,
        srv.consumer_secret,
        at["oauth_token"],
        at["oauth_token_secret"],
        timestamp=str(int(time.time()) - 3600),
    )
    assert requests.get(srv.me_url, auth=stale, timeout=TIMEOUT).status_code == 401

    # the access token does not work as a request token and vice versa
    assert _access_token_response(srv, at, query["oauth_verifier"]).status_code == 401
    assert requests.get(srv.me_url, auth=_api(srv, rt), timeout=TIMEOUT).status_code == 401
    assert not srv.log()


def test_oob_flow_with_browser(oauth1server, oauth1_browser):
    srv = oauth1server
    rt = _request_token(srv, "oob")
    assert rt["oauth_callback_confirmed"] == "true"
    bu = oauth1_browser(action="approve", user="bob")
    proc = bu.run(srv.authorization_url(rt["oauth_token"]))
    assert proc.returncode == 0, proc.stderr
    result = bu.result()
    assert result["ok"] and result["outcome"] == "pin", result
    assert result["pin"] and result["pin"] in result["text"]
    at = _access_token(srv, rt, result["pin"])
    assert at["screen_name"] == "bob" and at["user_id"] == "1002"
    r = requests.get(srv.me_url, auth=_api(srv, at), timeout=TIMEOUT)
    assert r.status_code == 200 and r.json()["screen_name"] == "bob"


def test_deny_reaches_callback(oauth1server, oauth1_browser):
    srv = oauth1server
    with CallbackCatcher() as catcher:
        rt = _request_token(srv, catcher.redirect_uri)
        bu = oauth1_browser(action="deny")
        proc = bu.run(srv.authorization_url(rt["oauth_token"]))
        assert proc.returncode == 0, proc.stderr
        query = catcher.wait(5)
    assert query == {"denied": rt["oauth_token"]}
    assert bu.result()["outcome"] == "callback"
    # the request token is gone
    assert _access_token_response(srv, rt, "a-made-up-verifier").status_code == 401
    r = requests.get(srv.authorization_url(rt["oauth_token"]), timeout=TIMEOUT)
    assert r.status_code == 400 and "id='error'" in r.text


def test_oob_deny_page(oauth1server):
    rt = _request_token(oauth1server, "oob")
    r = _approve_by_form(oauth1server, rt["oauth_token"], action="deny")
    assert r.status_code == 200 and "id='denied'" in r.text


def test_request_token_checks(oauth1server):
    srv = oauth1server
    # 1.0a consumer without oauth_callback
    r = requests.post(
        srv.request_token_url, auth=OAuth1(srv.consumer_key, srv.consumer_secret), timeout=TIMEOUT
    )
    assert r.status_code == 400 and "callback" in r.text.lower()
    # callbacks outside http://127.0.0.1:<port>/
    for callback in (
        "http://example.com/cb",
        "http://127.0.0.1/cb",
        "https://127.0.0.1:1/cb",
        "http://localhost:8080/cb",
    ):
        r = requests.post(
            srv.request_token_url,
            timeout=TIMEOUT,
            auth=OAuth1(srv.consumer_key, srv.consumer_secret, callback_uri=callback),
        )
        assert r.status_code == 401, callback
    # wrong secret, unknown consumer
    r = requests.post(
        srv.request_token_url,
        timeout=TIMEOUT,
        auth=OAuth1(srv.consumer_key, "nope", callback_uri="oob"),
    )
    assert r.status_code == 401
    r = requests.post(
        srv.request_token_url,
        timeout=TIMEOUT,
        auth=OAuth1("someone-else", srv.consumer_secret, callback_uri="oob"),
    )
    assert r.status_code == 401
    # GET is not allowed
    r = requests.get(
        srv.request_token_url,
        timeout=TIMEOUT,
        auth=OAuth1(srv.consumer_key, srv.consumer_secret, callback_uri="oob"),
    )
    assert r.status_code == 405
    # unknown realm (realms are scopes here: read, write)
    r = requests.post(
        srv.request_token_url,
        timeout=TIMEOUT,
        auth=OAuth1(srv.consumer_key, srv.consumer_secret, callback_uri="oob", realm="admin"),
    )
    assert r.status_code == 400
    # HMAC-SHA256 request token
    assert _request_token(srv, "oob", signature_method="HMAC-SHA256")["oauth_token"]


def test_plaintext_refused_on_http(oauth1server):
    srv = oauth1server
    r = requests.post(
        srv.request_token_url,
        timeout=TIMEOUT,
        auth=OAuth1(
            srv.consumer_key, srv.consumer_secret, callback_uri="oob", signature_method="PLAINTEXT"
        ),
    )
    assert r.status_code == 400 and "PLAINTEXT" in r.text
    rt = _request_token(srv, "oob")
    page = _approve_by_form(srv, rt["oauth_token"])
    pin = page.text.split("id='pin'>")[1].split("<")[0]
    at = _access_token(srv, rt, pin)
    r = requests.get(
        srv.me_url,
        timeout=TIMEOUT,
        auth=OAuth1(
            srv.consumer_key,
            srv.consumer_secret,
            at["oauth_token"],
            at["oauth_token_secret"],
            signature_method="PLAINTEXT",
        ),
    )
    assert r.status_code == 401


def test_wrong_password_shows_login_error(oauth1server):
    srv = oauth1server
    rt = _request_token(srv, "oob")
    r = requests.post(
        srv.authorize_url,
        timeout=TIMEOUT,
        data={
            "oauth_token": rt["oauth_token"],
            "action": "approve",
            "username": "alice",
            "password": "bob-password",
        },
    )
    assert r.status_code == 200 and "id='login-error'" in r.text and "id='pin'" not in r.text
    # still answerable
    assert "id='pin'" in _approve_by_form(srv, rt["oauth_token"]).text


def test_verifier_for_another_request_token_rejected(oauth1server):
    srv = oauth1server
    cb = "http://127.0.0.1:9/callback"  # never followed: the form answer is not redirected
    rt_a, rt_b = _request_token(srv, cb), _request_token(srv, cb)
    q_a = _approve_by_form(srv, rt_a["oauth_token"])
    q_b = _approve_by_form(srv, rt_b["oauth_token"], user="bob")
    assert q_a["oauth_token"] == rt_a["oauth_token"]
    assert _access_token_response(srv, rt_a, q_b["oauth_verifier"]).status_code == 401
    # missing verifier -> 400 (1.0a)
    assert _access_token_response(srv, rt_a).status_code == 400
    assert _access_token(srv, rt_a, q_a["oauth_verifier"])["screen_name"] == "alice"
    assert _access_token(srv, rt_b, q_b["oauth_verifier"])["screen_name"] == "bob"


def test_request_token_is_single_use(oauth1server):
    srv = oauth1server
    rt = _request_token(srv, "http://127.0.0.1:9/cb")
    q = _approve_by_form(srv, rt["oauth_token"])
    # the authorize page cannot be answered twice
    again = _approve_by_form(srv, rt["oauth_token"])
    assert again.status_code == 400
    at = _access_token(srv, rt, q["oauth_verifier"])
    assert _access_token_response(srv, rt, q["oauth_verifier"]).status_code == 401
    assert requests.get(srv.me_url, auth=_api(srv, at), timeout=TIMEOUT).status_code == 200


def test_invalidate_token(oauth1server):
    srv = oauth1server
    rt = _request_token(srv, "http://127.0.0.1:9/cb")
    at = _access_token(srv, rt, _approve_by_form(srv, rt["oauth_token"])["oauth_verifier"])
    assert requests.get(srv.me_url, auth=_api(srv, at), timeout=TIMEOUT).status_code == 200
    # a bad signature does not revoke
    bad = dict(at, oauth_token_secret="wrong")
    r = requests.post(srv.invalidate_url, auth=_api(srv, bad), timeout=TIMEOUT)
    assert r.status_code == 401
    r = requests.post(srv.invalidate_url, auth=_api(srv, at), timeout=TIMEOUT)
    assert r.status_code == 200 and r.json() == {"access_token": at["oauth_token"]}
    assert not srv.access_token_valid(at["oauth_token"])
    assert requests.get(srv.me_url, auth=_api(srv, at), timeout=TIMEOUT).status_code == 401
    assert requests.post(srv.invalidate_url, auth=_api(srv, at), timeout=TIMEOUT).status_code == 401


# ------------------------------------------------------------------------------ legacy 1.0
def test_legacy_flow_with_browser(oauth1server, oauth1_browser):
    srv = oauth1server
    # requests-oauthlib's session without callback_uri sends no oauth_callback
    session = OAuth1Session(srv.legacy_key, srv.legacy_secret)
    rt = session.fetch_request_token(srv.request_token_url, timeout=TIMEOUT)
    assert "oauth_callback_confirmed" not in rt
    assert "oauth_callback" not in srv.requests[-1]["oauth"]
    with CallbackCatcher() as catcher:
        bu = oauth1_browser(action="approve", user="bob")
        proc = bu.run(
            srv.authorization_url(rt["oauth_token"], legacy_callback=catcher.redirect_uri)
        )
        assert proc.returncode == 0, proc.stderr
        query = catcher.wait(5)
    assert query == {"oauth_token": rt["oauth_token"]}  # no verifier in 1.0
    assert bu.result()["outcome"] == "callback"
    # fetch_access_token insists on a verifier: sign the 1.0 exchange by hand
    at = _access_token(srv, rt, legacy=True)
    assert at["screen_name"] == "bob" and at["user_id"] == "1002"
    assert "oauth_verifier" not in srv.requests[-1]["oauth"]
    r = requests.get(
        srv.me_url,
        timeout=TIMEOUT,
        auth=_api(srv, at, key=srv.legacy_key, secret=srv.legacy_secret),
    )
    assert r.status_code == 200 and r.json() == {"id": 1002, "screen_name": "bob"}
    # single use
    assert _access_token_response(srv, rt, legacy=True).status_code == 401


def test_legacy_checks(oauth1server):
    srv = oauth1server
    rt = _request_token(srv, None, legacy=True)
    # not approved yet -> no access token
    assert _access_token_response(srv, rt, legacy=True).status_code == 401
    # the 1.0a consumer cannot use a legacy token, even with its secret
    assert _access_token_response(srv, rt, "some-verifier-123").status_code == 401
    # a legacy callback must be loopback too
    r = requests.get(
        srv.authorization_url(rt["oauth_token"], "http://example.com/cb"), timeout=TIMEOUT
    )
    assert r.status_code == 400
    # without a callback: a page telling the user to go back to the app
    page = _approve_by_form(srv, rt["oauth_token"], user="alice")
    assert page.status_code == 200 and "id='authorized'" in page.text
    bad = dict(rt, oauth_token_secret="wrong")
    assert _access_token_response(srv, bad, legacy=True).status_code == 401
    at = _access_token(srv, rt, legacy=True)
    assert at["screen_name"] == "alice"
    # legacy deny with a callback
    rt2 = _request_token(srv, None, legacy=True)
    q = _approve_by_form(
        srv, rt2["oauth_token"], action="deny", legacy_callback="http://127.0.0.1:9/cb"
    )
    assert q == {"denied": rt2["oauth_token"]}
    assert not srv.log()


def test_context_manager_and_fast_start():
    from tests.e2e.oauth1server import OAuth1Server

    t0 = time.monotonic()
    with OAuth1Server() as srv:
        assert time.monotonic() - t0 < 1.0
        assert srv.alive
        rt = _request_token(srv, "oob")
        assert srv.token_counts() == {"request": 1, "access": 0}
        at = _access_token(
            srv,
            rt,
            _approve_by_form(srv, rt["oauth_token"]).text.split("id='pin'>")[1].split("<")[0],
        )
        assert srv.token_counts("alice") == {"request": 0, "access": 1}
        assert srv.revoke_all("alice") == 1
        assert requests.get(srv.me_url, auth=_api(srv, at), timeout=TIMEOUT).status_code == 401
    assert not srv.alive
