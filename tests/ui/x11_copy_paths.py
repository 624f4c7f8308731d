"""Every copy path of the window on a real X server (run by test_x11_clipboard.py under
Xvfb, where the PRIMARY selection exists): the secret clipboard's concealed hint, the
token on CLIPBOARD only, PRIMARY untouched — also from the revealed field."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import ACCESS, connect

pytestmark = [pytest.mark.gui, pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs an X server (Xvfb)")]
BEFORE = "primary-before"


@pytest.fixture
def x11(qtbot, window):
    clipboard = QGuiApplication.clipboard()
    assert clipboard.supportsSelection()  # PRIMARY exists here, unlike offscreen
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    clipboard.setText(BEFORE, QClipboard.Mode.Selection)
    qtbot.waitUntil(lambda: clipboard.text(QClipboard.Mode.Selection) == BEFORE, timeout=5000)
    return window


def check(qtbot, expected: str) -> None:
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text(QClipboard.Mode.Clipboard) == expected
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.wait(50)  # let any selection traffic reach the X server before we read PRIMARY
    assert clipboard.text(QClipboard.Mode.Selection) == BEFORE


def copied(qtbot, window, trigger) -> None:
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        trigger()


def test_copy_action_and_header(qtbot, x11):
    copied(qtbot, x11, x11.actions_by_name["copy"].trigger)
    check(qtbot, ACCESS)
    copied(qtbot, x11, x11.actions_by_name["copy_header"].trigger)
    check(qtbot, f"Bearer {ACCESS}")


def test_enter_and_double_click_on_the_row(qtbot, x11):
    x11.view.setFocus()
    copied(qtbot, x11, lambda: qtbot.keyClick(x11.view, Qt.Key.Key_Return))
    check(qtbot, ACCESS)
    centre = x11.view.visualRect(x11.view.currentIndex()).center()
    viewport = x11.view.viewport()

    def double_click() -> None:  # what the X server delivers: a click, then a double click
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)

    copied(qtbot, x11, double_click)
    check(qtbot, ACCESS)


def test_detail_pane_buttons(qtbot, x11):
    copied(qtbot, x11, x11.detail.copy_button.click)
    check(qtbot, ACCESS)
    copied(qtbot, x11, x11.detail.header_button.click)
    check(qtbot, f"Bearer {ACCESS}")


def test_revealed_field_copies_through_the_secret_clipboard_and_never_selects(qtbot, x11):
    field = x11.detail.token
    x11.detail.eye.click()
    qtbot.waitUntil(lambda: field.text() == ACCESS, timeout=5000)
    # Try to select the revealed token with the mouse, as a user would.
    qtbot.mousePress(field, Qt.MouseButton.LeftButton, pos=QPoint(2, field.height() // 2))
    qtbot.mouseMove(field, QPoint(field.width() - 2, field.height() // 2))
    qtbot.mouseRelease(field, Qt.MouseButton.LeftButton,
                       pos=QPoint(field.width() - 2, field.height() // 2))
    assert not field.hasSelectedText()
    qtbot.wait(50)
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Selection) == BEFORE
    field.setFocus()
    copied(qtbot, x11, lambda: qtbot.keyClick(field, Qt.Key.Key_C,
                                               Qt.KeyboardModifier.ControlModifier))
    check(qtbot, ACCESS)


def test_sign_dialog_copies(qtbot, x11):
    x11.actions_by_name["sign"].trigger()
    dialog = x11.sign_dialog
    dialog.url.setText("https://api.example/items")
    copied(qtbot, x11, dialog.copy_header.click)
    check(qtbot, f"Bearer {ACCESS}")
    copied(qtbot, x11, dialog.copy_curl.click)
    check(qtbot, f"curl -X GET -H 'Authorization: Bearer {ACCESS}' https://api.example/items")
    dialog.reject()


def test_tray_copy(qtbot, x11):
    from PySide6.QtGui import QIcon

    from tokenmgr.ui.tray import AccountTray

    tray = AccountTray(QIcon(), lambda: None, x11.accounts.copy, lambda: None, x11)
    tray.set_accounts(x11.model.summaries(), {"example": "Example Corp"})
    action = next(a for a in tray.menu.actions() if a.text().startswith("Copy alice"))
    copied(qtbot, x11, action.trigger)
    check(qtbot, ACCESS)


def test_the_copy_is_cleared_from_the_x_clipboard_after_the_timeout(qtbot, x11):
    x11.clipboard.clear_seconds = 0.2
    copied(qtbot, x11, x11.actions_by_name["copy"].trigger)
    with qtbot.waitSignal(x11.clipboard.cleared, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == ""
