"""The preset catalogue: every preset valid, documented, and building the authorization
URL its provider documents (asserted parameter by parameter)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.providers.config import load_catalog
from tokenmgr.resources import resource_path
from tokenmgr.secret import Secret
from tokenmgr.values.provider import LOOPBACK_RULES, REVOKE_METHODS

PRESETS = tomllib.loads(resource_path("providers.toml").read_text(encoding="utf-8"))["providers"]
EXPECTED = {"github", "github-enterprise", "gitlab", "gitlab-self-managed", "bitbucket",
            "google", "microsoft", "dropbox", "slack", "discord", "spotify", "x-oauth1",
            "x-oauth2", "twitch", "zoom", "atlassian", "oidc"}


def catalog_with(tmp_path, text: str = ""):
    user = tmp_path / "providers.toml"
    user.write_text(text, encoding="utf-8")
    return load_catalog(user)


def test_the_catalogue_has_every_promised_preset_and_loads_without_errors(tmp_path):
    assert set(PRESETS) >= EXPECTED and len(PRESETS) >= 15
    catalog = catalog_with(tmp_path)
    assert catalog.errors == []
    assert set(catalog.providers) >= EXPECTED


@pytest.mark.parametrize("pid", sorted(PRESETS))
def test_each_preset_is_documented_and_says_its_rules(pid, tmp_path):
    table = PRESETS[pid]
    assert table["docs_url"].startswith("https://")
    assert table.get("name")
    provider = catalog_with(tmp_path).providers[pid]
    assert provider.loopback in LOOPBACK_RULES
    assert provider.revoke_method in REVOKE_METHODS
    if provider.loopback != "any-port":  # the user registers exactly this URI
        assert provider.redirect_port and f":{provider.redirect_port}/" in (
            provider.redirect_uri_to_register)
    if provider.protocol == "oauth2":
        assert "account_name_field" in table and "account_id_field" in table
        assert provider.revoke_method == "none" or table.get("revoke_url") or table.get(
            "ask") == ["issuer"] or table.get("discovery_url")


@pytest.mark.parametrize("pid", sorted(PRESETS))
def test_no_preset_is_ready_without_what_it_asks_for(pid, tmp_path):
    provider = catalog_with(tmp_path).providers[pid]
    assert not provider.is_configured and "client id" in provider.missing
    with_id = catalog_with(tmp_path, f'[providers.{pid}]\nclient_id = "cid"\n').providers[pid]
    unanswered = [a for a in PRESETS[pid].get("ask", []) if a not in PRESETS[pid]]
    assert with_id.is_configured == (not unanswered)
    for name in unanswered:
        assert name.replace("_", " ") in with_id.missing


def test_a_base_url_completes_github_enterprise_and_fills_every_endpoint(tmp_path):
    catalog = catalog_with(tmp_path, '[providers.github-enterprise]\nclient_id = "c"\n'
                                     'base_url = "https://ghe.corp.example/"\n')
    ghe = catalog.providers["github-enterprise"]
    assert catalog.errors == [] and ghe.is_configured
    assert ghe.authorize_url == "https://ghe.corp.example/login/oauth/authorize"
    assert ghe.userinfo_url == "https://ghe.corp.example/api/v3/user"
    assert ghe.api_base_url == "https://ghe.corp.example/api/v3"
    assert ghe.device_authorization_url == "https://ghe.corp.example/login/device/code"
    assert ghe.revoke_url == "https://ghe.corp.example/api/v3/applications/{client_id}/token"


def test_an_unanswered_base_url_leaves_the_endpoints_empty_not_half_filled(tmp_path):
    gl = catalog_with(tmp_path, '[providers.gitlab-self-managed]\nclient_id = "c"\n'
                      ).providers["gitlab-self-managed"]
    assert gl.authorize_url is None and gl.token_url is None
    assert gl.missing == ("base url",)


def test_a_plain_http_base_url_is_refused_with_its_line(tmp_path):
    catalog = catalog_with(tmp_path, '[providers.gitlab-self-managed]\nclient_id = "c"\n'
                                     'base_url = "http://gitlab.corp.example"\n')
    assert len(catalog.errors) == 1
    assert "line 3" in str(catalog.errors[0]) and "base_url" in str(catalog.errors[0])


@pytest.mark.parametrize(("tenant", "ok"), [("organizations", True), ("contoso.onmicrosoft.com",
                                            True), ("x/../evil", False), ("a b", False)])
def test_the_microsoft_tenant_goes_into_every_endpoint(tmp_path, tenant, ok):
    catalog = catalog_with(tmp_path, f'[providers.microsoft]\nclient_id = "c"\n'
                                     f'tenant = "{tenant}"\n')
    ms = catalog.providers.get("microsoft")
    if not ok:
        assert catalog.errors and "tenant" in str(catalog.errors[0])
        return
    assert ms.is_configured
    base = f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/"
    assert (ms.authorize_url, ms.token_url, ms.device_authorization_url) == (
        base + "authorize", base + "token", base + "devicecode")


def test_a_placeholder_nobody_asks_for_is_a_preset_error(tmp_path):
    presets = tmp_path / "presets.toml"
    presets.write_text('[providers.bad]\nauthorize_url = "{base_url}/a"\ntoken_url = '
                       '"{base_url}/t"\n')
    catalog = load_catalog(None, presets)
    assert "bad" not in catalog.providers and "ask does not name it" in str(catalog.errors[0])


# --- authorization URLs, parameter by parameter ---------------------------------------------

ANSWERS = {"github-enterprise": 'base_url = "https://ghe.example"\n',
           "gitlab-self-managed": 'base_url = "https://gl.example"\n',
           "oidc": 'issuer = "https://idp.example"\n'}
OAUTH2 = sorted(pid for pid, t in PRESETS.items() if t.get("protocol", "oauth2") == "oauth2")


def authorize_params(tmp_path, pid: str, redirect_uri: str = "http://127.0.0.1:4711/callback"):
    provider = catalog_with(tmp_path, f'[providers.{pid}]\nclient_id = "the-client"\n'
                            + ANSWERS.get(pid, "")).providers[pid]
    if provider.authorize_url is None:  # issuer-only: endpoints come from discovery
        provider = replace(provider, authorize_url="https://idp.example/authorize",
                           token_url="https://idp.example/token")
    client = OAuth2Client(provider, Secret("s"), HttpClient())
    pending = client.authorization_request(redirect_uri)
    parts = urlsplit(pending.url)
    params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return provider, pending, f"{parts.scheme}://{parts.netloc}{parts.path}", params


def test_every_preset_but_the_generic_openid_one_has_an_api_base_for_relative_paths(tmp_path):
    """`tokenmgr api ACCOUNT /path` and the window's Try it resolve against it."""
    without = []
    for pid in PRESETS:
        provider = catalog_with(tmp_path, f'[providers.{pid}]\nclient_id = "c"\n'
                                + ANSWERS.get(pid, "")).providers[pid]
        if provider.api_base_url is None:
            without.append(pid)
        else:
            assert provider.api_base_url.startswith("https://") and "{" not in provider.api_base_url
    assert without == ["oidc"]


@pytest.mark.parametrize("pid", OAUTH2)
def test_every_oauth2_preset_builds_a_standard_authorization_url(tmp_path, pid):
    provider, pending, base, params = authorize_params(tmp_path, pid)
    assert base == provider.authorize_url
    assert params["response_type"] == "code" and params["client_id"] == "the-client"
    assert params["redirect_uri"] == "http://127.0.0.1:4711/callback"
    assert params["state"] == pending.state.reveal() and len(params["state"]) >= 32
    if provider.scopes:
        assert params[provider.scope_param] == provider.scope_separator.join(provider.scopes)
    else:
        assert provider.scope_param not in params
    if provider.pkce:
        assert params["code_challenge_method"] == "S256"
        assert params["code_challenge"] == pending.pkce.challenge
    else:
        assert "code_challenge" not in params
    assert ("nonce" in params) == ("openid" in provider.scopes)
    if "nonce" in params:
        assert params["nonce"] == pending.nonce.reveal() and params["nonce"] != params["state"]
    for key, value in provider.extra_authorize_params.items():
        assert params[key] == value


def test_google_asks_for_offline_access_and_an_openid_nonce(tmp_path):
    _, _, base, params = authorize_params(tmp_path, "google")
    assert base == "https://accounts.google.com/o/oauth2/v2/auth"
    assert params["access_type"] == "offline" and params["scope"] == "openid email"
    assert params["nonce"]


def test_dropbox_asks_for_offline_tokens(tmp_path):
    _, _, base, params = authorize_params(tmp_path, "dropbox")
    assert base == "https://www.dropbox.com/oauth2/authorize"
    assert params["token_access_type"] == "offline" and "scope" not in params


def test_microsoft_asks_for_offline_access_in_the_scope(tmp_path):
    _, _, base, params = authorize_params(tmp_path, "microsoft")
    assert base == "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"
    assert "offline_access" in params["scope"].split(" ")


def test_slack_sends_user_scopes_comma_separated_and_no_bot_scope(tmp_path):
    provider, _, base, params = authorize_params(tmp_path, "slack")
    assert base == "https://slack.com/oauth/v2/authorize"
    assert params["user_scope"] == ",".join(provider.scopes) and "scope" not in params


def test_atlassian_sends_its_required_audience_and_consent_prompt(tmp_path):
    _, _, _, params = authorize_params(tmp_path, "atlassian")
    assert params["audience"] == "api.atlassian.com" and params["prompt"] == "consent"
    assert "offline_access" in params["scope"].split(" ")


def test_presets_with_a_fixed_port_show_the_exact_uri_to_register(tmp_path):
    providers = catalog_with(tmp_path).providers
    assert providers["dropbox"].redirect_uri_to_register == "http://localhost:53682/callback"
    assert providers["bitbucket"].redirect_uri_to_register == "http://localhost:34106/callback"
    assert providers["github"].redirect_uri_to_register == "http://127.0.0.1/callback"
