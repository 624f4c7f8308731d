"""Keyboard paths and chrome: menu bar with every action, Ctrl+F, Enter copies, the
menu at the current row (Menu key, Shift+F10), full Tab order, Ctrl+Q, Ctrl+?,
confirmations with Cancel as default, default size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import ACCESS, connect
from tokenmgr.ui.text import confirm_box
from tokenmgr.ui.window_actions import ACTIONS

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(qtbot, window):
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    show_active(qtbot, window)
    window.view.setFocus()
    return window


def show_active(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_every_action_is_in_the_menu_bar_with_its_shortcut_and_an_icon(window):
    in_menus = {action for menu in window.menuBar().findChildren(type(window.menuBar()
                                                                      .addMenu("x")))
                for action in menu.actions()}
    for name in ACTIONS:
        action = window.actions_by_name[name]
        assert action in in_menus, name
        assert not action.icon().isNull(), name
    assert window.actions_by_name["quit"].shortcut().toString() == "Ctrl+Q"
    assert window.actions_by_name["search"].shortcut().toString() == "Ctrl+F"


def test_ctrl_f_focuses_the_search_and_filters_by_provider_or_scope(qtbot, shown):
    qtbot.keyClick(shown.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is shown.list.search
    qtbot.keyClicks(shown.list.search, "profile")  # a scope
    assert shown.list.visible_keys() == ["example:42"]
    shown.list.search.setText("example corp")  # the provider's name
    assert shown.list.visible_keys() == ["example:42"]
    shown.list.search.setText("nobody")
    assert shown.list.visible_keys() == []


def test_enter_on_an_account_copies_its_token(qtbot, shown):
    with qtbot.waitSignal(shown.clipboard.copied, timeout=5000):
        qtbot.keyClick(shown.view, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == ACCESS


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                  (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)],
                         ids=["menu-key", "shift-f10"])
def test_the_menu_key_opens_the_menu_at_the_current_row(qtbot, shown, keys):
    from PySide6.QtGui import QContextMenuEvent

    if keys[0] == Qt.Key.Key_Menu:  # what the platform sends for the Menu key
        rect = shown.view.visualRect(shown.view.currentIndex())
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, rect.center(),
                                  shown.view.viewport().mapToGlobal(rect.center()))
        QApplication.sendEvent(shown.view.viewport(), event)
    else:
        qtbot.keyClick(shown.view, keys[0], keys[1])
    menu = shown.context_menu
    assert menu is not None and menu.isVisible()
    row = shown.view.visualRect(shown.view.currentIndex())
    expected = shown.view.viewport().mapToGlobal(row.bottomLeft())
    assert abs(menu.pos().y() - expected.y()) <= row.height() + 2
    texts = [a.text() for a in menu.actions()]
    assert "&Copy token" in texts and "Sign &in again" in texts and "Re&move…" in texts
    menu.close()


def test_tab_reaches_every_part_and_leaves_the_list(qtbot, shown):
    shown.list.search.setFocus()
    seen = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is shown.list.search:
            break
    detail = shown.detail
    for part in (shown.view, detail.token, detail.eye, detail.copy_button,
                 detail.header_button, detail.details_toggle):
        assert part in seen, part
    bottom = [b.defaultAction().text() for b in detail.findChildren(type(detail.eye))
              if b in seen and b.defaultAction() is not None]
    assert {"Sign &in again", "Re&voke…", "Re&move…"} <= set(bottom)
    assert QApplication.focusWidget() is shown.list.search  # the order cycles


def test_ctrl_q_quits_through_the_injected_quit(qtbot, service, browser, clock):
    from tokenmgr.ui.main_window import MainWindow

    quits = []
    win = MainWindow(service, open_browser=browser, clock=clock,
                     quit_app=lambda: quits.append(1))
    qtbot.addWidget(win)
    show_active(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [1] and not win.isVisible()


def test_the_shortcuts_window_opens_from_the_help_menu(qtbot, shown):
    shown.actions_by_name["shortcuts"].trigger()
    dialog = shown.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    keys = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+Q", "Ctrl+F", "Ctrl+N", "Enter"} <= keys
    assert shown.actions_by_name["shortcuts"].shortcuts()[0].toString() == "Ctrl+?"
    dialog.reject()


@pytest.mark.parametrize("action", ["Revoke", "Remove"])
def test_confirmations_name_the_action_and_cancel_is_the_default(qtbot, action):
    box = confirm_box(None, action, "Revoke alice's token at Hidden Corp? Scripts using it "
                      "will stop working.", action)
    qtbot.addWidget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()
            if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole] == [action]
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.open()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter never destroys anything
    assert box.clickedButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_default_size_fits_everything_without_overflow(qtbot, shown):
    assert shown.width() >= 900 and shown.height() >= 560
    assert shown.minimumSizeHint().width() <= shown.width()
    for name in ("sign_in", "revoke", "remove"):
        buttons = [b for b in shown.detail.findChildren(type(shown.detail.eye))
                   if b.defaultAction() is shown.actions_by_name[name]]
        assert buttons and buttons[0].isVisible()
        right = buttons[0].mapTo(shown, buttons[0].rect().topRight()).x()
        assert right <= shown.width()
    assert shown.detail.horizontalScrollBar().maximum() == 0
    assert shown.view.horizontalScrollBar().maximum() == 0
