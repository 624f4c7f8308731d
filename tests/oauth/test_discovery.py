"""Discovery: endpoints from the provider's metadata, RFC 9207 ``iss`` enforced when the
metadata advertises it (SECURITY.md #10), the metadata cached for a day."""

from __future__ import annotations

import threading
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.accounts import AccountService
from tokenmgr.errors import TokenResponseError, UnsupportedError
from tokenmgr.oauth.discovery import apply_metadata, discover, probe_issuer
from tokenmgr.oauth.http import HttpClient
from tokenmgr.providers.config import ProviderCatalog, load_catalog
from tokenmgr.values.provider import Provider


@pytest.fixture
def server():
    with HTTPServer(host="127.0.0.1", port=0) as srv:
        yield srv


def metadata(server, **extra) -> dict:
    return {"issuer": server.url_for("/").rstrip("/"),
            "authorization_endpoint": server.url_for("/authorize"),
            "token_endpoint": server.url_for("/token"),
            "userinfo_endpoint": server.url_for("/userinfo"),
            "revocation_endpoint": server.url_for("/revoke"), **extra}


def provider(server, **kw) -> Provider:
    values = dict(id="corp", name="Corp IdP", client_id="corp-cli",
                  discovery_url=server.url_for("/.well-known/openid-configuration"),
                  account_name_field="preferred_username", account_id_field="sub")
    values.update(kw)
    return Provider(**values)


def test_a_provider_with_only_a_discovery_url_is_configured_from_the_file(tmp_path):
    path = tmp_path / "providers.toml"
    path.write_text('[providers.corp]\nclient_id = "x"\n'
                    'discovery_url = "https://idp.corp.example/.well-known/openid-configuration"\n')
    catalog = load_catalog(path)
    assert catalog.errors == [] and catalog.providers["corp"].is_configured


def test_missing_endpoints_come_from_the_metadata_and_configured_ones_win(server):
    p = provider(server, revoke_url="https://elsewhere.example/revoke")
    found = apply_metadata(p, metadata(server))
    assert found.authorize_url == server.url_for("/authorize")
    assert found.token_url == server.url_for("/token")
    assert found.revoke_url == "https://elsewhere.example/revoke"
    assert found.expected_redirect_issuer is None  # not advertised: no iss required


def test_advertised_iss_support_makes_the_issuer_required(server):
    found = apply_metadata(provider(server), metadata(
        server, authorization_response_iss_parameter_supported=True))
    assert found.expected_redirect_issuer == server.url_for("/").rstrip("/")


def test_advertised_ui_locales_support_sends_the_desktop_locale_there(server):
    assert apply_metadata(provider(server), metadata(server)).locale_param is None
    found = apply_metadata(provider(server), metadata(server, ui_locales_supported=["de"]))
    assert found.locale_param == "ui_locales"
    own = apply_metadata(provider(server, locale_param="lang"),
                         metadata(server, ui_locales_supported=["de"]))
    assert own.locale_param == "lang"


@pytest.mark.parametrize("change", [
    {"issuer": "https://evil.example"},
    {"issuer": 42},
    {"token_endpoint": "http://evil.example/token"},
])
def test_bad_metadata_is_refused(server, change):
    with pytest.raises(TokenResponseError):
        apply_metadata(provider(server), metadata(server, **change))


def test_metadata_is_fetched_once_then_read_from_the_cache(server, tmp_path):
    server.expect_request("/.well-known/openid-configuration").respond_with_json(
        metadata(server))
    http = HttpClient()
    try:
        first = discover(provider(server), lambda: http, tmp_path, clock=lambda: 1000.0)
        again = discover(provider(server), lambda: http, tmp_path, clock=lambda: 2000.0)
        stale = discover(provider(server), lambda: http, tmp_path, clock=lambda: 1000.0 + 86401)
    finally:
        http.close()
    assert first == again == stale
    assert len(server.log) == 2  # the first fetch and the one after a day


def follow(url: str, **answer: str) -> threading.Thread:
    query = parse_qs(urlsplit(url).query)
    target = query["redirect_uri"][0] + "?" + urlencode({**answer, "state": query["state"][0]})

    def visit() -> None:
        try:
            with urllib.request.urlopen(target, timeout=5) as resp:  # noqa: S310
                resp.read()
        except urllib.error.HTTPError as err:
            err.close()

    thread = threading.Thread(target=visit, daemon=True)
    thread.start()
    return thread


def test_connect_refuses_a_redirect_without_iss_then_accepts_the_right_one(
        server, memory_store, tmp_path):
    meta = metadata(server, authorization_response_iss_parameter_supported=True)
    server.expect_request("/.well-known/openid-configuration").respond_with_json(meta)
    server.expect_request("/token", method="POST").respond_with_json(
        {"access_token": "corp-at", "token_type": "Bearer", "expires_in": 600})
    server.expect_request("/userinfo").respond_with_json(
        {"sub": "u-1", "preferred_username": "ann"})
    p = provider(server)
    service = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                             catalog_loader=lambda: ProviderCatalog({"corp": p}))
    visits: list[threading.Thread] = []

    def browser(url: str) -> None:
        visits.append(follow(url, code="c-1"))  # a mix-up attempt: no iss
        visits[-1].join(5)
        visits.append(follow(url, code="c-2", iss="https://evil.example"))
        visits[-1].join(5)
        visits.append(follow(url, code="c-3", iss=meta["issuer"]))

    job = service.begin_connect("corp", open_browser=browser, timeout=10)
    account = job.run()
    assert account.name == "ann"
    token_forms = [parse_qs(r.get_data(as_text=True)) for r, _ in server.log
                   if r.path == "/token"]
    assert [f["code"] for f in token_forms] == [["c-3"]]  # only the right-iss code was used


# --- issuer alone (issue 16) ----------------------------------------------------------


def issuer_provider(server, path: str = "/tenant", **kw) -> Provider:
    values = dict(id="corp", name="Corp IdP", client_id="corp-cli",
                  issuer=server.url_for(path), account_name_field="preferred_username",
                  account_id_field="sub")
    values.update(kw)
    return Provider(**values)


def tenant_metadata(server, **extra) -> dict:
    return {"issuer": server.url_for("/tenant"),
            "authorization_endpoint": server.url_for("/tenant/authorize"),
            "token_endpoint": server.url_for("/tenant/token"),
            "device_authorization_endpoint": server.url_for("/tenant/device"),
            "jwks_uri": server.url_for("/tenant/jwks"),
            "code_challenge_methods_supported": ["S256"],
            "id_token_signing_alg_values_supported": ["RS256", "none"], **extra}


def test_issuer_and_client_id_alone_make_a_configured_provider(tmp_path):
    path = tmp_path / "providers.toml"
    path.write_text('# my IdP\n[providers.corp]\nissuer = "https://idp.corp.example/realms/x"\n'
                    'client_id = "cli"\n')
    catalog = load_catalog(path)
    corp = catalog.providers["corp"]
    assert catalog.errors == [] and corp.is_configured
    assert corp.discovery_endpoint == (
        "https://idp.corp.example/realms/x/.well-known/openid-configuration")


def test_endpoints_device_grant_and_keys_come_from_the_issuer_metadata(server, tmp_path):
    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_json(
        tenant_metadata(server))
    found = discover(issuer_provider(server), HttpClient, tmp_path)
    assert found.token_url == server.url_for("/tenant/token")
    assert found.device_authorization_url == server.url_for("/tenant/device")
    assert found.jwks_uri == server.url_for("/tenant/jwks")
    assert found.id_token_algs == ("RS256",)  # "none" never carried over
    assert found.metadata["code_challenge_methods_supported"] == ["S256"]


def test_rfc8414_is_the_fallback_with_the_well_known_before_the_issuer_path(server, tmp_path):
    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_data(
        "not here", status=404)
    server.expect_request("/.well-known/oauth-authorization-server/tenant").respond_with_json(
        tenant_metadata(server))
    found = discover(issuer_provider(server), HttpClient, tmp_path)
    assert found.authorize_url == server.url_for("/tenant/authorize")


@pytest.mark.parametrize("other", ["/tenant/", "/TENANT", "/other"])
def test_an_issuer_that_is_not_byte_for_byte_the_configured_one_is_refused(
        server, tmp_path, other):
    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_json(
        tenant_metadata(server, issuer=server.url_for(other)))
    with pytest.raises(TokenResponseError, match="another issuer"):
        discover(issuer_provider(server), HttpClient, tmp_path)
    with pytest.raises(TokenResponseError):  # and nothing was cached
        discover(issuer_provider(server), HttpClient, tmp_path)
    assert len(server.log) == 2


def test_the_cached_metadata_is_refetched_on_demand(server, tmp_path):
    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_json(
        tenant_metadata(server))
    discover(issuer_provider(server), HttpClient, tmp_path, clock=lambda: 10.0)
    discover(issuer_provider(server), HttpClient, tmp_path, clock=lambda: 20.0)
    assert len(server.log) == 1
    discover(issuer_provider(server), HttpClient, tmp_path, clock=lambda: 30.0, refresh=True)
    assert len(server.log) == 2


def test_the_device_grant_is_checked_after_discovery(server, memory_store, tmp_path):
    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_json(
        tenant_metadata(server))
    service = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                             catalog_loader=lambda: ProviderCatalog(
                                 {"corp": issuer_provider(server)}))
    service.metadata_cache_dir = tmp_path
    job = service.begin_connect("corp", device=True, open_browser=lambda url: None)
    assert job.flow._client.provider.device_authorization_url == server.url_for(
        "/tenant/device")


def test_without_a_discovered_device_endpoint_the_device_grant_is_refused(
        server, memory_store, tmp_path):
    meta = tenant_metadata(server)
    del meta["device_authorization_endpoint"]
    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_json(meta)
    service = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                             catalog_loader=lambda: ProviderCatalog(
                                 {"corp": issuer_provider(server)}))
    service.metadata_cache_dir = tmp_path
    with pytest.raises(UnsupportedError, match="device"):
        service.begin_connect("corp", device=True, open_browser=lambda url: None)


def test_probe_describes_what_the_issuer_offers(server):
    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_json(
        tenant_metadata(server, revocation_endpoint=server.url_for("/tenant/revoke"),
                        authorization_response_iss_parameter_supported=True))
    report = probe_issuer(HttpClient(), server.url_for("/tenant"))
    assert report["metadata_url"] == server.url_for("/tenant/.well-known/openid-configuration")
    assert report["pkce_methods"] == ["S256"]
    assert report["device_grant"] and report["revocation"] and report["iss_parameter"]


def test_revocation_and_the_account_endpoint_use_the_discovered_addresses(
        server, memory_store, tmp_path):
    from tokenmgr.secret import Secret
    from tokenmgr.store.schema import Account
    from tokenmgr.values.tokens import TokenSet

    server.expect_request("/tenant/.well-known/openid-configuration").respond_with_json(
        tenant_metadata(server, revocation_endpoint=server.url_for("/tenant/revoke"),
                        userinfo_endpoint=server.url_for("/tenant/userinfo")))
    server.expect_request("/tenant/revoke", method="POST").respond_with_data("")
    server.expect_request("/tenant/userinfo").respond_with_json(
        {"sub": "u-7", "preferred_username": "grace"})
    service = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                             catalog_loader=lambda: ProviderCatalog(
                                 {"corp": issuer_provider(server)}))
    service.metadata_cache_dir = tmp_path
    client = service.client_for(service.provider("corp"))
    assert client.fetch_account(TokenSet(Secret("at"))).name == "grace"
    memory_store.save(Account(provider_id="corp", account_id="u-7", name="grace",
                              tokens=TokenSet(Secret("at-7")), connected_at=1.0))
    service.revoke("corp:u-7")
    revoked = [r for r, _ in server.log if r.path == "/tenant/revoke"]
    assert len(revoked) == 1 and "token=at-7" in revoked[0].get_data(as_text=True)
    assert service.summaries() == []
