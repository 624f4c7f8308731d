"""The main window on a real Qt event loop: empty state, connect through the sheet,
list + detail pane, cancel, errors in plain words, copy."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.conftest import ACCESS, REFRESH, connect, rows, wait_idle
from tokenmgr.errors import FlowCancelledError, NotApprovedError
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.token_store import TokenStore
from tokenmgr.ui.account_list.model import KEY_ROLE
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.state_page import EMPTY, NO_SERVICE

pytestmark = pytest.mark.gui


def test_first_run_shows_the_empty_state_and_no_preset_rows(window):
    assert window.windowTitle() == "tokenmgr"
    assert rows(window) == []  # unconfigured presets are not rows
    assert window.pages.currentWidget() is window.state_page
    assert window.state_page.kind == EMPTY
    assert window.state_page.title.text() == "No accounts yet"
    assert "keyring, never in a file" in window.state_page.body.text()
    assert "tokenmgr token PROVIDER" in window.state_page.body.text()
    assert not window.actions_by_name["copy"].isEnabled()
    assert "Select an account first" in window.actions_by_name["copy"].toolTip()


def test_empty_state_button_opens_the_provider_picker(qtbot, window):
    window.state_page.button.click()
    assert window.sheet.isVisible()
    assert window.sheet.stack.currentWidget() is window.sheet.picker
    assert window.sheet.picker.visible_ids() == ["example", "unset", "__other__"]


def test_connect_shows_the_account_in_the_list_and_the_detail_pane(qtbot, window, browser):
    result = connect(qtbot, window)
    assert result.name == "alice"
    assert browser.pages and browser.pages[0][0] == 200
    assert "approved" in browser.pages[0][1]
    qtbot.waitUntil(lambda: (1, "alice", "expires in 1 h") in rows(window), timeout=5000)
    assert rows(window)[0] == (0, "Example Corp", "connected")
    assert window.pages.currentWidget() is window.splitter
    assert "Connected example: alice." in window.message.text()
    assert not window.sheet.isVisible()
    assert window.selected_key() == "example:42"
    assert window.windowTitle() == "tokenmgr — Example Corp: alice"
    detail = window.detail
    qtbot.waitUntil(lambda: "alice@example.test" in detail.who.text(), timeout=5000)
    assert "Example Corp" in detail.who.text()
    assert detail.expires.text().endswith("(in 1 h)")
    assert "refresh token ✓" in detail.auto_refresh.text()
    assert detail.scopes.text() == "read profile"
    assert detail.stored_in.text()  # the backend's name
    assert "Token endpoint: http://" in detail.details.text()
    assert "Client id: abc" in detail.details.text()
    assert not detail.banner.isVisibleTo(detail)


def test_connect_page_shows_waiting_with_link_and_cancel_ends_the_flow(qtbot, window, browser):
    browser.answer = None  # the user never approves
    window.connect_provider("example")
    page = window.sheet.connect_page
    qtbot.waitUntil(lambda: page.copy_link.isEnabled(), timeout=5000)
    assert "Waiting for you in the browser" in page.message.text()
    assert window.sheet.isVisible() and page.cancel.isVisible()
    assert not window.actions_by_name["add_account"].isEnabled()  # one sign-in at a time
    assert "already in progress" in window.actions_by_name["add_account"].toolTip()
    copied: list[str] = []
    page.copy_text.connect(copied.append)
    page.copy_link.click()
    assert copied and "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in copied[0]
    page.open_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 2, timeout=5000)
    assert browser.urls[1] == browser.urls[0]
    with qtbot.waitSignal(window.connect_finished, timeout=5000) as blocker:
        page.cancel.click()
    assert isinstance(blocker.args[0], FlowCancelledError)
    assert window.message.text() == "Sign-in cancelled."
    assert page.message.text() == "Sign-in cancelled." and page.close_button.isVisible()
    assert window.actions_by_name["add_account"].isEnabled()


def test_denied_sign_in_is_shown_in_plain_words_and_stores_nothing(qtbot, window, browser,
                                                                    memory_keyring):
    browser.answer = {"error": "access_denied"}
    result = connect(qtbot, window)
    assert isinstance(result, NotApprovedError)
    assert "not approved" in window.message.text()
    assert "not approved" in window.sheet.connect_page.message.text()
    assert memory_keyring.items == {}


def test_provider_error_description_is_shown_as_plain_text(qtbot, window, browser):
    browser.answer = {"error": "server_error", "error_description": "<b>down</b> for maintenance"}
    connect(qtbot, window)
    for label in (window.message, window.sheet.connect_page.message):
        assert "<b>down</b> for maintenance" in label.text()
        assert isinstance(label, QLabel) and label.textFormat().name == "PlainText"


def test_copy_puts_the_token_on_the_clipboard_marked_concealed_with_a_countdown(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        window.actions_by_name["copy"].trigger()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == ACCESS
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    assert window.toast.text() == "Copied access token — clipboard clears in 30 s"


def test_a_window_copy_is_a_read_in_the_access_log(qtbot, window):
    """Like `tokenmgr token`, the window's Copy leaves "by tokenmgr via window copy"
    in the account's access log, and the token is not in it."""
    import os

    from tokenmgr.access_log import default_log

    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    assert default_log().reads("example:42") == []
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        window.actions_by_name["copy_header"].trigger()
    [read] = default_log().reads("example:42")
    assert (read.program, read.pid, read.via) == ("tokenmgr", os.getpid(), "window copy")
    assert read.account == "example:alice"
    assert ACCESS not in default_log().path_for("example:42").read_text()


def test_copied_token_is_cleared_after_the_timeout(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    window.clipboard.clear_seconds = 0.05
    with qtbot.waitSignal(window.clipboard.cleared, timeout=5000) as blocker:
        window.actions_by_name["copy"].trigger()
    assert blocker.args == [True]
    assert QGuiApplication.clipboard().text() == ""
    assert window.toast.text() == "Clipboard cleared."


def test_clear_leaves_what_the_user_copied_afterwards(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    window.clipboard.clear_seconds = 0.3
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        window.actions_by_name["copy"].trigger()
    QGuiApplication.clipboard().setText("something else")
    with qtbot.waitSignal(window.clipboard.cleared, timeout=5000):
        pass
    assert QGuiApplication.clipboard().text() == "something else"


def test_restart_shows_the_same_accounts(qtbot, window, service, browser, clock):
    connect(qtbot, window)
    again = MainWindow(service, open_browser=browser, clock=clock)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.accounts_loaded, timeout=5000):
        again.reload()
    assert (1, "alice", "expires in 1 h") in rows(again)
    assert again.selected_key() == "example:42"  # the first account, actions usable at once
    assert again.actions_by_name["copy"].isEnabled()


def test_no_secret_in_titles_tooltips_accessible_names_or_texts(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        window.actions_by_name["copy"].trigger()
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        if hasattr(widget, "text"):
            texts.append(str(widget.text()))
    for index in range(window.model.rowCount()):
        texts.append(str(window.model.index(index, 0).data(KEY_ROLE)))
    blob = "\n".join(texts)
    assert ACCESS not in blob and REFRESH not in blob


def test_refused_keyring_says_what_to_start_and_is_read_only(qtbot, service, tmp_path):
    from keyring.backends.null import Keyring as NullKeyring

    service.store = TokenStore(KeyringAccess(NullKeyring()), tmp_path / "lock")
    win = MainWindow(service, open_browser=lambda url: None)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    assert win.read_only
    assert win.state_page.kind == NO_SERVICE
    assert win.state_page.title.text() == "No keyring service is running"
    assert "start GNOME Keyring or KWallet" in win.message.text()
    assert "GNOME Keyring or KWallet" in win.state_page.body.text()
    assert not win.actions_by_name["add_account"].isEnabled()
    assert "No keyring service" in win.actions_by_name["add_account"].toolTip()


def test_remove_forgets_the_account_and_moves_to_the_empty_state(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.actions_by_name["remove"].trigger()
    wait_idle(qtbot, window.runner)
    qtbot.waitUntil(lambda: rows(window) == [], timeout=5000)
    assert window.state_page.kind == EMPTY and window.pages.currentWidget() is window.state_page
    assert window.windowTitle() == "tokenmgr"


def test_sign_dialog_copies_a_header_and_a_curl_command(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    window.actions_by_name["sign"].trigger()
    dialog = window.sign_dialog
    dialog.method.setCurrentText("POST")
    dialog.url.setText("https://api.example/items?x=1")
    dialog.body.setPlainText("name=a b\nflag=1\nname=c")
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        dialog.copy_curl.click()
    assert QGuiApplication.clipboard().text() == (
        f"curl -X POST -H 'Authorization: Bearer {ACCESS}' --data-urlencode 'name=a b' "
        "--data-urlencode flag=1 --data-urlencode name=c 'https://api.example/items?x=1'")
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        dialog.copy_header.click()
    assert QGuiApplication.clipboard().text() == f"Bearer {ACCESS}"
    assert dialog.status.text() == "Copied header."


def test_show_token_keeps_it_masked_until_the_eye_is_toggled(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    field = window.detail.token
    assert ACCESS not in field.text()
    window.actions_by_name["reveal"].trigger()
    qtbot.waitUntil(lambda: field.text() == ACCESS, timeout=5000)
    assert window.detail.eye.isChecked()
    assert ACCESS not in window.windowTitle() + field.accessibleName() + field.toolTip()
    window.detail.eye.click()
    assert field.text() != ACCESS and ACCESS not in field.text()


class StubbornClipboard:
    """A clipboard that ignores clear(), as Wayland does for unfocused windows."""

    def __init__(self) -> None:
        self.value = ""

    def setMimeData(self, data, mode) -> None:
        self.value = data.text()

    def text(self, mode) -> str:
        return self.value

    def clear(self, mode) -> None:
        pass


def test_a_clear_that_did_not_take_is_reported(qtbot, service, clock):
    from tokenmgr.ui.clipboard import SecretClipboard

    clipboard = SecretClipboard(StubbornClipboard(), clear_seconds=0.01)
    win = MainWindow(service, clipboard=clipboard, clock=clock)
    qtbot.addWidget(win)
    with qtbot.waitSignal(clipboard.cleared, timeout=5000) as blocker:
        clipboard.copy("a-token-value")
    assert blocker.args == [False]
    assert "could not be cleared" in win.toast.text()
