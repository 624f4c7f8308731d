"""Window fixtures: a real AccountService on an in-memory keyring, a local token
endpoint (pytest-httpserver) and an in-process "browser" that follows the redirect."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tokenmgr.accounts import AccountService
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.ui.clipboard import SecretClipboard
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.workers import TaskRunner
from tokenmgr.values.provider import Provider

ACCESS = "at-0123456789abcdef0123456789"
REFRESH = "rt-fedcba9876543210fedcba9876"
NOW = 1_800_000_000.0


class ScriptedBrowser:
    """Plays the user: follows the authorization URL's redirect with a code or an error."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.answer: dict[str, str] | None = {"code": "the-code"}
        self.pages: list[tuple[int, str]] = []
        self.opened = threading.Event()

    def __call__(self, url: str) -> None:
        self.urls.append(url)
        self.opened.set()
        if self.answer is None:
            return  # the user never comes back
        query = parse_qs(urlsplit(url).query)
        params = {**self.answer, "state": query["state"][0]}
        target = query["redirect_uri"][0] + "?" + urlencode(params)

        def visit() -> None:
            try:
                with urllib.request.urlopen(target, timeout=5) as resp:  # noqa: S310
                    self.pages.append((resp.status, resp.read().decode()))
            except urllib.error.HTTPError as err:
                self.pages.append((err.code, err.read().decode()))
                err.close()

        threading.Thread(target=visit, daemon=True).start()


@pytest.fixture
def token_server(httpserver):
    httpserver.expect_request("/token", method="POST").respond_with_json({
        "access_token": ACCESS, "refresh_token": REFRESH, "token_type": "bearer",
        "expires_in": 3600, "scope": "read profile"})
    httpserver.expect_request("/me").respond_with_json(
        {"id": 42, "username": "alice", "email": "alice@example.test"})
    return httpserver


def example_provider(server, **overrides) -> Provider:
    values = dict(
        id="example", name="Example Corp", authorize_url=server.url_for("/authorize"),
        token_url=server.url_for("/token"), userinfo_url=server.url_for("/me"),
        revoke_url=server.url_for("/revoke"), account_name_field="username",
        scopes=("read", "profile"), client_id="abc", source="test")
    values.update(overrides)
    return Provider(**values)


@pytest.fixture
def clock():
    return lambda: NOW


@pytest.fixture
def service(memory_store, token_server, clock, tmp_path):
    providers = {
        "example": example_provider(token_server),
        "unset": Provider(id="unset", name="Not Yet", authorize_url="https://a.test/a",
                          token_url="https://a.test/t"),
    }
    return AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                          catalog_loader=lambda: ProviderCatalog(dict(providers)), clock=clock)


@pytest.fixture
def browser():
    return ScriptedBrowser()


@pytest.fixture
def window(qtbot, service, browser, clock):
    runner = TaskRunner()
    clipboard = SecretClipboard(clear_seconds=30)
    win = MainWindow(service, runner=runner, clipboard=clipboard, open_browser=browser,
                     confirm=lambda *_: True, clock=clock, connect_timeout=20)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    yield win
    win.cancel_connect()
    runner.wait_for_done(10000)


def dump(obj) -> str:
    return json.dumps(obj)


def wait_idle(qtbot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: runner.running == 0, timeout=5000)


__all__ = ["ACCESS", "NOW", "REFRESH", "ScriptedBrowser", "dump", "time", "wait_idle"]
