"""The main window on a real Qt event loop: list, connect, cancel, errors, copy."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.conftest import ACCESS, REFRESH, wait_idle
from tokenmgr.errors import FlowCancelledError, NotApprovedError
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.token_store import TokenStore
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.models import KEY_ROLE

pytestmark = pytest.mark.gui


def rows(win: MainWindow) -> list[tuple[int, str, str]]:
    """(depth, name, state) for every row, in order."""
    out = []
    model = win.model
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        out.append((0, parent.data(), model.index(row, 1).data()))
        for child in range(model.rowCount(parent)):
            out.append((1, model.index(child, 0, parent).data(),
                        model.index(child, 1, parent).data()))
    return out


def connect(qtbot, win: MainWindow, provider_key: str = "example"):
    assert win.select_key(provider_key)
    with qtbot.waitSignal(win.connect_finished, timeout=15000) as blocker:
        win.actions_by_name["connect"].trigger()
    return blocker.args[0]


def test_window_lists_providers_with_their_states(window):
    assert window.windowTitle() == "tokenmgr"
    assert rows(window) == [(0, "Example Corp", "ready"), (0, "Not Yet", "not configured")]


def test_connect_shows_progress_then_the_connected_account(qtbot, window, browser):
    result = connect(qtbot, window)
    assert result.name == "alice"
    assert browser.pages and browser.pages[0][0] == 200
    assert "approved" in browser.pages[0][1]
    qtbot.waitUntil(lambda: (1, "alice", "expires in 1 h") in rows(window), timeout=5000)
    assert rows(window)[0] == (0, "Example Corp", "connected")
    assert "Connected example: alice." in window.message.text()
    assert not window.progress.isVisible()


def test_progress_dialog_shows_the_url_and_cancel_ends_the_flow(qtbot, window, browser):
    browser.answer = None  # the user never approves
    assert window.select_key("example")
    window.actions_by_name["connect"].trigger()
    qtbot.waitUntil(lambda: "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in window.progress.url.text(),
                    timeout=5000)
    assert window.progress.isVisible()
    assert not window.actions_by_name["connect"].isEnabled()  # one sign-in at a time
    with qtbot.waitSignal(window.connect_finished, timeout=5000) as blocker:
        window.progress.buttons.rejected.emit()
    assert isinstance(blocker.args[0], FlowCancelledError)
    assert window.message.text() == "Sign-in cancelled."
    assert window.actions_by_name["connect"].isEnabled()


def test_denied_sign_in_is_shown_in_plain_words_and_stores_nothing(qtbot, window, browser,
                                                                    memory_keyring):
    browser.answer = {"error": "access_denied"}
    result = connect(qtbot, window)
    assert isinstance(result, NotApprovedError)
    assert "not approved" in window.message.text()
    assert memory_keyring.items == {}


def test_provider_error_description_is_shown_as_plain_text(qtbot, window, browser):
    browser.answer = {"error": "server_error", "error_description": "<b>down</b> for maintenance"}
    connect(qtbot, window)
    assert "<b>down</b> for maintenance" in window.message.text()
    assert isinstance(window.message, QLabel)
    assert window.message.textFormat().name == "PlainText"


def test_copy_puts_the_token_on_the_clipboard_marked_concealed(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        window.actions_by_name["copy"].trigger()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == ACCESS
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"


def test_copied_token_is_cleared_after_the_timeout(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    window.clipboard.clear_seconds = 0.05
    with qtbot.waitSignal(window.clipboard.cleared, timeout=5000) as blocker:
        window.actions_by_name["copy"].trigger()
    assert blocker.args == [True]
    assert QGuiApplication.clipboard().text() == ""


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


def test_refused_keyring_opens_the_window_read_only(qtbot, service, tmp_path):
    from keyring.backends.null import Keyring as NullKeyring

    service.store = TokenStore(KeyringAccess(NullKeyring()), tmp_path / "lock")
    win = MainWindow(service, open_browser=lambda url: None)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    assert win.read_only
    assert "Read-only" in win.message.text()
    win.select_key("example")
    assert not win.actions_by_name["connect"].isEnabled()
    assert [r[1] for r in rows(win)] == ["Example Corp", "Not Yet"]


def test_disconnect_forgets_the_account(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.actions_by_name["disconnect"].trigger()
    wait_idle(qtbot, window.runner)
    qtbot.waitUntil(lambda: (1, "alice", "expires in 1 h") not in rows(window), timeout=5000)


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


def test_configure_saves_the_client_id_to_the_file_and_the_secret_to_the_keyring(
        qtbot, window, memory_keyring, tmp_path):
    assert window.select_key("unset")
    window.actions_by_name["configure"].trigger()
    dialog = window.configure_dialog
    assert dialog.redirect_uri.text() == "http://127.0.0.1/callback"
    dialog.client_id.setText("my-client")
    dialog.client_secret.setText("my-secret-value")
    with qtbot.waitSignal(window.message_shown, timeout=5000,
                          check_params_cb=lambda text: text.startswith("Configured")):
        dialog.accept()
    text = (tmp_path / "providers.toml").read_text()
    assert 'client_id = "my-client"' in text and "my-secret-value" not in text
    assert memory_keyring.items[("tokenmgr", "client-secret/unset")] == "my-secret-value"


def test_the_first_row_is_selected_so_the_actions_work_at_once(window):
    assert window.selected()[0] == "provider"
    assert window.actions_by_name["configure"].isEnabled()


def test_show_token_keeps_it_masked_until_revealed(qtbot, window):
    from PySide6.QtWidgets import QLineEdit

    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    window.actions_by_name["reveal"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "reveal_dialog", None) is not None, timeout=5000)
    dialog = window.reveal_dialog
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert ACCESS not in dialog.field.displayText()
    dialog.reveal.setChecked(True)
    assert dialog.field.displayText() == ACCESS
    assert ACCESS not in dialog.windowTitle() + dialog.field.accessibleName()
    dialog.reject()
    assert dialog.field.text() == ""


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


def test_a_clear_that_did_not_take_is_reported(qtbot, window):
    from tokenmgr.ui.clipboard import SecretClipboard

    clipboard = SecretClipboard(StubbornClipboard(), clear_seconds=0.01)
    window.clipboard = clipboard
    clipboard.cleared.connect(window._on_clipboard_cleared)
    with qtbot.waitSignal(clipboard.cleared, timeout=5000) as blocker:
        clipboard.copy("a-token-value")
    assert blocker.args == [False]
    assert "could not be cleared" in window.message.text()


def test_copy_never_uses_the_x11_primary_selection(qtbot, window):
    from PySide6.QtGui import QClipboard

    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    QGuiApplication.clipboard().setText("primary-before", QClipboard.Mode.Selection)
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        window.actions_by_name["copy"].trigger()
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Selection) != ACCESS
