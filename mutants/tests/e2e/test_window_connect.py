"""The window, end to end: Connect against the real authorization server, with the
scripted Chromium as the system browser (through BROWSER) and the real Secret Service."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from tests.e2e.cli_helpers import write_provider
from tests.e2e.keyring_helpers import secret_service_items, wipe_tokenmgr_items
from tokenmgr.accounts import build_default_service
from tokenmgr.errors import NotApprovedError
from tokenmgr.ui.main_window import MainWindow

pytestmark = [pytest.mark.e2e, pytest.mark.gui]


@pytest.fixture
def real_service_env(tmp_path, authserver, monkeypatch):
    wipe_tokenmgr_items()
    write_provider(tmp_path / "xdg-config", authserver)  # XDG_CONFIG_HOME is isolated per test
    yield
    wipe_tokenmgr_items()


def open_window(qtbot) -> MainWindow:
    win = MainWindow(build_default_service(), confirm=lambda *_: True, connect_timeout=90)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=20000):
        win.reload()
    return win


def test_window_connects_copies_and_finds_the_account_after_restart(
        qtbot, real_service_env, browser_user, authserver, monkeypatch):
    user = browser_user("approve", user="alice")
    for key, value in user.env().items():
        monkeypatch.setenv(key, value)
    win = open_window(qtbot)
    assert win.select_key("example")
    with qtbot.waitSignal(win.connect_finished, timeout=90000) as blocker:
        win.actions_by_name["connect"].trigger()
    account = blocker.args[0]
    assert not isinstance(account, Exception), account
    assert account.name == "alice"
    assert "Signed in" in user.wait_result(30)["text"]
    assert any(name.startswith("account/example/") for name in secret_service_items())

    qtbot.waitUntil(lambda: win.select_key(account.key), timeout=10000)
    with qtbot.waitSignal(win.clipboard.copied, timeout=20000):
        win.actions_by_name["copy"].trigger()
    token = QGuiApplication.clipboard().text()
    assert authserver.me(token).json()["username"] == "alice"
    win.close()  # clears the clipboard on quit
    assert QGuiApplication.clipboard().text() == ""

    again = open_window(qtbot)  # a restart: everything read back from the keyring
    assert again.select_key(account.key)
    assert again.model.summary(account.key).name == "alice"


def test_window_shows_a_denied_sign_in(qtbot, real_service_env, browser_user, monkeypatch):
    user = browser_user("deny", user="bob")
    for key, value in user.env().items():
        monkeypatch.setenv(key, value)
    win = open_window(qtbot)
    assert win.select_key("example")
    with qtbot.waitSignal(win.connect_finished, timeout=90000) as blocker:
        win.actions_by_name["connect"].trigger()
    assert isinstance(blocker.args[0], NotApprovedError)
    assert "not approved" in win.message.text()
    assert secret_service_items() == []
