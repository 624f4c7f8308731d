"""Discovery: endpoints from the provider's metadata, RFC 9207 ``iss`` enforced when the
metadata advertises it (SECURITY.md #10), the metadata cached for a day."""

from __future__ import annotations

import threading
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.accounts import AccountService
from tokenmgr.errors import TokenResponseError
from tokenmgr.oauth.discovery import apply_metadata, discover
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
    assert found.issuer is None  # not advertised: no iss required


def test_advertised_iss_support_makes_the_issuer_required(server):
    found = apply_metadata(provider(server), metadata(
        server, authorization_response_iss_parameter_supported=True))
    assert found.issuer == server.url_for("/").rstrip("/")


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
