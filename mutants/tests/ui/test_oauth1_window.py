"""The window with an OAuth 1 provider in PIN mode: the PIN dialog, then a signed request
that the real (in-process) OAuth 1 provider accepts."""

from __future__ import annotations

import re
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PySide6.QtGui import QGuiApplication

from tests.e2e.oauth1server.control import OAuth1Server
from tokenmgr.accounts import AccountService
from tokenmgr.errors import FlowCancelledError
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.workers import TaskRunner
from tokenmgr.values.provider import Provider

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def provider_server():
    with OAuth1Server() as server:
        yield server


class PinUser:
    """Approves on the provider's page (a form POST) and remembers the PIN it shows."""

    def __init__(self, server) -> None:
        self.server = server
        self.pin: str | None = None
        self.shown = threading.Event()

    def open_browser(self, url: str) -> None:
        token = parse_qs(urlsplit(url).query)["oauth_token"][0]

        def approve() -> None:
            page = requests.post(self.server.authorize_url, timeout=10, data={
                "oauth_token": token, "action": "approve", "username": "alice",
                "password": self.server.users["alice"]})
            self.pin = re.search(r"id='pin'>([^<]+)<", page.text).group(1)
            self.shown.set()

        threading.Thread(target=approve, daemon=True).start()

    def prompt(self, text: str, answer) -> None:
        self.prompts.append(text)
        threading.Thread(target=lambda: (self.shown.wait(10), answer(self.pin)),
                         daemon=True).start()

    prompts: list[str]


@pytest.fixture
def window(qtbot, memory_store, provider_server, tmp_path):
    provider = Provider(
        id="xapi", name="X (test)", protocol="oauth1", callback_mode="oob",
        request_token_url=provider_server.request_token_url,
        authorize_url=provider_server.authorize_url,
        access_token_url=provider_server.access_token_url,
        account_name_field="screen_name", account_id_field="user_id",
        client_id=provider_server.consumer_key)
    memory_store.set_client_secret("xapi", Secret(provider_server.consumer_secret))
    service = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                             catalog_loader=lambda: ProviderCatalog({"xapi": provider}))
    user = PinUser(provider_server)
    user.prompts = []
    runner = TaskRunner()
    win = MainWindow(service, runner=runner, open_browser=user.open_browser,
                     prompt_code=user.prompt, connect_timeout=20)
    win.pin_user = user
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    yield win
    runner.wait_for_done(10000)


def test_pin_flow_connects_and_the_signed_header_is_accepted(qtbot, window, provider_server):
    assert window.select_key("xapi")
    with qtbot.waitSignal(window.connect_finished, timeout=15000) as blocker:
        window.actions_by_name["connect"].trigger()
    account = blocker.args[0]
    assert not isinstance(account, Exception), account
    assert (account.name, account.account_id) == ("alice", "1001")
    assert "PIN" in window.pin_user.prompts[0]

    qtbot.waitUntil(lambda: window.select_key("xapi:1001"), timeout=5000)
    window.actions_by_name["sign"].trigger()
    dialog = window.sign_dialog
    dialog.url.setText(provider_server.me_url)
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        dialog.copy_header.click()
    header = QGuiApplication.clipboard().text()
    assert header.startswith("OAuth ")
    me = requests.get(provider_server.me_url, headers={"Authorization": header}, timeout=10)
    assert me.status_code == 200 and me.json()["screen_name"] == "alice"


def test_closing_the_pin_dialog_cancels_the_sign_in(qtbot, window):
    window._open_browser = lambda url: None  # the user never goes to the provider's page
    window._prompt_code = lambda text, answer: answer(None)
    assert window.select_key("xapi")
    with qtbot.waitSignal(window.connect_finished, timeout=15000) as blocker:
        window.actions_by_name["connect"].trigger()
    assert isinstance(blocker.args[0], FlowCancelledError)
    assert window.message.text() == "Sign-in cancelled."
