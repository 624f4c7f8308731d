"""Every focusable widget of the window and its dialogs has an accessible name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tokenmgr.settings import Settings
from tokenmgr.ui.add_account.connect_page import ConnectPage
from tokenmgr.ui.add_account.picker import ProviderPicker
from tokenmgr.ui.add_account.setup_card import SetupCard
from tokenmgr.ui.dialogs.settings import SettingsDialog
from tokenmgr.ui.dialogs.sign_request import SignRequestDialog

pytestmark = pytest.mark.gui


def unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip() and widget is not root:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_widgets_have_accessible_names(qtbot, window):
    from tests.ui.conftest import connect

    window.show()
    assert unnamed_focusable(window) == []  # the empty state
    connect(qtbot, window)
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    assert unnamed_focusable(window) == []  # list + detail pane


def _setup(p):
    card = SetupCard()
    card.set_provider(p)
    return card


def _connect(p):
    page = ConnectPage()
    page.start(p.name)
    page.ask_code("Enter the PIN")
    return page


@pytest.mark.parametrize("make", [
    _setup, _connect,
    lambda p: ProviderPicker(),
    lambda p: SignRequestDialog("x: y", lambda *a: None, lambda text: None),
    lambda p: SettingsDialog(Settings(), tray_available=True),
], ids=["setup", "connect", "picker", "sign", "settings"])
def test_dialog_widgets_have_accessible_names(qtbot, make, service):
    dialog = make(service.provider("example"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_focusable(dialog) == []
