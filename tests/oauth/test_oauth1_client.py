"""OAuth1Client against a real OAuth 1.0a / legacy 1.0 provider on 127.0.0.1 (oauthlib's
server endpoints, the e2e test provider run in-process): every leg, every signed request
and the revocation are checked by the provider's own signature verification; the error
answers a provider can give come from scripted loopback endpoints."""

from __future__ import annotations

import dataclasses
import re
import time
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
import requests
from oauthlib.common import Request as OAuthRequest
from pytest_httpserver import HTTPServer

from tests.e2e.oauth1server.control import OAuth1Server
from tokenmgr.errors import (
    NetworkError,
    NotConfiguredError,
    RevokeError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth1 import OAuth1Client, OAuth1Grant, RequestToken, encode_form
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider

CALLBACK = "http://127.0.0.1:8765/callback"
NOW = 1_700_000_000.0


@pytest.fixture(scope="module")
def srv():
    with OAuth1Server() as server:
        yield server


@pytest.fixture
def http():
    client = HttpClient()
    yield client
    client.close()


@pytest.fixture
def browser():
    """The user's side of leg 2: plain HTTP to the provider's consent form, no proxy."""
    session = requests.Session()
    session.trust_env = False
    yield session
    session.close()


def provider_for(srv: OAuth1Server, *, legacy: bool = False, **kw) -> Provider:
    values = dict(
        id="loop1", name="Loop One", protocol="oauth1",
        client_id=srv.legacy_key if legacy else srv.consumer_key,
        callback_mode="1.0" if legacy else "1.0a",
        request_token_url=srv.request_token_url, authorize_url=srv.authorize_url,
        access_token_url=srv.access_token_url, userinfo_url=srv.me_url,
        account_name_field="screen_name", account_id_field="id",
        revoke_url=srv.invalidate_url)
    values.update(kw)
    return Provider(**values)


def client_for(srv, http, *, legacy: bool = False, secret: str | None = None,
               **kw) -> OAuth1Client:
    default = srv.legacy_secret if legacy else srv.consumer_secret
    return OAuth1Client(provider_for(srv, legacy=legacy, **kw), Secret(secret or default),
                        http, clock=lambda: NOW)


def approve(browser, authorization_url: str, user: str = "alice") -> requests.Response:
    """Open the authorization URL (the consent page must be there), then approve as ``user``."""
    page = browser.get(authorization_url, allow_redirects=False)
    assert page.status_code == 200 and "oauth1-authorize" in page.text, page.text
    form = dict(re.findall(r"name='(oauth_token|oauth_callback)' value='([^']*)'", page.text))
    return browser.post(urlsplit(authorization_url)._replace(query="").geturl(),
                        data={**form, "username": user, "password": f"{user}-password",
                              "action": "approve"}, allow_redirects=False)


def last_request(srv: OAuth1Server, path: str) -> dict:
    return [r for r in srv.requests if r["path"] == path][-1]


def connect(srv, http, browser, user="alice", **kw) -> tuple[OAuth1Client, OAuth1Grant]:
    client = client_for(srv, http, **kw)
    request_token = client.request_token(CALLBACK)
    answer = approve(browser, client.authorization_url(request_token), user)
    verifier = dict(parse_qsl(urlsplit(answer.headers["Location"]).query))["oauth_verifier"]
    return client, client.access_token(request_token, Secret(verifier))


# --- the three legs against the real provider ----------------------------------------------


def test_1_0a_legs_give_tokens_and_the_account_the_provider_vouches_for(srv, http, browser):
    client = client_for(srv, http)
    request_token = client.request_token(CALLBACK)
    assert request_token.callback_confirmed
    assert last_request(srv, "/oauth/request_token")["oauth"]["oauth_callback"] == CALLBACK

    answer = approve(browser, client.authorization_url(request_token), "bob")
    landing = dict(parse_qsl(urlsplit(answer.headers["Location"]).query))
    assert answer.headers["Location"].startswith(CALLBACK + "?")
    assert landing["oauth_token"] == request_token.token.reveal()

    grant = client.access_token(request_token, Secret(landing["oauth_verifier"]))
    sent = last_request(srv, "/oauth/access_token")
    assert sent["status"] == 200
    assert sent["oauth"]["oauth_verifier"] == landing["oauth_verifier"]
    assert sent["oauth"]["oauth_token"] == request_token.token.reveal()
    tokens = grant.tokens
    assert srv.access_token_valid(tokens.access_token.reveal())
    assert tokens.token_type == "OAuth1" and tokens.obtained_at == NOW
    assert tokens.token_secret is not None and tokens.token_secret.reveal()
    # who approved comes with the access token; the provider's other fields are not kept
    assert dict(grant.extras) == {"user_id": "1002", "screen_name": "bob"}

    account = client.fetch_account(grant)  # GET /api/me, signed with the new token
    assert (account.account_id, account.name) == ("1002", "bob")
    assert last_request(srv, "/api/me")["oauth"]["oauth_token"] == tokens.access_token.reveal()


def test_the_request_token_is_single_use(srv, http, browser):
    client = client_for(srv, http)
    request_token = client.request_token(CALLBACK)
    answer = approve(browser, client.authorization_url(request_token))
    verifier = Secret(dict(parse_qsl(urlsplit(answer.headers["Location"]).query))[
        "oauth_verifier"])
    client.access_token(request_token, verifier)
    with pytest.raises(TokenEndpointError) as refused:
        client.access_token(request_token, verifier)
    assert refused.value.error == "http_401"
    assert str(refused.value) == ("The token endpoint refused: http_401 "
                                  "(the access-token request was refused)")


def test_legacy_1_0_sends_no_callback_and_no_verifier(srv, http, browser):
    client = client_for(srv, http, legacy=True)
    request_token = client.request_token(None)
    assert not request_token.callback_confirmed
    assert "oauth_callback" not in last_request(srv, "/oauth/request_token")["oauth"]
    url = client.authorization_url(request_token, legacy_callback=CALLBACK)
    assert dict(parse_qsl(urlsplit(url).query)) == {
        "oauth_token": request_token.token.reveal(), "oauth_callback": CALLBACK}
    answer = approve(browser, url)
    assert dict(parse_qsl(urlsplit(answer.headers["Location"]).query)) == {
        "oauth_token": request_token.token.reveal()}

    grant = client.access_token(request_token, None)
    assert "oauth_verifier" not in last_request(srv, "/oauth/access_token")["oauth"]
    assert srv.access_token_valid(grant.tokens.access_token.reveal())


def test_an_empty_verifier_is_not_sent(srv, http, browser):
    client = client_for(srv, http, legacy=True)
    request_token = client.request_token(None)
    approve(browser, client.authorization_url(request_token, legacy_callback=CALLBACK))
    grant = client.access_token(request_token, Secret(""))
    assert "oauth_verifier" not in last_request(srv, "/oauth/access_token")["oauth"]
    assert srv.access_token_valid(grant.tokens.access_token.reveal())


def test_pin_mode_exchanges_the_pin_the_provider_shows(srv, http, browser):
    client = client_for(srv, http)
    request_token = client.request_token("oob")
    assert request_token.callback_confirmed
    page = approve(browser, client.authorization_url(request_token))
    pin = re.search(r"<code id='pin'>([^<]+)</code>", page.text).group(1)
    grant = client.access_token(request_token, Secret(pin))
    assert srv.access_token_valid(grant.tokens.access_token.reveal())


def test_a_1_0a_consumer_without_callback_is_refused_with_the_providers_reason(srv, http):
    client = client_for(srv, http)
    with pytest.raises(TokenEndpointError) as refused:
        client.request_token(None)
    assert refused.value.error == "http_400"
    assert str(refused.value) == ("The token endpoint refused: http_400 "
                                  "(the request-token request was refused: invalid_request)")


def test_a_wrong_consumer_secret_is_refused_by_the_provider(srv, http):
    client = client_for(srv, http, secret="not-the-secret")
    with pytest.raises(TokenEndpointError) as refused:
        client.request_token(CALLBACK)
    assert refused.value.error == "http_401"


def test_hmac_sha256_is_what_goes_on_the_wire_in_every_leg(srv, http, browser):
    client, grant = connect(srv, http, browser, signature_method="HMAC-SHA256")
    client.fetch_account(grant)
    for path in ("/oauth/request_token", "/oauth/access_token", "/api/me"):
        sent = last_request(srv, path)
        assert sent["status"] == 200
        assert sent["oauth"]["oauth_signature_method"] == "HMAC-SHA256"


# --- the account -----------------------------------------------------------------------------


def test_the_account_endpoint_is_called_with_the_configured_method(srv, http, browser):
    client, grant = connect(srv, http, browser, userinfo_url=srv.echo_url,
                            userinfo_method="POST")
    account = client.fetch_account(grant)
    assert (account.account_id, account.name) == ("1001", "alice")
    assert last_request(srv, "/api/echo")["method"] == "POST"


def test_the_account_endpoints_refusal_is_a_clear_error(srv, http, browser):
    client, grant = connect(srv, http, browser)
    srv.revoke_all("alice")
    with pytest.raises(TokenResponseError) as refused:
        client.fetch_account(grant)
    assert str(refused.value) == "Loop One's account endpoint refused the new token (HTTP 401)."


@pytest.mark.parametrize("name_field, id_field, expected", [
    ("screen_name", "user_id", ("1001", "alice")),
    ("screen_name", "uid", ("alice", "alice")),  # no id in the answer: the name is the id
])
def test_without_an_account_endpoint_the_access_token_answer_names_the_account(
        srv, http, browser, name_field, id_field, expected):
    client, grant = connect(srv, http, browser, userinfo_url=None,
                            account_name_field=name_field, account_id_field=id_field)
    account = client.fetch_account(grant)
    assert (account.account_id, account.name) == expected
    assert dict(account.profile) == {"user_id": "1001", "screen_name": "alice"}


def test_an_access_token_answer_that_names_nobody_is_refused(srv, http, browser):
    client, grant = connect(srv, http, browser, userinfo_url=None, account_name_field="login")
    with pytest.raises(TokenResponseError) as refused:
        client.fetch_account(grant)
    assert str(refused.value) == "Loop One did not say who the token is for (no 'login')."


# --- signed requests the user asks for (tokenmgr header / Sign) -----------------------------


def send(method, url, header, pairs=None):
    with requests.Session() as session:
        session.trust_env = False
        headers = {"Authorization": header}
        if pairs:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return session.request(method, url, headers=headers,
                               data=encode_form(pairs) if pairs else None)


@pytest.mark.parametrize("body, pairs", [
    ([("dup", "x"), ("dup", "y"), ("ü", "a&b=c"), ("empty", "")],
     [["dup", "x"], ["dup", "y"], ["ü", "a&b=c"], ["empty", ""]]),
    ({"status": "hello world", "lang": "en"}, [["status", "hello world"], ["lang", "en"]]),
])
def test_a_signed_form_post_is_accepted_with_every_pair_in_order(srv, http, browser, body,
                                                                 pairs):
    client, grant = connect(srv, http, browser)
    url = srv.echo_url + "?q=1&q=2"
    header = client.authorization_header(grant.tokens, "post", url, body)
    answer = send("POST", url, header, [tuple(p) for p in pairs])
    assert answer.status_code == 200, answer.text
    assert answer.json()["form_pairs"] == pairs
    assert answer.json()["query_pairs"] == [["q", "1"], ["q", "2"]]


def test_a_signed_get_without_body_is_accepted(srv, http, browser):
    client, grant = connect(srv, http, browser)
    answer = send("GET", srv.me_url, client.authorization_header(grant.tokens, "GET",
                                                                  srv.me_url, []))
    assert answer.status_code == 200 and answer.json()["screen_name"] == "alice"


def test_a_signature_over_other_pairs_is_refused(srv, http, browser):
    client, grant = connect(srv, http, browser)
    header = client.authorization_header(grant.tokens, "POST", srv.echo_url, [("a", "1")])
    assert send("POST", srv.echo_url, header, [("a", "2")]).status_code == 401


def test_two_legged_signing_uses_the_consumer_alone(srv, http):
    client = client_for(srv, http)
    header = client.authorization_header(None, "GET", srv.app_url + "?x=1")
    answer = send("GET", srv.app_url + "?x=1", header)
    assert answer.status_code == 200
    assert answer.json()["consumer"] == srv.consumer_key


def test_given_nonce_and_timestamp_reproduce_the_header_and_fresh_ones_differ(srv, http):
    client = client_for(srv, http)
    fixed = dict(nonce="n0nce0123456789", timestamp=str(int(time.time())))
    first = client.authorization_header(None, "GET", srv.app_url, **fixed)
    assert client.authorization_header(None, "GET", srv.app_url, **fixed) == first
    assert 'oauth_nonce="n0nce0123456789"' in first
    assert f'oauth_timestamp="{fixed["timestamp"]}"' in first
    assert send("GET", srv.app_url, first).status_code == 200
    assert send("GET", srv.app_url, first).status_code == 401  # the provider saw that nonce
    assert client.authorization_header(None, "GET", srv.app_url) != client.authorization_header(
        None, "GET", srv.app_url)


def test_the_realm_given_is_in_the_header_and_none_is_sent_otherwise(srv, http, browser):
    client, grant = connect(srv, http, browser)
    header = client.authorization_header(grant.tokens, "GET", srv.me_url, realm="read")
    assert header.startswith('OAuth realm="read", ')
    assert send("GET", srv.me_url, header).status_code == 200
    assert "realm=" not in client.authorization_header(grant.tokens, "GET", srv.me_url)


def test_plaintext_is_signed_in_clear_over_https_only(http):
    https = Provider(id="p", name="Plain Co", protocol="oauth1", client_id="ck",
                     signature_method="PLAINTEXT",
                     request_token_url="https://api.example/rt",
                     authorize_url="https://api.example/authorize",
                     access_token_url="https://api.example/at")
    client = OAuth1Client(https, Secret("cs&1"), http)
    tokens = TokenSet(Secret("tok"), token_type="OAuth1", token_secret=Secret("ts"))
    header = client.authorization_header(tokens, "GET", "https://api.example/me")
    assert 'oauth_signature_method="PLAINTEXT"' in header
    # RFC 5849 3.4.4: the escaped secrets joined by "&" (escaped once more in the header)
    assert 'oauth_signature="cs%25261%26ts"' in header


def test_plaintext_legs_are_not_sent_over_http(http):
    with OAuth1Server(allow_plaintext=True) as server:
        client = OAuth1Client(provider_for(server, signature_method="PLAINTEXT"),
                              Secret(server.consumer_secret), http)
        request_token = RequestToken(Secret("t"), Secret("s"), True)
        for leg in (lambda: client.request_token(CALLBACK),
                    lambda: client.access_token(request_token, Secret("v"))):
            with pytest.raises(TokenResponseError) as refused:
                leg()
            assert str(refused.value) == "PLAINTEXT signatures are sent only over HTTPS."
        assert server.requests == []


class TlsWitness:
    """A TCP listener on 127.0.0.1 that records the first bytes a client sends (a TLS
    ClientHello starts with the handshake record type 0x16) and hangs up."""

    def __init__(self) -> None:
        import socket
        import threading

        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.first_bytes: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                self.first_bytes.append(conn.recv(5))

    def close(self) -> None:
        import socket

        self.sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self.sock.close()
        self.thread.join(5)


def test_plaintext_legs_do_go_out_over_https(http):
    witness = TlsWitness()
    try:
        base = f"https://127.0.0.1:{witness.port}"
        p = Provider(id="p", name="Plain Co", protocol="oauth1", client_id="ck",
                     signature_method="PLAINTEXT", request_token_url=base + "/rt",
                     authorize_url=base + "/authorize", access_token_url=base + "/at")
        client = OAuth1Client(p, Secret("cs"), http)
        with pytest.raises(NetworkError):  # the listener hangs up on the TLS handshake
            client.request_token(CALLBACK)
        with pytest.raises(NetworkError):
            client.access_token(RT, Secret("v"))
    finally:
        witness.close()
    assert [first[:1] for first in witness.first_bytes] == [b"\x16", b"\x16"]


# --- revocation ------------------------------------------------------------------------------


def test_revoke_invalidates_the_token_at_the_provider(srv, http, browser):
    client, grant = connect(srv, http, browser)
    client.revoke(grant.tokens)
    assert not srv.access_token_valid(grant.tokens.access_token.reveal())
    with pytest.raises(RevokeError) as again:
        client.revoke(grant.tokens)
    assert str(again.value) == "Loop One did not revoke the token (HTTP 401)."


@pytest.mark.parametrize("changes", [dict(revoke_url=None), dict(revoke_method="none")])
def test_a_provider_without_revocation_says_so(srv, http, changes):
    client = client_for(srv, http, **changes)
    tokens = TokenSet(Secret("t"), token_type="OAuth1", token_secret=Secret("s"))
    with pytest.raises(RevokeError) as refused:
        client.revoke(tokens)
    assert str(refused.value) == "Loop One offers no way to revoke tokens."
    assert not [r for r in srv.requests if r["path"] == "/oauth/invalidate_token"
                and r["oauth"].get("oauth_token") == "t"]


# --- answers a provider may give (scripted loopback endpoints) -------------------------------


@pytest.fixture
def scripted():
    with HTTPServer(host="127.0.0.1", port=0) as server:
        yield server


def scripted_client(scripted, http, **kw) -> OAuth1Client:
    p = Provider(id="s", name="Scripted", protocol="oauth1", client_id="ck",
                 request_token_url=scripted.url_for("/rt"),
                 authorize_url=scripted.url_for("/authorize"),
                 access_token_url=scripted.url_for("/at"),
                 revoke_url=scripted.url_for("/revoke"), **kw)
    return OAuth1Client(p, Secret("cs"), http, clock=lambda: NOW)


def answer(scripted, path, body, status=200):
    scripted.clear()
    scripted.expect_request(path, method="POST").respond_with_data(
        body, status=status, content_type="application/x-www-form-urlencoded")


RT = RequestToken(Secret("t"), Secret("s"), True)


@pytest.mark.parametrize("status", [500, 503])
def test_a_provider_error_is_a_network_error_naming_the_status(scripted, http, status):
    client = scripted_client(scripted, http)
    answer(scripted, "/at", "oauth_problem=database_on_fire", status)
    with pytest.raises(NetworkError) as failed:
        client.access_token(RT, Secret("v"))
    assert str(failed.value) == f"The provider had an internal error (HTTP {status})."


@pytest.mark.parametrize("status, body, message", [
    (401, "oauth_problem=timestamp_refused&error=ignored",
     "the access-token request was refused: timestamp_refused"),
    (400, "error=invalid_client", "the access-token request was refused: invalid_client"),
    (403, "Forbidden", "the access-token request was refused"),
    (499, "oauth_problem=" + "p" * 100, "the access-token request was refused: " + "p" * 80),
    (300, "oauth_token=a&oauth_token_secret=b", "the access-token request was refused"),
])
def test_a_refusal_names_the_providers_problem(scripted, http, status, body, message):
    client = scripted_client(scripted, http)
    answer(scripted, "/at", body, status)
    with pytest.raises(TokenEndpointError) as refused:
        client.access_token(RT, Secret("v"))
    assert (refused.value.error, refused.value.description) == (f"http_{status}", message)


@pytest.mark.parametrize("body", ["", "oauth_token_secret=s", "oauth_token=&oauth_token_secret=s",
                                  "oauth_token=t", "not a form"])
def test_an_answer_without_the_token_is_refused(scripted, http, body):
    client = scripted_client(scripted, http)
    answer(scripted, "/rt", body)
    with pytest.raises(TokenResponseError) as refused:
        client.request_token(None)
    assert str(refused.value) == "The request-token answer has no oauth_token."
    answer(scripted, "/at", body)
    with pytest.raises(TokenResponseError) as refused:
        client.access_token(RT, Secret("v"))
    assert str(refused.value) == "The access-token answer has no oauth_token."


def test_an_empty_token_secret_and_surrounding_whitespace_are_kept_as_sent(scripted, http):
    client = scripted_client(scripted, http)
    answer(scripted, "/rt", "oauth_token=t1&oauth_token_secret=&oauth_callback_confirmed=TRUE\r\n")
    request_token = client.request_token(CALLBACK)
    assert (request_token.token.reveal(), request_token.secret.reveal()) == ("t1", "")
    assert request_token.callback_confirmed
    answer(scripted, "/at", "oauth_token=a1&oauth_token_secret=s1\n")
    grant = client.access_token(request_token, Secret("v"))
    assert grant.tokens.token_secret == Secret("s1")
    assert dict(grant.extras) == {}


def test_bytes_that_are_not_utf8_do_not_spoil_the_answer(scripted, http):
    client = scripted_client(scripted, http, account_name_field="screen_name")
    scripted.expect_request("/at", method="POST").respond_with_data(
        b"oauth_token=a&oauth_token_secret=s&screen_name=J\xf6rg",
        content_type="application/x-www-form-urlencoded")
    grant = client.access_token(RT, Secret("v"))
    assert grant.tokens.access_token == Secret("a")
    assert client.fetch_account(grant).name == "J\ufffdrg"


def test_a_1_0_provider_that_does_not_confirm_the_callback_gets_advice(scripted, http):
    client = scripted_client(scripted, http)
    for confirmation in ("", "&oauth_callback_confirmed=false"):
        answer(scripted, "/rt", "oauth_token=t&oauth_token_secret=s" + confirmation)
        with pytest.raises(TokenResponseError) as refused:
            client.request_token(CALLBACK)
        assert str(refused.value) == (
            "The provider did not confirm the callback (oauth_callback_confirmed): it "
            "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")


def test_account_fields_in_the_access_token_answer_are_kept_cut_to_200(scripted, http):
    client = scripted_client(scripted, http, account_name_field="name",
                             account_id_field="account_id")
    long = "n" * 300
    answer(scripted, "/at", "oauth_token=a&oauth_token_secret=s&user_id=1&screen_name=sn"
           f"&username=un&name={long}&uid=u&account_id=acc&oauth_authorized_realms=read"
           "&email=e%40example.com")
    grant = client.access_token(RT, Secret("v"))
    assert dict(grant.extras) == {"user_id": "1", "screen_name": "sn", "username": "un",
                                  "name": "n" * 200, "uid": "u", "account_id": "acc"}
    account = client.fetch_account(grant)
    assert (account.account_id, account.name) == ("acc", "n" * 200)


@pytest.mark.parametrize("status", [200, 204, 299])
def test_any_2xx_answer_to_a_revocation_is_success(scripted, http, status):
    client = scripted_client(scripted, http)
    scripted.expect_request("/revoke", method="POST").respond_with_data("", status=status)
    client.revoke(TokenSet(Secret("t"), token_type="OAuth1", token_secret=Secret("s")))
    request, _ = scripted.log[0]
    assert 'oauth_token="t"' in request.headers["Authorization"]


@pytest.mark.parametrize("status", [300, 404])
def test_a_non_2xx_answer_to_a_revocation_keeps_the_account(scripted, http, status):
    client = scripted_client(scripted, http)
    scripted.expect_request("/revoke", method="POST").respond_with_data("", status=status)
    with pytest.raises(RevokeError) as refused:
        client.revoke(TokenSet(Secret("t"), token_type="OAuth1", token_secret=Secret("s")))
    assert str(refused.value) == f"Scripted did not revoke the token (HTTP {status})."


# --- configuration -----------------------------------------------------------------------------


def test_an_unconfigured_provider_or_a_missing_secret_is_refused_up_front(srv, http):
    no_key = dataclasses.replace(provider_for(srv), client_id=None)
    with pytest.raises(NotConfiguredError) as refused:
        OAuth1Client(no_key, Secret("cs"), http)
    assert str(refused.value) == "Loop One has no consumer key yet: configure it."
    for method in ("HMAC-SHA1", "HMAC-SHA256", "PLAINTEXT"):
        with pytest.raises(NotConfiguredError) as refused:
            OAuth1Client(provider_for(srv, signature_method=method), None, http)
        assert str(refused.value) == "Loop One needs its consumer secret: configure it."


def test_authorization_url_keeps_the_query_of_the_providers_authorize_url(http):
    p = Provider(id="p", name="P", protocol="oauth1", client_id="ck",
                 request_token_url="https://api.example/rt", access_token_url="https://api.example/at",
                 authorize_url="https://api.example/authorize?force_login=true",
                 authenticate_url=None, use_authenticate_url=True)
    url = OAuth1Client(p, Secret("cs"), http).authorization_url(RT)
    assert url == "https://api.example/authorize?force_login=true&oauth_token=t"


def test_the_locale_goes_only_where_the_provider_declares_a_parameter(http):
    p = Provider(id="p", name="P", protocol="oauth1", client_id="ck",
                 request_token_url="https://api.example/rt", access_token_url="https://api.example/at",
                 authorize_url="https://api.example/authorize")
    assert OAuth1Client(p, Secret("cs"), http, locale="de-DE").authorization_url(RT) == (
        "https://api.example/authorize?oauth_token=t")
    declared = dataclasses.replace(p, locale_param="lang")
    assert OAuth1Client(declared, Secret("cs"), http).authorization_url(RT) == (
        "https://api.example/authorize?oauth_token=t")
    assert OAuth1Client(declared, Secret("cs"), http, locale="de-DE").authorization_url(RT) == (
        "https://api.example/authorize?oauth_token=t&lang=de-DE")


# --- RSA-SHA1 (the consumer's own private key file) -------------------------------------------


@pytest.fixture(scope="module")
def rsa_key(tmp_path_factory):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path_factory.mktemp("rsa") / "consumer.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return path, public.decode()


def rsa_verifying_endpoint(scripted, path, public_pem, answer):
    """An endpoint that checks the RSA-SHA1 signature with the consumer's public key
    (oauthlib's verifier) and answers ``answer`` only when it holds."""
    from oauthlib.oauth1.rfc5849 import signature
    from werkzeug import Response

    verdicts: list[bool] = []

    def handler(request):
        signed = OAuthRequest(request.url, request.method,
                              body=request.get_data(as_text=True) or None,
                              headers=dict(request.headers))
        params = signature.collect_parameters(uri_query=signed.uri_query, body=signed.body,
                                              headers=signed.headers, with_realm=False,
                                              exclude_oauth_signature=False)
        signed.params = [(k, v) for k, v in params if k != "oauth_signature"]
        signed.signature = dict(params).get("oauth_signature", "")
        verdicts.append(dict(params).get("oauth_signature_method") == "RSA-SHA1"
                        and signature.verify_rsa_sha1(signed, public_pem))
        return Response(answer if verdicts[-1] else "oauth_problem=signature_invalid",
                        status=200 if verdicts[-1] else 401,
                        content_type="application/x-www-form-urlencoded")

    scripted.expect_request(path, method="POST").respond_with_handler(handler)
    return verdicts


def test_rsa_sha1_legs_and_revocation_verify_with_the_consumers_public_key(scripted, http,
                                                                           rsa_key):
    key_file, public_pem = rsa_key
    client = OAuth1Client(dataclasses.replace(scripted_client(scripted, http).provider,
                                              signature_method="RSA-SHA1",
                                              rsa_key_file=str(key_file)), None, http)
    legs = [rsa_verifying_endpoint(scripted, "/rt", public_pem,
                                   "oauth_token=t&oauth_token_secret=s"
                                   "&oauth_callback_confirmed=true"),
            rsa_verifying_endpoint(scripted, "/at", public_pem,
                                   "oauth_token=a&oauth_token_secret=b&screen_name=r"),
            rsa_verifying_endpoint(scripted, "/revoke", public_pem, "")]
    request_token = client.request_token(CALLBACK)
    grant = client.access_token(request_token, Secret("v"))
    client.revoke(grant.tokens)
    assert legs == [[True], [True], [True]]


def test_the_rsa_key_file_may_be_given_under_the_home_directory(http, rsa_key, monkeypatch):
    key_file, public_pem = rsa_key
    monkeypatch.setenv("HOME", str(key_file.parent))
    p = Provider(id="r", name="RSA Co", protocol="oauth1", client_id="ck",
                 signature_method="RSA-SHA1", rsa_key_file="~/consumer.pem",
                 request_token_url="https://api.example/rt",
                 authorize_url="https://api.example/authorize",
                 access_token_url="https://api.example/at")
    url = "https://api.example/x?y=1"
    header = OAuth1Client(p, None, http).authorization_header(None, "GET", url)
    from oauthlib.oauth1.rfc5849 import signature, utils

    signed = OAuthRequest(url, "GET", headers={"Authorization": header})
    params = utils.parse_authorization_header(header)
    signed.params = [(k, v) for k, v in signature.collect_parameters(
        uri_query=signed.uri_query, headers=signed.headers)]
    signed.signature = unquote(dict(params)["oauth_signature"])
    assert dict(params)["oauth_signature_method"] == "RSA-SHA1"
    assert signature.verify_rsa_sha1(signed, public_pem)


@pytest.mark.parametrize("content, key_file, error", [
    (None, "missing.pem", "FileNotFoundError"),
    ("-----BEGIN PRIVATE KEY-----\nkéy\n".encode(), "latin.pem", "UnicodeDecodeError"),
    (None, None, "IsADirectoryError"),  # RSA-SHA1 chosen but no key file named
])
def test_an_unreadable_rsa_key_file_is_named_in_a_clear_error(http, tmp_path, monkeypatch,
                                                              content, key_file, error):
    monkeypatch.chdir(tmp_path)
    if content is not None:
        (tmp_path / key_file).write_bytes(content)
    p = Provider(id="r", name="RSA Co", protocol="oauth1", client_id="ck",
                 signature_method="RSA-SHA1", rsa_key_file=key_file,
                 request_token_url="https://api.example/rt",
                 authorize_url="https://api.example/authorize",
                 access_token_url="https://api.example/at")
    with pytest.raises(NotConfiguredError) as refused:
        OAuth1Client(p, None, http).authorization_header(None, "GET", "https://api.example/x")
    assert str(refused.value) == (
        f"RSA Co: the RSA key file {key_file or '.'!r} cannot be read ({error}).")
