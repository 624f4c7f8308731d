"""HttpClient and OAuth2Client against a real HTTP server on 127.0.0.1 (SECURITY.md #11-17)."""

from __future__ import annotations

import base64
import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from types import MappingProxyType
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokenmgr.errors import (
    InsecureEndpointError,
    InvalidGrantError,
    NetworkError,
    NotConfiguredError,
    RevokeError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.oauth.pkce import code_challenge_s256
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider

NOW = 1_700_000_000.0
CLIENT_ID = "client-id-123"
CLIENT_SECRET = "s3cr:et/+&=Value"
ACCESS = "acc3ss-Token-0123456789abcdefghij"
REFRESH = "r3fresh-Token-0123456789abcdefghij"
NEW_ACCESS = "n3w-Access-0123456789abcdefghij"
NEW_REFRESH = "n3w-Refresh-0123456789abcdefghij"
CODE = "c0de-Value-SplxlOBeZQQYbYS6WxSbIA"
REDIRECT_URI = "http://127.0.0.1:53682/callback"
SECRETS = (CLIENT_SECRET, ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH, CODE)


# --- the server ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def loopback_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def server(loopback_server: HTTPServer, monkeypatch) -> Iterator[HTTPServer]:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY",
                 "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    loopback_server.clear()
    yield loopback_server
    loopback_server.check_assertions()  # no request without a handler
    loopback_server.check_handler_errors()
    loopback_server.clear()


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        parsed = parse_qs(self.body.decode(), keep_blank_values=True, strict_parsing=False)
        assert all(len(v) == 1 for v in parsed.values()), parsed
        return {k: v[0] for k, v in parsed.items()}

    @property
    def basic_auth(self) -> tuple[str, str] | None:
        value = self.headers.get("authorization", "")
        if not value.startswith("Basic "):
            return None
        user, _, password = base64.b64decode(value[6:]).decode().partition(":")
        return user, password


class Recorder:
    """Answers one path with scripted responses and records what it received."""

    def __init__(self, server: HTTPServer, path: str, *responses: Response,
                 method: str = "") -> None:
        self.seen: list[Seen] = []
        self._responses = list(responses)
        kwargs = {"method": method} if method else {}
        server.expect_request(path, **kwargs).respond_with_handler(self._handle)

    def _handle(self, request: Request) -> Response:
        self.seen.append(Seen(request.method, request.path,
                              {k.lower(): v for k, v in request.headers.items()},
                              request.get_data()))
        return self._responses.pop(0) if len(self._responses) > 1 else self._responses[0]


def json_answer(body, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, headers=headers,
                    content_type="application/json")


def token_answer(**extra) -> Response:
    return json_answer({"access_token": NEW_ACCESS, "token_type": "bearer",
                        "expires_in": 3600, **extra})


def make_provider(server: HTTPServer, **overrides) -> Provider:
    values = dict(
        id="acme", name="Acme", authorize_url=server.url_for("/authorize"),
        token_url=server.url_for("/token"), revoke_url=server.url_for("/revoke"),
        userinfo_url=server.url_for("/me"), client_id=CLIENT_ID, scopes=("read", "write"),
    )
    values.update(overrides)
    return Provider(**values)


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(connect_timeout=5.0, total_timeout=5.0)
    yield client
    client.close()


@pytest.fixture
def make_client(server, http) -> Callable[..., OAuth2Client]:
    def make(secret: str | None = None, **overrides) -> OAuth2Client:
        return OAuth2Client(make_provider(server, **overrides),
                            Secret(secret) if secret is not None else None, http,
                            clock=lambda: NOW)

    return make


def stored_tokens(**overrides) -> TokenSet:
    values = dict(access_token=Secret(ACCESS), refresh_token=Secret(REFRESH),
                  expires_at=NOW - 10, scopes=("read", "write"), obtained_at=NOW - 3610)
    values.update(overrides)
    return TokenSet(**values)


def assert_no_secret(exc: BaseException) -> None:
    shown = " ".join([str(exc), repr(exc), *map(repr, exc.args)])
    for value in SECRETS:
        assert value not in shown


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- HttpClient ---------------------------------------------------------------------


def test_http_client_returns_status_headers_and_body(server, http):
    server.expect_request("/ok").respond_with_data(b"hello", status=201,
                                                   headers={"X-Thing": "1"})
    response = http.request("GET", server.url_for("/ok"))
    assert response.status == 201
    assert response.headers["x-thing"] == "1"
    assert response.body == b"hello"


def test_http_client_sends_a_user_agent_and_does_not_follow_redirects(server, http):
    recorder = Recorder(server, "/moved", Response("", status=302,
                                                   headers={"Location": "https://example.com/"}))
    response = http.request("GET", server.url_for("/moved"))
    assert response.status == 302
    assert recorder.seen[0].headers["user-agent"].startswith("tokenmgr/")


def test_response_over_the_byte_cap_with_content_length_is_refused(server):
    server.expect_request("/big").respond_with_data(b"x" * 5000)
    client = HttpClient(max_bytes=1000)
    with pytest.raises(TokenResponseError) as info:
        client.request("GET", server.url_for("/big"))
    assert "1000 bytes" in str(info.value)
    client.close()


def streamed(chunk: bytes, count: int) -> Callable[[Request], Response]:
    """A handler answering a body without Content-Length, sent in pieces."""
    def handle(request: Request) -> Response:
        return Response((chunk for _ in range(count)), content_type="application/octet-stream")

    return handle


def test_response_over_the_byte_cap_without_content_length_is_refused(server):
    server.expect_request("/stream").respond_with_handler(streamed(b"y" * 1000, 50))
    big_enough = HttpClient(max_bytes=10**6)
    probe = big_enough.request("GET", server.url_for("/stream"))
    assert "content-length" not in probe.headers  # the cap below is not taken from a header
    assert len(probe.body) == 50_000
    big_enough.close()

    client = HttpClient(max_bytes=20_000)
    with pytest.raises(TokenResponseError) as info:
        client.request("GET", server.url_for("/stream"))
    assert "20000 bytes" in str(info.value)
    client.close()


def gzipped(data: bytes) -> Response:
    return Response(gzip.compress(data), headers={"Content-Encoding": "gzip"},
                    content_type="application/json")


def test_gzip_encoded_response_is_decoded(server, http):
    body = json.dumps({"access_token": NEW_ACCESS, "pad": "p" * 50_000}).encode()
    server.expect_request("/gz").respond_with_response(gzipped(body))
    assert http.request("GET", server.url_for("/gz")).body == body


def test_byte_cap_counts_decompressed_bytes(server):
    server.expect_request("/bomb").respond_with_response(gzipped(b"0" * 200_000))
    client = HttpClient(max_bytes=50_000)
    with pytest.raises(TokenResponseError):
        client.request("GET", server.url_for("/bomb"))
    client.close()


def test_response_exactly_at_the_byte_cap_is_accepted(server):
    server.expect_request("/exact").respond_with_data(b"z" * 1000)
    client = HttpClient(max_bytes=1000)
    assert len(client.request("GET", server.url_for("/exact")).body) == 1000
    client.close()


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Lets a slow handler finish at once when the test is done with it."""
    event = threading.Event()
    yield event
    event.set()


def test_server_that_does_not_answer_in_time_gives_a_network_error(server, release):
    def slow(request: Request) -> Response:
        release.wait(5.0)
        return Response("late")

    server.expect_request("/slow").respond_with_handler(slow)
    client = HttpClient(connect_timeout=1.0, total_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(NetworkError) as info:
        client.request("GET", server.url_for("/slow"))
    assert time.monotonic() - started < 2.0
    assert "127.0.0.1" in str(info.value)
    release.set()
    client.close()


def test_server_that_trickles_its_body_is_cut_off_at_the_total_timeout(server, release):
    def trickle(request: Request) -> Response:
        def body():
            for _ in range(100):  # 1 byte every 50 ms: each read is quick, the whole is not
                yield b"."
                if release.wait(0.05):
                    return

        return Response(body(), content_type="text/plain")

    server.expect_request("/trickle").respond_with_handler(trickle)
    client = HttpClient(connect_timeout=1.0, total_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(NetworkError) as info:
        client.request("GET", server.url_for("/trickle"))
    assert time.monotonic() - started < 1.5
    assert "in time" in str(info.value)
    release.set()
    client.close()


def test_connection_refused_gives_a_network_error_naming_the_host(http):
    port = free_port()
    with pytest.raises(NetworkError) as info:
        http.request("GET", f"http://127.0.0.1:{port}/token")
    assert "127.0.0.1" in str(info.value)


@pytest.mark.parametrize("url", ["http://example.com/token", "ftp://127.0.0.1/x",
                                 "https://user:pw@example.com/token"])
def test_http_client_refuses_insecure_urls_before_connecting(url, http):
    with pytest.raises(InsecureEndpointError):
        http.request("GET", url)


# --- authorization URL ---------------------------------------------------------------


def query_of(url: str) -> dict[str, str]:
    parsed = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert all(len(v) == 1 for v in parsed.values()), parsed
    return {k: v[0] for k, v in parsed.items()}


def test_authorization_url_has_every_parameter(make_client):
    client = make_client(extra_authorize_params=MappingProxyType(
        {"access_type": "offline", "prompt": "consent"}))
    pending = client.authorization_request(REDIRECT_URI)
    assert pending.url.startswith(client.provider.authorize_url + "?")
    query = query_of(pending.url)
    assert pending.pkce is not None
    assert query == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "state": pending.state.reveal(),
        "scope": "read write",
        "code_challenge": code_challenge_s256(pending.pkce.verifier.reveal()),
        "code_challenge_method": "S256",
        "access_type": "offline",
        "prompt": "consent",
    }
    assert pending.scopes == ("read", "write")
    assert pending.redirect_uri == REDIRECT_URI


def test_authorization_url_keeps_a_query_already_in_the_authorize_url(make_client, server):
    client = make_client(authorize_url=server.url_for("/authorize?tenant=x"))
    query = query_of(client.authorization_request(REDIRECT_URI).url)
    assert query["tenant"] == "x"
    assert query["response_type"] == "code"


def test_extra_authorize_params_cannot_override_state_or_pkce(make_client):
    client = make_client(extra_authorize_params=MappingProxyType(
        {"state": "attacker", "code_challenge_method": "plain", "response_type": "token"}))
    pending = client.authorization_request(REDIRECT_URI)
    query = query_of(pending.url)
    assert query["state"] == pending.state.reveal()
    assert query["code_challenge_method"] == "S256"
    assert query["response_type"] == "code"


def test_authorization_url_never_contains_the_client_secret(make_client):
    for token_auth in ("post", "basic"):
        pending = make_client(CLIENT_SECRET, token_auth=token_auth,
                              client_secret_required=True).authorization_request(REDIRECT_URI)
        assert "client_secret" not in pending.url
        assert CLIENT_SECRET not in unquote(pending.url)
        assert "s3cr" not in pending.url


def test_each_authorization_request_has_fresh_state_and_verifier(make_client):
    client = make_client()
    first = client.authorization_request(REDIRECT_URI)
    second = client.authorization_request(REDIRECT_URI)
    assert first.state != second.state
    assert first.pkce is not None and second.pkce is not None
    assert first.pkce.verifier != second.pkce.verifier


def test_authorization_url_without_pkce_when_the_provider_disables_it(make_client):
    pending = make_client(pkce=False).authorization_request(REDIRECT_URI)
    assert pending.pkce is None
    assert "code_challenge" not in query_of(pending.url)


def test_client_without_client_id_is_not_configured(server, http):
    with pytest.raises(NotConfiguredError):
        OAuth2Client(make_provider(server, client_id=None), None, http)


def test_client_needing_a_secret_without_one_is_not_configured(server, http):
    with pytest.raises(NotConfiguredError):
        OAuth2Client(make_provider(server, client_secret_required=True), None, http)


# --- code exchange -------------------------------------------------------------------


def test_public_client_exchange_posts_code_verifier_and_client_id(make_client, server):
    recorder = Recorder(server, "/token", token_answer(refresh_token=NEW_REFRESH),
                        method="POST")
    client = make_client()
    pending = client.authorization_request(REDIRECT_URI)
    tokens = client.exchange_code(pending, Secret(CODE))

    seen = recorder.seen[0]
    assert seen.method == "POST"
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen.headers["accept"] == "application/json"
    assert "authorization" not in seen.headers
    assert pending.pkce is not None
    assert seen.form == {
        "grant_type": "authorization_code",
        "code": CODE,
        "redirect_uri": REDIRECT_URI,
        "code_verifier": pending.pkce.verifier.reveal(),
        "client_id": CLIENT_ID,
    }
    assert tokens.access_token == Secret(NEW_ACCESS)
    assert tokens.refresh_token == Secret(NEW_REFRESH)
    assert tokens.expires_at == NOW + 3600
    assert tokens.scopes == ("read", "write")


def test_exchange_with_token_auth_post_sends_the_secret_in_the_body(make_client, server):
    recorder = Recorder(server, "/token", token_answer(), method="POST")
    client = make_client(CLIENT_SECRET, token_auth="post")
    client.exchange_code(client.authorization_request(REDIRECT_URI), Secret(CODE))
    seen = recorder.seen[0]
    assert seen.form["client_id"] == CLIENT_ID
    assert seen.form["client_secret"] == CLIENT_SECRET
    assert "authorization" not in seen.headers


def test_exchange_with_token_auth_basic_sends_the_secret_in_the_header(make_client, server):
    recorder = Recorder(server, "/token", token_answer(), method="POST")
    client = make_client(CLIENT_SECRET, token_auth="basic")
    pending = client.authorization_request(REDIRECT_URI)
    client.exchange_code(pending, Secret(CODE))
    seen = recorder.seen[0]
    assert seen.basic_auth is not None
    user, password = seen.basic_auth
    # RFC 6749 2.3.1: both are form-urlencoded before Basic encoding
    assert (unquote(user), unquote(password)) == (CLIENT_ID, CLIENT_SECRET)
    assert "client_secret" not in seen.form
    assert CLIENT_SECRET not in seen.body.decode()
    assert seen.form["grant_type"] == "authorization_code"
    assert seen.form["code"] == CODE


def test_exchange_error_answer_raises_and_names_no_secret(make_client, server):
    Recorder(server, "/token", json_answer(
        {"error": "invalid_grant", "error_description": "code already used"}, 400))
    client = make_client(CLIENT_SECRET)
    with pytest.raises(InvalidGrantError) as info:
        client.exchange_code(client.authorization_request(REDIRECT_URI), Secret(CODE))
    assert_no_secret(info.value)


# --- refresh ---------------------------------------------------------------------------


def test_refresh_posts_the_refresh_token_and_keeps_it_when_the_answer_has_none(
        make_client, server):
    recorder = Recorder(server, "/token", token_answer(), method="POST")
    fresh = make_client().refresh(stored_tokens(), REDIRECT_URI)
    assert recorder.seen[0].form == {"grant_type": "refresh_token", "refresh_token": REFRESH,
                                     "client_id": CLIENT_ID}
    assert fresh.access_token == Secret(NEW_ACCESS)
    assert fresh.refresh_token == Secret(REFRESH)
    assert fresh.expires_at == NOW + 3600
    assert fresh.scopes == ("read", "write")


def test_refresh_takes_a_rotated_refresh_token(make_client, server):
    Recorder(server, "/token", token_answer(refresh_token=NEW_REFRESH, scope="read"))
    fresh = make_client().refresh(stored_tokens())
    assert fresh.refresh_token == Secret(NEW_REFRESH)
    assert fresh.scopes == ("read",)


def test_refresh_sends_redirect_uri_only_when_the_provider_wants_it(make_client, server):
    recorder = Recorder(server, "/token", token_answer())
    make_client().refresh(stored_tokens(), REDIRECT_URI)
    make_client(refresh_sends_redirect_uri=True).refresh(stored_tokens(), REDIRECT_URI)
    assert "redirect_uri" not in recorder.seen[0].form
    assert recorder.seen[1].form["redirect_uri"] == REDIRECT_URI
    assert recorder.seen[1].form["grant_type"] == "refresh_token"


def test_refresh_with_basic_auth_keeps_the_secret_out_of_the_body(make_client, server):
    recorder = Recorder(server, "/token", token_answer())
    make_client(CLIENT_SECRET, token_auth="basic").refresh(stored_tokens())
    assert recorder.seen[0].basic_auth is not None
    assert "client_secret" not in recorder.seen[0].form


def test_refresh_without_a_refresh_token_makes_no_request(make_client):
    with pytest.raises(TokenEndpointError) as info:
        make_client().refresh(stored_tokens(refresh_token=None))
    assert info.value.error == "no_refresh_token"


def test_refresh_answered_with_invalid_grant_raises_invalid_grant(make_client, server):
    Recorder(server, "/token", json_answer({"error": "invalid_grant"}, 400))
    with pytest.raises(InvalidGrantError) as info:
        make_client().refresh(stored_tokens())
    assert_no_secret(info.value)


def test_refresh_answered_with_500_is_a_network_error(make_client, server):
    Recorder(server, "/token", Response("oops", status=500))
    with pytest.raises(NetworkError):
        make_client().refresh(stored_tokens())


# --- revoke ------------------------------------------------------------------------------


def test_rfc7009_revoke_sends_the_refresh_token_first_then_the_access_token(
        make_client, server):
    recorder = Recorder(server, "/revoke", Response("", status=200), method="POST")
    make_client().revoke(stored_tokens())
    assert [s.form for s in recorder.seen] == [
        {"token": REFRESH, "token_type_hint": "refresh_token", "client_id": CLIENT_ID},
        {"token": ACCESS, "token_type_hint": "access_token", "client_id": CLIENT_ID},
    ]


def test_rfc7009_revoke_without_refresh_token_sends_the_access_token_only(
        make_client, server):
    recorder = Recorder(server, "/revoke", Response("", status=200))
    make_client().revoke(stored_tokens(refresh_token=None))
    assert [s.form["token"] for s in recorder.seen] == [ACCESS]


def test_rfc7009_revoke_authenticates_a_confidential_client(make_client, server):
    recorder = Recorder(server, "/revoke", Response("", status=200))
    make_client(CLIENT_SECRET, token_auth="basic").revoke(stored_tokens())
    assert all(s.basic_auth is not None for s in recorder.seen)
    assert all("client_secret" not in s.form for s in recorder.seen)


@pytest.mark.parametrize("answer", [
    Response("", status=200),
    Response("<html>ok</html>", status=200, content_type="text/html"),
    Response("{}", status=200, content_type="application/json"),
    Response("not json at all {", status=200, content_type="application/json"),
])
def test_revoke_http_200_with_any_body_is_success(answer, make_client, server):
    recorder = Recorder(server, "/revoke", answer)
    make_client().revoke(stored_tokens())
    assert len(recorder.seen) == 2


def test_revoke_503_with_retry_after_is_a_revoke_error_mentioning_retry(make_client, server):
    recorder = Recorder(server, "/revoke",
                        Response("busy", status=503, headers={"Retry-After": "120"}))
    with pytest.raises(RevokeError) as info:
        make_client().revoke(stored_tokens())
    message = str(info.value)
    assert "try again" in message.lower()
    assert "120" in message
    assert "temporarily unavailable" in message
    assert len(recorder.seen) == 1  # the access token is not tried after a failure
    assert_no_secret(info.value)


def test_revoke_400_unsupported_token_type_is_a_revoke_error(make_client, server):
    Recorder(server, "/revoke", json_answer({"error": "unsupported_token_type"}, 400))
    with pytest.raises(RevokeError) as info:
        make_client().revoke(stored_tokens())
    assert "unsupported_token_type" in str(info.value)
    assert "400" in str(info.value)
    assert_no_secret(info.value)


def test_revoke_network_failure_is_a_network_error(make_client):
    client = make_client(revoke_url=f"http://127.0.0.1:{free_port()}/revoke")
    with pytest.raises(NetworkError):
        client.revoke(stored_tokens())


def test_revoke_method_none_is_a_revoke_error_without_a_request(make_client):
    with pytest.raises(RevokeError):
        make_client(revoke_method="none").revoke(stored_tokens())


def test_github_revoke_deletes_with_basic_auth_and_a_json_body(make_client, server):
    recorder = Recorder(server, f"/applications/{CLIENT_ID}/token",
                        Response("", status=204), method="DELETE")
    make_client(CLIENT_SECRET, revoke_method="github", client_secret_required=True,
                revoke_url=server.url_for("/applications/{client_id}/token")
                ).revoke(stored_tokens())
    seen, = recorder.seen
    assert seen.method == "DELETE"
    assert seen.basic_auth == (CLIENT_ID, CLIENT_SECRET)
    assert seen.headers["content-type"] == "application/json"
    assert json.loads(seen.body) == {"access_token": ACCESS}
    assert seen.headers["accept"] == "application/vnd.github+json"


def test_github_revoke_404_counts_as_already_revoked(make_client, server):
    Recorder(server, f"/applications/{CLIENT_ID}/token",
             json_answer({"message": "Not Found"}, 404))
    make_client(CLIENT_SECRET, revoke_method="github",
                revoke_url=server.url_for("/applications/{client_id}/token")
                ).revoke(stored_tokens())


def test_github_revoke_422_is_a_revoke_error(make_client, server):
    Recorder(server, f"/applications/{CLIENT_ID}/token",
             json_answer({"message": "Validation Failed"}, 422))
    with pytest.raises(RevokeError):
        make_client(CLIENT_SECRET, revoke_method="github",
                    revoke_url=server.url_for("/applications/{client_id}/token")
                    ).revoke(stored_tokens())


def test_github_revoke_without_the_client_secret_is_a_revoke_error(make_client):
    with pytest.raises(RevokeError):
        make_client(revoke_method="github").revoke(stored_tokens())


def test_dropbox_revoke_posts_with_the_bearer_token(make_client, server):
    recorder = Recorder(server, "/revoke", json_answer(None), method="POST")
    make_client(revoke_method="dropbox").revoke(stored_tokens())
    seen, = recorder.seen
    assert seen.headers["authorization"] == f"Bearer {ACCESS}"
    assert seen.body == b""


# --- account ---------------------------------------------------------------------------


def test_fetch_account_reads_dotted_name_and_id_fields(make_client, server):
    recorder = Recorder(server, "/me", json_answer(
        {"account_id": "dbid:AAH4f99", "name": {"display_name": "Franz Ferdinand"},
         "email": "franz@example.com"}))
    account = make_client(account_name_field="name.display_name",
                          account_id_field="account_id").fetch_account(stored_tokens())
    assert account.account_id == "dbid:AAH4f99"
    assert account.name == "Franz Ferdinand"
    assert account.profile["email"] == "franz@example.com"
    seen, = recorder.seen
    assert seen.method == "GET"
    assert seen.headers["authorization"] == f"Bearer {ACCESS}"


def test_fetch_account_with_numeric_id(make_client, server):
    Recorder(server, "/me", json_answer({"id": 583231, "login": "octocat"}))
    account = make_client(account_name_field="login").fetch_account(stored_tokens())
    assert (account.account_id, account.name) == ("583231", "octocat")


def test_fetch_account_userinfo_post_sends_a_json_null_body(make_client, server):
    recorder = Recorder(server, "/me", json_answer(
        {"account_id": "dbid:1", "name": {"display_name": "A"}}), method="POST")
    make_client(userinfo_method="POST", account_name_field="name.display_name",
                account_id_field="account_id").fetch_account(stored_tokens())
    seen, = recorder.seen
    assert seen.method == "POST"
    assert seen.body == b"null"
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["authorization"] == f"Bearer {ACCESS}"


@pytest.mark.parametrize("status", [401, 403])
def test_fetch_account_refused_token_is_a_token_response_error(status, make_client, server):
    Recorder(server, "/me", json_answer({"message": "Bad credentials"}, status))
    with pytest.raises(TokenResponseError) as info:
        make_client().fetch_account(stored_tokens())
    assert str(status) in str(info.value)
    assert_no_secret(info.value)


@pytest.mark.parametrize(("body", "name"), [
    ({"id": 1, "login": "octo"}, "octo"),
    ({"id": 1, "username": "gitlabber"}, "gitlabber"),
    ({"id": 1, "email": "me@example.com"}, "me@example.com"),
    ({"id": 1, "name": None, "login": "octo"}, "octo"),
    ({"id": 1, "name": {"nested": "x"}, "username": "u"}, "u"),
])
def test_fetch_account_without_the_name_field_falls_back_to_login_username_email(
        body, name, make_client, server):
    Recorder(server, "/me", json_answer(body))
    account = make_client(account_name_field="name").fetch_account(stored_tokens())
    assert account.name == name
    assert account.account_id == "1"


def test_fetch_account_without_an_id_uses_the_name(make_client, server):
    Recorder(server, "/me", json_answer({"email": "me@example.com"}))
    account = make_client(account_name_field="email",
                          account_id_field="sub").fetch_account(stored_tokens())
    assert account.account_id == account.name == "me@example.com"


@pytest.mark.parametrize("body", [{}, {"id": 7}, {"name": "", "id": ""}, {"name": True}])
def test_fetch_account_with_nothing_usable_is_a_token_response_error(body, make_client, server):
    Recorder(server, "/me", json_answer(body))
    with pytest.raises(TokenResponseError):
        make_client().fetch_account(stored_tokens())


def test_fetch_account_html_answer_is_a_token_response_error(make_client, server):
    Recorder(server, "/me", Response("<html>login</html>", content_type="text/html"))
    with pytest.raises(TokenResponseError):
        make_client().fetch_account(stored_tokens())


# --- insecure endpoints ------------------------------------------------------------------


@pytest.fixture
def proxy_to_server(server, monkeypatch) -> HTTPServer:
    """Route plain-http traffic to our server: a request that leaves would be seen."""
    monkeypatch.setenv("http_proxy", server.url_for("/"))
    monkeypatch.setenv("HTTP_PROXY", server.url_for("/"))
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    return server


@pytest.mark.parametrize("endpoint", ["token_url", "revoke_url", "userinfo_url"])
def test_non_loopback_http_endpoint_is_refused_before_any_request(
        endpoint, proxy_to_server, http):
    server = proxy_to_server
    provider = replace(make_provider(server), **{endpoint: "http://example.com/x"})
    client = OAuth2Client(provider, None, http, clock=lambda: NOW)
    actions = {
        "token_url": lambda: client.exchange_code(
            client.authorization_request(REDIRECT_URI), Secret(CODE)),
        "revoke_url": lambda: client.revoke(stored_tokens()),
        "userinfo_url": lambda: client.fetch_account(stored_tokens()),
    }
    with pytest.raises(InsecureEndpointError):
        actions[endpoint]()
    assert server.log == []


def test_the_proxy_fixture_would_see_a_request_that_left(proxy_to_server, http):
    """Shows the test above is not vacuous: plain http to the server's host is seen."""
    server = proxy_to_server
    server.expect_request("/seen").respond_with_data("ok")
    http.request("GET", server.url_for("/seen"))
    assert len(server.log) == 1


# --- loopback never goes through a proxy (SECURITY.md #12) -----------------------------------


@pytest.fixture
def proxy() -> Iterator[HTTPServer]:
    """A second loopback server standing in for a proxy the environment names."""
    proxy_server = HTTPServer(host="127.0.0.1", port=0)
    proxy_server.start()
    yield proxy_server
    proxy_server.clear()
    proxy_server.stop()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_requests_never_go_through_a_proxy(server, proxy, monkeypatch, http, host):
    """With every proxy variable pointing at a proxy and no_proxy not covering the
    loopback, the token request (refresh token, client secret) still goes direct."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.setenv(name, proxy.url_for("/"))
    monkeypatch.setenv("no_proxy", "example.org")
    monkeypatch.setenv("NO_PROXY", "example.org")
    proxy.expect_request("/token").respond_with_data("proxied")
    server.expect_request("/token", method="POST").respond_with_json({"ok": True})
    url = server.url_for("/token").replace("127.0.0.1", host)
    answer = http.request("POST", url, data={"refresh_token": "rt-secret"})
    assert answer.json() == {"ok": True}
    assert proxy.log == []  # the proxy saw nothing, not even a CONNECT
    assert len(server.log) == 1
