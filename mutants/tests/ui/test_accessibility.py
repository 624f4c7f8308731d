"""Every focusable widget of the window and its dialogs has an accessible name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tokenmgr.secret import Secret
from tokenmgr.ui.dialogs.configure import ConfigureDialog
from tokenmgr.ui.dialogs.connect_progress import ConnectProgressDialog
from tokenmgr.ui.dialogs.reveal import RevealTokenDialog
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
    window.show()
    assert unnamed_focusable(window) == []


@pytest.mark.parametrize("make", [
    lambda p: ConfigureDialog(p, None),
    lambda p: ConnectProgressDialog(p.name),
    lambda p: SignRequestDialog("x: y", lambda *a: None, lambda text: None),
    lambda p: RevealTokenDialog("x: y", Secret("t0ken-value")),
], ids=["configure", "connect", "sign", "reveal"])
def test_dialog_widgets_have_accessible_names(qtbot, make, service):
    dialog = make(service.provider("example"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_focusable(dialog) == []
