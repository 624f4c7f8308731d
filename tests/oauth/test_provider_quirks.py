"""Each preset's documented quirks against a small local fake of the provider (the real
hosts are unreachable from here): the preset's own data, endpoints pointed at the fake."""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokenmgr.errors import InvalidGrantError, RevokeError, TokenEndpointError, TokenResponseError
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import load_catalog
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider

NOW = 1_700_000_000.0
REDIRECT = "http://localhost:53683/callback"


@pytest.fixture
def fake():
    with HTTPServer(host="127.0.0.1", port=0) as server:
        yield server


def preset(pid: str, fake: HTTPServer, **endpoints: str) -> Provider:
    """The shipped preset with a client id and its endpoints on the fake."""
    provider = load_catalog(None).providers[pid]
    urls = {key: fake.url_for(path) for key, path in endpoints.items()}
    return replace(provider, client_id="cid", **urls)


def client(provider: Provider, secret: str | None = None) -> OAuth2Client:
    return OAuth2Client(provider, Secret(secret) if secret else None, HttpClient(),
                        clock=lambda: NOW)


def form(request: Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.get_data(as_text=True)).items()}


def exchange(c: OAuth2Client, redirect_uri: str = REDIRECT) -> TokenSet:
    pending = c.authorization_request(redirect_uri)
    return c.exchange_code(pending, Secret("the-code"))


# --- Slack ----------------------------------------------------------------------------

SLACK_ANSWER = {
    "ok": True, "app_id": "A0KRD7HC3", "access_token": "xoxb-bot-token", "token_type": "bot",
    "scope": "commands", "bot_user_id": "U0KRQLJ9H",
    "team": {"name": "Slack Softball Team", "id": "T9TK3CUKW"},
    "authed_user": {"id": "U1234", "scope": "users:read,chat:write",
                    "access_token": "xoxp-user-token", "token_type": "user",
                    "refresh_token": "xoxe-1-refresh", "expires_in": 43200},
}


def test_slack_user_token_is_taken_from_authed_user_not_the_bot_token(fake):
    fake.expect_request("/oauth.v2.access", method="POST").respond_with_json(SLACK_ANSWER)
    tokens = exchange(client(preset("slack", fake, token_url="/oauth.v2.access")))
    assert tokens.access_token.reveal() == "xoxp-user-token"
    assert tokens.refresh_token.reveal() == "xoxe-1-refresh"
    assert tokens.token_type == "Bearer" and tokens.expires_at == NOW + 43200
    assert tokens.scopes == ("users:read", "chat:write")


@pytest.mark.parametrize(("error", "raised"), [("invalid_code", TokenEndpointError),
                                               ("invalid_refresh_token", InvalidGrantError)])
def test_slack_ok_false_with_http_200_is_an_error(fake, error, raised):
    fake.expect_request("/oauth.v2.access").respond_with_json({"ok": False, "error": error})
    c = client(preset("slack", fake, token_url="/oauth.v2.access"))
    with pytest.raises(raised) as caught:
        exchange(c)
    assert caught.value.error == error


def test_slack_refresh_answer_without_nesting_is_read_too(fake):
    fake.expect_request("/oauth.v2.access").respond_with_json(
        {"ok": True, "access_token": "xoxe.xoxp-new", "token_type": "user",
         "refresh_token": "xoxe-1-new", "expires_in": 43200})
    c = client(preset("slack", fake, token_url="/oauth.v2.access"))
    old = TokenSet(Secret("xoxp-old"), refresh_token=Secret("xoxe-1-old"))
    fresh = c.refresh(old)
    assert fresh.access_token.reveal() == "xoxe.xoxp-new"
    assert fresh.refresh_token.reveal() == "xoxe-1-new"


def test_slack_account_comes_from_auth_test_and_its_ok_false_is_refused(fake):
    fake.expect_ordered_request("/auth.test", headers={
        "Authorization": "Bearer xoxp-user-token"}).respond_with_json(
        {"ok": True, "url": "https://team.slack.com/", "team": "Team", "user": "grace",
         "team_id": "T1", "user_id": "U1234"})
    fake.expect_ordered_request("/auth.test").respond_with_json(
        {"ok": False, "error": "invalid_auth"})
    c = client(preset("slack", fake, userinfo_url="/auth.test"))
    account = c.fetch_account(TokenSet(Secret("xoxp-user-token")))
    assert (account.name, account.account_id) == ("grace", "U1234")
    with pytest.raises(TokenResponseError, match="invalid_auth"):
        c.fetch_account(TokenSet(Secret("xoxp-user-token")))


def test_slack_revoke_posts_the_token_and_an_ok_false_keeps_the_account(fake):
    fake.expect_ordered_request("/auth.revoke", method="POST", headers={
        "Authorization": "Bearer xoxp-1"}).respond_with_json({"ok": True, "revoked": True})
    fake.expect_ordered_request("/auth.revoke").respond_with_json(
        {"ok": False, "error": "invalid_auth"})
    c = client(preset("slack", fake, revoke_url="/auth.revoke"))
    c.revoke(TokenSet(Secret("xoxp-1")))
    with pytest.raises(RevokeError, match="invalid_auth"):
        c.revoke(TokenSet(Secret("xoxp-1")))


# --- GitHub ---------------------------------------------------------------------------


def test_github_form_encoded_answer_is_read(fake):
    fake.expect_request("/login/oauth/access_token").respond_with_data(
        "access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=read%3Auser&token_type=bearer",
        content_type="application/x-www-form-urlencoded")
    tokens = exchange(client(preset("github", fake, token_url="/login/oauth/access_token"),
                             "secret"), "http://127.0.0.1:5000/callback")
    assert tokens.access_token.reveal() == "gho_16C7e42F292c6912E7710c838347Ae178B4a"
    assert tokens.scopes == ("read:user",) and tokens.expires_at is None  # OAuth Apps


def test_github_sends_accept_json_and_the_secret_with_pkce(fake):
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps({"access_token": "gho_x", "token_type": "bearer"}),
                        content_type="application/json")

    fake.expect_request("/t").respond_with_handler(handler)
    exchange(client(preset("github", fake, token_url="/t"), "the-secret"))
    body = form(seen[0])
    assert seen[0].headers["Accept"] == "application/json"
    assert body["client_secret"] == "the-secret" and body["code_verifier"]


@pytest.mark.parametrize("encoded", [True, False])
def test_github_http_200_error_is_an_error_not_a_token(fake, encoded):
    error = {"error": "bad_verification_code",
             "error_description": "The code passed is incorrect or expired."}
    if encoded:
        fake.expect_request("/t").respond_with_data(
            "error=bad_verification_code&error_description=The+code+passed+is+incorrect"
            "+or+expired.", content_type="application/x-www-form-urlencoded")
    else:
        fake.expect_request("/t").respond_with_json(error)
    with pytest.raises(TokenEndpointError) as caught:
        exchange(client(preset("github", fake, token_url="/t"), "s"))
    assert caught.value.error == "bad_verification_code"
    assert "incorrect or expired" in str(caught.value)


# --- Dropbox, Google, GitLab, Microsoft --------------------------------------------


def test_dropbox_offline_authorization_gets_a_refresh_token(fake):
    fake.expect_request("/oauth2/token").respond_with_json(
        {"access_token": "sl.A", "token_type": "bearer", "expires_in": 14400,
         "refresh_token": "dbx-refresh", "account_id": "dbid:1", "uid": "1"})
    c = client(preset("dropbox", fake, token_url="/oauth2/token"))
    pending = c.authorization_request("http://localhost:53682/callback")
    assert parse_qs(urlsplit(pending.url).query)["token_access_type"] == ["offline"]
    tokens = c.exchange_code(pending, Secret("code"))
    assert tokens.refresh_token.reveal() == "dbx-refresh" and tokens.expires_at == NOW + 14400


def test_google_offline_access_and_a_refresh_that_omits_the_refresh_token(fake):
    fake.expect_request("/token").respond_with_json(
        {"access_token": "ya29.new", "expires_in": 3599, "token_type": "Bearer",
         "scope": "openid email"})
    c = client(preset("google", fake, token_url="/token"), "desktop-secret")
    pending = c.authorization_request("http://127.0.0.1:5/callback")
    assert parse_qs(urlsplit(pending.url).query)["access_type"] == ["offline"]
    fresh = c.refresh(TokenSet(Secret("ya29.old"), refresh_token=Secret("1//keep")))
    assert fresh.refresh_token.reveal() == "1//keep"  # Google sends it only on first consent


def test_gitlab_refresh_carries_the_original_redirect_uri_with_its_port(fake):
    seen: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        seen.append(form(request))
        return Response(json.dumps({"access_token": "glpat-new", "token_type": "Bearer",
                                    "refresh_token": "gl-rotated", "expires_in": 7200}),
                        content_type="application/json")

    fake.expect_request("/oauth/token").respond_with_handler(handler)
    c = client(preset("gitlab", fake, token_url="/oauth/token"))
    old = TokenSet(Secret("glpat-old"), refresh_token=Secret("gl-old"))
    fresh = c.refresh(old, "http://127.0.0.1:49152/callback")
    assert seen[0]["redirect_uri"] == "http://127.0.0.1:49152/callback"
    assert seen[0]["grant_type"] == "refresh_token" and "client_secret" not in seen[0]
    assert fresh.refresh_token.reveal() == "gl-rotated"  # rotation: the new one is kept


def test_microsoft_offline_access_is_asked_and_the_rotated_refresh_token_kept(fake):
    seen: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        seen.append(form(request))
        return Response(json.dumps({"access_token": "eyJ.new", "token_type": "Bearer",
                                    "expires_in": 3599, "refresh_token": "M.rotated",
                                    "scope": "openid profile email offline_access"}),
                        content_type="application/json")

    fake.expect_request("/common/oauth2/v2.0/token").respond_with_handler(handler)
    c = client(preset("microsoft", fake, token_url="/common/oauth2/v2.0/token"))
    pending = c.authorization_request("http://localhost:5/callback")
    assert "offline_access" in parse_qs(urlsplit(pending.url).query)["scope"][0].split()
    tokens = c.exchange_code(pending, Secret("code"))
    assert seen[0]["grant_type"] == "authorization_code"
    assert tokens.refresh_token.reveal() == "M.rotated"


def test_twitch_account_endpoint_uses_the_oauth_scheme_and_scope_arrays(fake):
    fake.expect_request("/oauth2/validate", headers={"Authorization": "OAuth tw-token"}
                        ).respond_with_json({"client_id": "cid", "login": "twitchdev",
                                             "scopes": ["user:read:email"],
                                             "user_id": "141981764", "expires_in": 5520838})
    fake.expect_request("/oauth2/token").respond_with_json(
        {"access_token": "tw-token", "refresh_token": "tw-r", "expires_in": 14124,
         "scope": ["user:read:email"], "token_type": "bearer"})
    c = client(preset("twitch", fake, userinfo_url="/oauth2/validate",
                      token_url="/oauth2/token"), "secret")
    tokens = exchange(c, "http://localhost:3000/callback")
    assert tokens.scopes == ("user:read:email",)
    account = c.fetch_account(tokens)
    assert (account.name, account.account_id) == ("twitchdev", "141981764")


# --- Spotify, Discord, X OAuth 2.0 / Bitbucket --------------------------------------


def test_spotify_refresh_without_a_new_refresh_token_keeps_the_old_one(fake):
    fake.expect_request("/api/token").respond_with_json(
        {"access_token": "BQ-new", "token_type": "Bearer", "expires_in": 3600,
         "scope": "user-read-email"})
    c = client(preset("spotify", fake, token_url="/api/token"))
    fresh = c.refresh(TokenSet(Secret("BQ-old"), refresh_token=Secret("AQ-keep")))
    assert (fresh.access_token.reveal(), fresh.refresh_token.reveal()) == ("BQ-new", "AQ-keep")


def test_discord_metadata_makes_the_redirect_iss_required(fake, tmp_path):
    from tokenmgr.oauth.discovery import discover

    issuer = fake.url_for("").rstrip("/")
    fake.expect_request("/.well-known/oauth-authorization-server").respond_with_json(
        {"issuer": issuer, "authorization_endpoint": issuer + "/oauth2/authorize",
         "token_endpoint": issuer + "/api/oauth2/token",
         "authorization_response_iss_parameter_supported": True})
    discord = preset("discord", fake, discovery_url="/.well-known/oauth-authorization-server")
    assert discord.expected_redirect_issuer is None  # nothing assumed before the metadata
    found = discover(discord, HttpClient, tmp_path)
    assert found.expected_redirect_issuer == issuer
    assert found.token_url == "https://discord.com/api/oauth2/token"  # the preset's own wins


@pytest.mark.parametrize("pid", ["x-oauth2", "bitbucket", "zoom"])
def test_confidential_clients_of_basic_auth_presets_use_http_basic(fake, pid):
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps({"access_token": "at", "token_type": "bearer"}),
                        content_type="application/json")

    fake.expect_request("/token").respond_with_handler(handler)
    exchange(client(preset(pid, fake, token_url="/token"), "the-secret"))
    assert seen[0].authorization.type == "basic"
    assert (seen[0].authorization.username, seen[0].authorization.password) == (
        "cid", "the-secret")
    assert "client_secret" not in form(seen[0])
