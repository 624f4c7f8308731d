"""OAuth2Client, what the user reads and what the provider receives: every error sentence
in full, the exact form/headers of each request on a real 127.0.0.1 server, and the
edges of the account-endpoint answer (which field names the account, the 2xx range)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from types import MappingProxyType

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests.oauth.test_http_and_oauth2 import (
    ACCESS,
    CLIENT_ID,
    CLIENT_SECRET,
    CODE,
    NEW_ACCESS,
    NOW,
    REDIRECT_URI,
    REFRESH,
    Recorder,
    json_answer,
    make_provider,
    query_of,
    stored_tokens,
    token_answer,
)
from tokenmgr.errors import (
    IdTokenError,
    NotConfiguredError,
    ProviderBusyError,
    RevokeError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.secret import Secret


@pytest.fixture
def server(loopback_idp: HTTPServer) -> HTTPServer:
    """The provider's endpoints on 127.0.0.1, reached directly (tests/conftest.py)."""
    return loopback_idp


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

# --- configuration errors ----------------------------------------------------------------


@pytest.mark.parametrize(("overrides", "secret", "message"), [
    ({"client_id": None}, None, "Acme has no client id yet: configure it first."),
    ({"client_id": ""}, None, "Acme has no client id yet: configure it first."),
    ({"client_secret_required": True}, None, "Acme needs a client secret: configure it first."),
    ({"client_secret_required": True}, "", "Acme needs a client secret: configure it first."),
    ({"token_url": None, "discovery_url": "https://idp.example/.well-known/x"}, None,
     "Acme has no token endpoint (not in its configuration nor in its metadata)."),
])
def test_an_unusable_configuration_is_refused_with_what_is_missing(
        overrides, secret, message, server, http):
    provider = make_provider(server, **overrides)
    with pytest.raises(NotConfiguredError) as info:
        OAuth2Client(provider, None if secret is None else Secret(secret), http)
    assert str(info.value) == message


def test_a_secret_is_accepted_when_the_provider_does_not_require_one(server, http):
    client = OAuth2Client(make_provider(server), Secret(CLIENT_SECRET), http)
    assert client.provider.client_id == CLIENT_ID
    assert client.http is http


def test_a_discovered_provider_without_an_authorization_endpoint_cannot_start_a_sign_in(
        make_client):
    client = make_client(authorize_url=None, discovery_url="https://idp.example/.well-known/x")
    with pytest.raises(NotConfiguredError) as info:
        client.authorization_request(REDIRECT_URI)
    assert str(info.value) == ("Acme has no authorization endpoint (not in its configuration "
                               "nor in its metadata).")


# --- the authorization URL -----------------------------------------------------------------


def test_scopes_use_the_providers_parameter_name_and_separator(make_client):
    client = make_client(scope_param="user_scope", scope_separator=",")
    query = query_of(client.authorization_request(REDIRECT_URI).url)
    assert query["user_scope"] == "read,write"
    assert "scope" not in query


def test_the_callers_scopes_replace_the_providers_and_none_means_no_scope_parameter(
        make_client):
    client = make_client()
    asked = client.authorization_request(REDIRECT_URI, ("admin",))
    assert query_of(asked.url)["scope"] == "admin"
    assert asked.scopes == ("admin",)
    empty = client.authorization_request(REDIRECT_URI, ())
    assert "scope" not in query_of(empty.url)
    assert empty.scopes == ()


def test_the_callers_state_is_the_one_sent(make_client):
    pending = make_client().authorization_request(REDIRECT_URI, None, Secret("given-state"))
    assert pending.state == Secret("given-state")
    assert query_of(pending.url)["state"] == "given-state"


def test_openid_sign_ins_carry_a_fresh_nonce_and_others_none(make_client):
    client = make_client(scopes=("openid", "email"))
    first = client.authorization_request(REDIRECT_URI)
    second = client.authorization_request(REDIRECT_URI)
    assert first.nonce is not None and second.nonce is not None
    assert query_of(first.url)["nonce"] == first.nonce.reveal()
    assert len(first.nonce.reveal()) >= 32
    assert first.nonce != second.nonce
    assert first.nonce != first.state
    plain = make_client().authorization_request(REDIRECT_URI)
    assert plain.nonce is None
    assert "nonce" not in query_of(plain.url)


@pytest.mark.parametrize(("locale_param", "locale", "expected"), [
    ("ui_locales", "de-CH", {"ui_locales": "de-CH"}),
    ("ui_locales", None, {}),
    (None, "de-CH", {}),
])
def test_the_desktop_locale_is_sent_only_where_the_provider_takes_one(
        locale_param, locale, expected, server, http):
    client = OAuth2Client(make_provider(server, locale_param=locale_param), None, http,
                          locale=locale)
    query = query_of(client.authorization_request(REDIRECT_URI).url)
    sent = {k: v for k, v in query.items() if k in ("ui_locales", "locale")}
    assert sent == expected


def test_a_preset_locale_parameter_wins_over_the_desktop_locale(server, http):
    provider = make_provider(server, locale_param="locale",
                             extra_authorize_params=MappingProxyType({"locale": "en"}))
    client = OAuth2Client(provider, None, http, locale="fr")
    assert query_of(client.authorization_request(REDIRECT_URI).url)["locale"] == "en"


# --- what the token endpoint receives ------------------------------------------------------


def basic_header(seen) -> str:
    value = seen.headers["authorization"]
    assert value.startswith("Basic ")
    return base64.b64decode(value[6:]).decode()


def test_basic_auth_form_encodes_id_and_secret_before_base64_including_slashes(
        make_client, server):
    """RFC 6749 2.3.1: application/x-www-form-urlencoded first — '/' too."""
    recorder = Recorder(server, "/token", token_answer())
    client = make_client(CLIENT_SECRET, token_auth="basic", client_id="app/id:1")
    client.exchange_code(client.authorization_request(REDIRECT_URI), Secret(CODE))
    assert basic_header(recorder.seen[0]) == "app%2Fid%3A1:s3cr%3Aet%2F%2B%26%3DValue"


def test_the_exchange_asks_for_json_and_sends_only_the_grant_fields(make_client, server):
    recorder = Recorder(server, "/token", token_answer(), method="POST")
    client = make_client(CLIENT_SECRET, token_auth="basic", pkce=False)
    client.exchange_code(client.authorization_request(REDIRECT_URI), Secret(CODE))
    seen, = recorder.seen
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen.form == {"grant_type": "authorization_code", "code": CODE,
                         "redirect_uri": REDIRECT_URI}


def test_the_client_auth_of_a_public_and_of_a_confidential_client(make_client):
    assert make_client().client_auth() == ({"client_id": CLIENT_ID}, None)
    assert make_client(CLIENT_SECRET).client_auth() == (
        {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, None)
    fields, auth = make_client(CLIENT_SECRET, token_auth="basic").client_auth()
    assert fields == {}
    assert (auth.username, auth.password) == (CLIENT_ID, "s3cr%3Aet%2F%2B%26%3DValue")


def test_a_device_poll_posts_the_device_code_grant(make_client, server):
    recorder = Recorder(server, "/token", token_answer(), method="POST")
    tokens = make_client().poll_device_token(Secret("dev-code-1"), ("read",))
    seen, = recorder.seen
    assert seen.form == {"grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                         "device_code": "dev-code-1", "client_id": CLIENT_ID}
    assert seen.headers["accept"] == "application/json"
    assert tokens.access_token == Secret(NEW_ACCESS)
    assert tokens.scopes == ("read",)  # the answer named none: the asked ones
    assert tokens.expires_at == NOW + 3600


def test_a_device_poll_of_a_confidential_client_authenticates(make_client, server):
    recorder = Recorder(server, "/token", token_answer())
    make_client(CLIENT_SECRET, token_auth="basic").poll_device_token(Secret("d"), ())
    seen, = recorder.seen
    assert basic_header(seen) == f"{CLIENT_ID}:s3cr%3Aet%2F%2B%26%3DValue"
    assert seen.form == {"grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                         "device_code": "d"}


def test_a_pending_device_poll_raises_its_error_code(make_client, server):
    Recorder(server, "/token", json_answer({"error": "authorization_pending"}, 400))
    with pytest.raises(TokenEndpointError) as info:
        make_client().poll_device_token(Secret("d"), ())
    assert info.value.error == "authorization_pending"


def test_a_device_poll_drops_an_id_token_it_cannot_verify(make_client, server):
    Recorder(server, "/token", token_answer(id_token="a.b.c"))
    assert make_client().poll_device_token(Secret("d"), ()).id_token is None


def test_refresh_without_a_refresh_token_says_to_reconnect(make_client, server):
    with pytest.raises(TokenEndpointError) as info:
        make_client().refresh(stored_tokens(refresh_token=None), REDIRECT_URI)
    assert info.value.error == "no_refresh_token"
    assert str(info.value) == ("The token endpoint refused: no_refresh_token (this account "
                               "has no refresh token; re-connect it)")
    assert server.log == []


def test_refresh_sends_no_redirect_uri_when_none_is_known(make_client, server):
    recorder = Recorder(server, "/token", token_answer())
    make_client(refresh_sends_redirect_uri=True).refresh(stored_tokens(), None)
    assert recorder.seen[0].form == {"grant_type": "refresh_token", "refresh_token": REFRESH,
                                     "client_id": CLIENT_ID}
    assert recorder.seen[0].headers["accept"] == "application/json"


def test_a_busy_refresh_is_repeated_after_the_injected_sleep(server, http):
    recorder = Recorder(server, "/token",
                        Response("busy", status=503, headers={"Retry-After": "7"}),
                        token_answer())
    sleeps: list[float] = []
    client = OAuth2Client(make_provider(server), None, http, clock=lambda: NOW,
                          sleep=sleeps.append)
    fresh = client.refresh(stored_tokens())
    assert sleeps == [7.0]
    assert len(recorder.seen) == 2
    assert recorder.seen[0].form == recorder.seen[1].form
    assert fresh.refresh_token == Secret(REFRESH)


def test_a_refresh_that_stays_busy_says_so_after_three_attempts(server, http):
    recorder = Recorder(server, "/token", Response("busy", status=503))
    sleeps: list[float] = []
    client = OAuth2Client(make_provider(server), None, http, sleep=sleeps.append)
    with pytest.raises(ProviderBusyError):
        client.refresh(stored_tokens())
    assert len(recorder.seen) == 3
    assert len(sleeps) == 2


def test_a_refresh_drops_an_unverifiable_id_token_and_keeps_the_stored_one(make_client, server):
    Recorder(server, "/token", token_answer(id_token="x.y.z"))
    fresh = make_client().refresh(stored_tokens(id_token=Secret("old.id.token")))
    assert fresh.id_token == Secret("old.id.token")


# --- the account endpoint --------------------------------------------------------------------


def test_fetch_account_without_an_account_endpoint_says_so(make_client, server):
    with pytest.raises(TokenResponseError) as info:
        make_client(userinfo_url=None).fetch_account(stored_tokens())
    assert str(info.value) == "Acme has no account endpoint configured."
    assert server.log == []


def test_fetch_account_asks_for_json_with_the_providers_auth_scheme(make_client, server):
    recorder = Recorder(server, "/me", json_answer({"id": 1, "name": "n"}), method="GET")
    make_client(userinfo_auth_scheme="OAuth").fetch_account(stored_tokens())
    seen, = recorder.seen
    assert seen.headers["authorization"] == f"OAuth {ACCESS}"
    assert seen.headers["accept"] == "application/json"
    assert seen.body == b""


@pytest.mark.parametrize(("status", "message"), [
    (401, "Acme's account endpoint refused the new token (HTTP 401)."),
    (403, "Acme's account endpoint refused the new token (HTTP 403)."),
    (500, "Acme's account endpoint answered HTTP 500."),
    (404, "Acme's account endpoint answered HTTP 404."),
    (302, "Acme's account endpoint answered HTTP 302."),
    (300, "Acme's account endpoint answered HTTP 300."),
    (199, "Acme's account endpoint answered HTTP 199."),
])
def test_fetch_account_failures_name_the_status(status, message, make_client, server):
    Recorder(server, "/me", json_answer({"id": 1, "name": "n"}, status))
    with pytest.raises(TokenResponseError) as info:
        make_client().fetch_account(stored_tokens())
    assert str(info.value) == message


@pytest.mark.parametrize("status", [200, 203, 299])
def test_fetch_account_accepts_any_2xx(status, make_client, server):
    Recorder(server, "/me", json_answer({"id": 1, "name": "n"}, status))
    assert make_client().fetch_account(stored_tokens()).name == "n"


def test_fetch_account_refused_in_the_body_names_the_providers_error(make_client, server):
    Recorder(server, "/me", json_answer({"ok": False, "error": "invalid_auth"}))
    with pytest.raises(TokenResponseError) as info:
        make_client(token_response="slack").fetch_account(stored_tokens())
    assert str(info.value) == "Acme's account endpoint refused the new token (invalid_auth)."


@pytest.mark.parametrize(("field", "body"), [
    ("name", {}),
    ("user.login", {"user": {"id": 3}}),
    ("name", {"id": 7, "nickname": "nick", "display_name": "Dee", "name": ""}),
])
def test_fetch_account_without_a_name_names_the_missing_field(field, body, make_client, server):
    Recorder(server, "/me", json_answer(body))
    with pytest.raises(TokenResponseError) as info:
        make_client(account_name_field=field).fetch_account(stored_tokens())
    assert str(info.value) == (f"Acme's account endpoint did not say who the token is for "
                               f"(no {field!r} field).")


@pytest.mark.parametrize(("body", "name"), [
    ({"id": 1, "login": "lg", "username": "un", "preferred_username": "pu", "email": "e@x"},
     "lg"),
    ({"id": 1, "username": "un", "preferred_username": "pu", "email": "e@x"}, "un"),
    ({"id": 1, "preferred_username": "pu", "email": "e@x"}, "pu"),
    ({"id": 1, "login": "", "email": "e@x"}, "e@x"),
    ({"id": 1, "name": "", "login": "lg"}, "lg"),
    ({"id": 1, "name": 12345}, "12345"),
    ({"id": 1, "name": False, "login": "lg"}, "lg"),
])
def test_the_account_name_falls_back_in_order(body, name, make_client, server):
    Recorder(server, "/me", json_answer(body))
    assert make_client().fetch_account(stored_tokens()).name == name


@pytest.mark.parametrize(("body", "account_id"), [
    ({"id": "abc", "name": "n"}, "abc"),
    ({"id": 0, "name": "n"}, "0"),
    ({"id": True, "name": "n"}, "n"),
    ({"id": "", "name": "n"}, "n"),
    ({"id": [1], "name": "n"}, "n"),
])
def test_the_account_id_falls_back_to_the_name(body, account_id, make_client, server):
    Recorder(server, "/me", json_answer(body))
    assert make_client().fetch_account(stored_tokens()).account_id == account_id


def test_the_profile_keeps_public_plain_fields_only_cut_at_200(make_client, server):
    Recorder(server, "/me", json_answer({
        "id": "i" * 250, "name": "N" * 250, "login": "lg", "email": "e" * 300,
        "nickname": 5, "display_name": {"x": 1}, "username": None, "phone": "123",
        "preferred_username": ["a"]}))
    account = make_client().fetch_account(stored_tokens())
    assert account.account_id == "i" * 200
    assert account.name == "N" * 200
    assert dict(account.profile) == {"name": "N" * 200, "login": "lg", "email": "e" * 200,
                                     "nickname": "5"}


# --- revocation ------------------------------------------------------------------------------


@pytest.mark.parametrize("overrides", [{"revoke_method": "none"}, {"revoke_url": None}])
def test_a_provider_without_revocation_says_so(overrides, make_client, server):
    with pytest.raises(RevokeError) as info:
        make_client(**overrides).revoke(stored_tokens())
    assert str(info.value) == "Acme offers no way to revoke tokens."
    assert server.log == []


def test_rfc7009_revoke_of_a_post_client_sends_its_secret_with_each_token(make_client, server):
    recorder = Recorder(server, "/revoke", Response("", status=200), method="POST")
    make_client(CLIENT_SECRET).revoke(stored_tokens())
    assert [s.form for s in recorder.seen] == [
        {"token": REFRESH, "token_type_hint": "refresh_token", "client_id": CLIENT_ID,
         "client_secret": CLIENT_SECRET},
        {"token": ACCESS, "token_type_hint": "access_token", "client_id": CLIENT_ID,
         "client_secret": CLIENT_SECRET},
    ]


@pytest.mark.parametrize(("answer", "message"), [
    (Response("busy", status=503), "Acme is temporarily unavailable."),
    (Response("busy", status=503, headers={"Retry-After": "120"}),
     "Acme is temporarily unavailable. Try again after 120 s."),
    (Response("busy", status=503, headers={"Retry-After": "1234567890" * 3}),
     "Acme is temporarily unavailable. Try again after 12345678901234567890 s."),
    (json_answer({"error": "invalid_client"}, 401),
     "Acme did not revoke the token (HTTP 401: invalid_client)."),
    (json_answer({"error": "e" * 80}, 400),
     f"Acme did not revoke the token (HTTP 400: {'e' * 60})."),
    (json_answer({"message": "no"}, 400), "Acme did not revoke the token (HTTP 400)."),
    (Response("<html>oops</html>", status=500, content_type="text/html"),
     "Acme did not revoke the token (HTTP 500)."),
    (Response("", status=300), "Acme did not revoke the token (HTTP 300)."),
    (Response("", status=199), "Acme did not revoke the token (HTTP 199)."),
])
def test_a_failed_revocation_says_why(answer, message, make_client, server):
    recorder = Recorder(server, "/revoke", answer)
    with pytest.raises(RevokeError) as info:
        make_client().revoke(stored_tokens())
    assert str(info.value) == message
    assert len(recorder.seen) == 1


@pytest.mark.parametrize("status", [200, 204, 299])
def test_any_2xx_revocation_answer_is_success(status, make_client, server):
    recorder = Recorder(server, "/revoke", Response("", status=status))
    make_client().revoke(stored_tokens())
    assert len(recorder.seen) == 2


def test_slack_revoke_failure_says_which_error(make_client, server):
    recorder = Recorder(server, "/revoke", json_answer({"ok": False, "error": "token_revoked"}),
                        method="POST")
    with pytest.raises(RevokeError) as info:
        make_client(revoke_method="slack").revoke(stored_tokens())
    assert str(info.value) == "Slack did not revoke the token (token_revoked)."
    seen, = recorder.seen
    assert seen.headers["authorization"] == f"Bearer {ACCESS}"
    assert seen.body == b""


def test_slack_revoke_http_failure_is_a_revoke_error_too(make_client, server):
    Recorder(server, "/revoke", json_answer({"ok": False, "error": "x"}, 500))
    with pytest.raises(RevokeError) as info:
        make_client(revoke_method="slack").revoke(stored_tokens())
    assert str(info.value) == "Acme did not revoke the token (HTTP 500: x)."


def test_dropbox_revoke_failure_is_a_revoke_error(make_client, server):
    recorder = Recorder(server, "/revoke", json_answer({"error": "invalid_access_token"}, 401))
    with pytest.raises(RevokeError) as info:
        make_client(revoke_method="dropbox").revoke(stored_tokens())
    assert str(info.value) == "Acme did not revoke the token (HTTP 401: invalid_access_token)."
    assert recorder.seen[0].headers["authorization"] == f"Bearer {ACCESS}"


def test_github_revoke_without_the_client_secret_says_it_is_needed(make_client, server):
    with pytest.raises(RevokeError) as info:
        make_client(revoke_method="github",
                    revoke_url=server.url_for("/applications/{client_id}/token")
                    ).revoke(stored_tokens())
    assert str(info.value) == "GitHub revocation needs the client secret."
    assert server.log == []


def test_github_revoke_failure_says_the_status(make_client, server):
    Recorder(server, f"/applications/{CLIENT_ID}/token",
             json_answer({"message": "Validation Failed"}, 422), method="DELETE")
    with pytest.raises(RevokeError) as info:
        make_client(CLIENT_SECRET, revoke_method="github",
                    revoke_url=server.url_for("/applications/{client_id}/token")
                    ).revoke(stored_tokens())
    assert str(info.value) == "Acme did not revoke the token (HTTP 422)."


# --- the ID token of a code exchange ---------------------------------------------------------

LONG_SECRET = "a-confidential-client-secret-of-40-bytes"


def hs256_id_token(nonce: str) -> str:
    import jwt

    return jwt.encode({"iss": "https://idp.example", "aud": CLIENT_ID, "sub": "u-1",
                       "iat": int(NOW) - 10, "exp": int(NOW) + 600, "nonce": nonce},
                      LONG_SECRET, algorithm="HS256")


@pytest.mark.parametrize("echoed", [True, False], ids=["same-nonce", "other-nonce"])
def test_the_exchanged_id_token_must_echo_the_authorization_requests_nonce(
        echoed, make_client, server):
    client = make_client(LONG_SECRET, issuer="https://idp.example", id_token_algs=("HS256",),
                         scopes=("openid",))
    pending = client.authorization_request(REDIRECT_URI)
    assert pending.nonce is not None
    id_token = hs256_id_token(pending.nonce.reveal() if echoed else "replayed-nonce")
    Recorder(server, "/token", token_answer(id_token=id_token))
    if echoed:
        assert client.exchange_code(pending, Secret(CODE)).id_token == Secret(id_token)
    else:
        with pytest.raises(IdTokenError):
            client.exchange_code(pending, Secret(CODE))
