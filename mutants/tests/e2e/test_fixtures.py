"""Tests of the e2e fixtures themselves (no tokenmgr code involved): the authorization
server, its test controls, and the scripted browser user."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest
import requests

from tests.e2e.authserver.catcher import CallbackCatcher, pkce_pair

pytestmark = pytest.mark.e2e

TIMEOUT = 15


def _authorize(
    authserver,
    browser_user,
    *,
    user="alice",
    action="approve",
    client_id=None,
    scope="read profile",
):
    """Run one browser authorization against a fresh catcher; returns
    (catcher query, browser result, redirect_uri, code_verifier, state)."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(16)
    with CallbackCatcher() as catcher:
        url = authserver.authorization_url(
            catcher.redirect_uri, state, challenge, scope=scope, client_id=client_id
        )
        bu = browser_user(action=action, user=user)
        proc = bu.run(url)
        assert proc.returncode == 0, proc.stderr
        query = catcher.wait(5)
    return query, bu.result(), catcher.redirect_uri, verifier, state


def _exchange(authserver, query, redirect_uri, verifier, *, confidential=False):
    data = {
        "grant_type": "authorization_code",
        "code": query["code"],
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
    }
    auth = None
    if confidential:
        auth = (authserver.confidential_client_id, authserver.confidential_client_secret)
    else:
        data["client_id"] = authserver.public_client_id
    r = requests.post(authserver.token_url, data=data, auth=auth, timeout=TIMEOUT)
    assert r.status_code == 200, r.text
    return r.json()


def _refresh(authserver, refresh_token, *, confidential=False):
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    auth = None
    if confidential:
        auth = (authserver.confidential_client_id, authserver.confidential_client_secret)
    else:
        data["client_id"] = authserver.public_client_id
    return requests.post(authserver.token_url, data=data, auth=auth, timeout=TIMEOUT)


def test_approve_exchange_refresh_rotation_and_revoke(authserver, browser_user):
    query, result, redirect_uri, verifier, state = _authorize(authserver, browser_user)
    assert query["state"] == state
    assert "code" in query
    assert result["ok"] is True
    assert result["status"] == 200
    assert result["text"].strip() == "ok"
    assert result["final_url"].startswith(redirect_uri + "?")

    tokens = _exchange(authserver, query, redirect_uri, verifier)
    assert tokens["token_type"] == "Bearer"
    assert set(tokens["scope"].split()) == {"read", "profile"}
    assert tokens["expires_in"] == authserver.access_token_expire_seconds

    r = authserver.me(tokens["access_token"])
    assert r.status_code == 200, r.text
    me = r.json()
    assert me["username"] == "alice"
    assert me["email"] == "alice@example.test"
    assert me["id"].isdigit()

    info = authserver.introspect(tokens["access_token"])
    assert info["active"] is True
    assert info["username"] == "alice"
    assert info["client_id"] == authserver.public_client_id

    # Rotation: a refresh gives a new refresh token and the old one is then dead.
    r = _refresh(authserver, tokens["refresh_token"])
    assert r.status_code == 200, r.text
    new = r.json()
    assert new["refresh_token"] != tokens["refresh_token"]
    assert new["access_token"] != tokens["access_token"]
    r = _refresh(authserver, tokens["refresh_token"])
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_grant"

    # A code is single-use.
    r = requests.post(
        authserver.token_url,
        timeout=TIMEOUT,
        data={
            "grant_type": "authorization_code",
            "code": query["code"],
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
            "client_id": authserver.public_client_id,
        },
    )
    assert r.status_code == 400

    # Revocation (RFC 7009) of the access token: the account endpoint refuses it.
    assert authserver.me(new["access_token"]).status_code == 200
    r = requests.post(
        authserver.revoke_url,
        timeout=TIMEOUT,
        data={
            "token": new["access_token"],
            "token_type_hint": "access_token",
            "client_id": authserver.public_client_id,
        },
    )
    assert r.status_code == 200, r.text
    assert authserver.me(new["access_token"]).status_code == 401
    assert authserver.introspect(new["access_token"]) == {"active": False}


def test_expire_access_tokens_keeps_refresh_working(authserver, browser_user):
    query, _, redirect_uri, verifier, _ = _authorize(authserver, browser_user)
    tokens = _exchange(authserver, query, redirect_uri, verifier)
    assert authserver.me(tokens["access_token"]).status_code == 200

    assert authserver.expire_access_tokens("alice") >= 1
    assert authserver.me(tokens["access_token"]).status_code == 401

    r = _refresh(authserver, tokens["refresh_token"])
    assert r.status_code == 200, r.text
    assert authserver.me(r.json()["access_token"]).status_code == 200


def test_deny_redirects_access_denied(authserver, browser_user):
    query, result, _, _, state = _authorize(authserver, browser_user, action="deny")
    assert query == {"error": "access_denied", "state": state}
    assert result["ok"] is True
    assert result["query"]["error"] == "access_denied"


def test_revoke_all_confidential_client_other_user(authserver, browser_user):
    query, _, redirect_uri, verifier, state = _authorize(
        authserver,
        browser_user,
        user="bob",
        client_id=authserver.confidential_client_id,
        scope="read write",
    )
    assert query["state"] == state
    tokens = _exchange(authserver, query, redirect_uri, verifier, confidential=True)
    r = authserver.me(tokens["access_token"])
    assert r.status_code == 200
    assert r.json()["username"] == "bob"
    assert authserver.token_counts("bob") == {"access": 1, "refresh": 1}

    deleted = authserver.revoke_all("bob")
    assert deleted["refresh_tokens"] >= 1
    assert authserver.token_counts("bob") == {"access": 0, "refresh": 0}
    assert authserver.me(tokens["access_token"]).status_code == 401
    r = _refresh(authserver, tokens["refresh_token"], confidential=True)
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_grant"


def test_wrong_password_fails_cleanly(authserver, browser_user):
    _, challenge = pkce_pair()
    with CallbackCatcher() as catcher:
        url = authserver.authorization_url(catcher.redirect_uri, "s", challenge)
        bu = browser_user(user="alice", password="wrong")
        proc = bu.run(url)
        assert proc.returncode != 0
        assert "login as 'alice' failed" in proc.stderr
        assert bu.result()["ok"] is False
        assert catcher.queries == []


def test_me_rejects_garbage(authserver):
    assert authserver.me("not-a-token").status_code == 401
    r = requests.get(authserver.userinfo_url, timeout=TIMEOUT)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


def test_unregistered_redirect_path_is_refused(authserver):
    """Any port is fine on 127.0.0.1, but the path must match the registration."""
    _, challenge = pkce_pair()
    url = authserver.authorization_url("http://127.0.0.1:9/elsewhere", "s", challenge)
    s = requests.Session()
    r = s.get(authserver.base_url + "/accounts/login/", timeout=TIMEOUT)
    csrf = s.cookies["authserver_csrftoken"]
    r = s.post(
        authserver.base_url + "/accounts/login/",
        timeout=TIMEOUT,
        data={
            "username": "alice",
            "password": authserver.users["alice"],
            "csrfmiddlewaretoken": csrf,
            "next": "/",
        },
        allow_redirects=False,
    )
    assert r.status_code == 302
    r = s.get(url, timeout=TIMEOUT, allow_redirects=False)
    assert r.status_code == 400
    assert "Mismatching redirect URI" in r.text


def test_python_webbrowser_runs_browser_user_detached(authserver, browser_user):
    """The BROWSER command line works through Python's webbrowser module, in detach mode
    (returns at once like a real browser launcher; the outcome arrives in the result file)."""
    verifier, challenge = pkce_pair()
    with CallbackCatcher() as catcher:
        url = authserver.authorization_url(catcher.redirect_uri, "wb-state", challenge)
        bu = browser_user(detach=True)
        env = {**os.environ, **bu.env()}
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, webbrowser; sys.exit(0 if webbrowser.open(sys.argv[1]) else 3)",
                url,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        result = bu.wait_result(90)
        assert result["ok"] is True, result
        query = catcher.wait(5)
    assert query["state"] == "wb-state"
    tokens = _exchange(authserver, query, catcher.redirect_uri, verifier)
    assert authserver.me(tokens["access_token"]).json()["username"] == "alice"
