"""Connect through the service, Qt-free: the flow chosen from the provider's settings
gets the caller's callbacks, scopes and timeout, and the account is stored (these
paths were covered only through the window and end to end; mutation testing showed it)."""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.accounts import AccountService
from tokenmgr.errors import FlowTimeoutError, UnsupportedError
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.values.provider import Provider

NOW = 1_800_000_000.0


class Browser:
    """Follows the authorization URL's redirect with a code, as the user's browser would."""

    def __init__(self, comes_back: bool = True) -> None:
        self.urls: list[str] = []
        self.statuses: list[int] = []
        self.comes_back = comes_back
        self.done = threading.Event()

    def __call__(self, url: str) -> None:
        self.urls.append(url)
        if not self.comes_back:
            return
        query = parse_qs(urlsplit(url).query)
        target = query["redirect_uri"][0] + "?" + urlencode(
            {"code": "the-code", "state": query["state"][0]})

        def visit() -> None:
            with urllib.request.urlopen(target, timeout=5) as resp:  # noqa: S310 - loopback
                self.statuses.append(resp.status)
            self.done.set()

        threading.Thread(target=visit, daemon=True).start()


@pytest.fixture
def server(monkeypatch) -> Iterator[HTTPServer]:
    for name in ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with HTTPServer(host="127.0.0.1", port=0) as httpserver:
        httpserver.expect_request("/token", method="POST").respond_with_json({
            "access_token": "at-123", "refresh_token": "rt-456", "token_type": "bearer",
            "expires_in": 3600})
        httpserver.expect_request("/me").respond_with_json({"id": 42, "username": "alice"})
        yield httpserver


def service_for(memory_store, server, **overrides) -> AccountService:
    values = dict(id="example", name="Example", authorize_url=server.url_for("/authorize"),
                  token_url=server.url_for("/token"), userinfo_url=server.url_for("/me"),
                  account_name_field="username", scopes=("read",), client_id="abc")
    values.update(overrides)
    provider = Provider(**values)
    return AccountService(memory_store, providers_file=None,
                          catalog_loader=lambda: ProviderCatalog({"example": provider}),
                          clock=lambda: NOW)


def test_loopback_connect_uses_the_callbacks_and_scopes_and_stores_the_account(
        memory_store, server):
    service = service_for(memory_store, server)
    browser, shown = Browser(), []
    job = service.begin_connect("example", open_browser=browser,
                                on_authorization_url=shown.append, scopes=("read", "extra"),
                                timeout=10)
    account = job.run()
    assert (account.provider_id, account.account_id, account.name) == ("example", "42", "alice")
    assert shown == browser.urls and len(shown) == 1
    assert parse_qs(urlsplit(shown[0]).query)["scope"] == ["read extra"]
    assert browser.done.wait(5) and browser.statuses == [200]
    stored = memory_store.load("example:42")
    assert stored.tokens.access_token.reveal() == "at-123"
    assert stored.redirect_uri == parse_qs(urlsplit(shown[0]).query)["redirect_uri"][0]
    assert stored.connected_at == NOW


def test_the_callers_timeout_ends_a_connect_nobody_finishes(memory_store, server):
    service = service_for(memory_store, server)
    job = service.begin_connect("example", open_browser=Browser(comes_back=False),
                                timeout=0.2)
    with pytest.raises(FlowTimeoutError):
        job.run()
    assert memory_store.summaries() == []


def test_paste_connect_asks_for_the_code_and_exchanges_it(memory_store, server):
    service = service_for(memory_store, server, redirect_mode="paste",
                          paste_redirect_uri="https://app.example/landing")
    shown, prompts = [], []

    def ask_code(prompt: str) -> str:
        prompts.append(prompt)
        state = parse_qs(urlsplit(shown[0]).query)["state"][0]
        return "https://app.example/landing?" + urlencode({"code": "c", "state": state})

    account = service.begin_connect("example", open_browser=shown.append,
                                    ask_code=ask_code).run()
    assert account.name == "alice"
    assert parse_qs(urlsplit(shown[0]).query)["redirect_uri"] == ["https://app.example/landing"]
    assert "Example" in prompts[0]


def test_paste_connect_without_a_way_to_ask_is_refused(memory_store, server):
    service = service_for(memory_store, server, redirect_mode="paste",
                          paste_redirect_uri="https://app.example/landing")
    with pytest.raises(UnsupportedError):
        service.begin_connect("example", open_browser=lambda url: None)


def test_device_connect_needs_a_device_endpoint(memory_store, server):
    service = service_for(memory_store, server)
    with pytest.raises(UnsupportedError):
        service.begin_connect("example", open_browser=lambda url: None, device=True)
