"""A whole-window state with what to do next: no accounts yet, keyring locked,
no keyring service."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tokenmgr.ui.text import plain_label

EMPTY, LOCKED, NO_SERVICE = "empty", "locked", "no_service"
PAGES: dict[str, tuple[str, str, str]] = {
    EMPTY: ("No accounts yet",
            "Add an account to get a token for curl, scripts and CI. Tokens are kept in your "
            "keyring, never in a file.\nScripts get a fresh one with: tokenmgr token PROVIDER",
            "&Add account…"),
    LOCKED: ("Your keyring is locked",
             "Unlock it to see and use your accounts. Your system asks for the keyring "
             "password; tokenmgr never sees it.", "&Unlock"),
    NO_SERVICE: ("No keyring service is running",
                 "Start GNOME Keyring or KWallet (or install one), then Reload. Until then "
                 "nothing can be stored and the window is read-only.", "&Reload"),
}


class StatePage(QWidget):
    action_requested = Signal(str)  # the page's kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = plain_label("", self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.body = plain_label("", self)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self.action_requested.emit(self.kind))
        for widget in (self.title, self.body):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.show_kind(EMPTY)

    def show_kind(self, kind: str) -> None:
        self.kind = kind
        title, text, button = PAGES[kind]
        self.title.setText(title)
        self.body.setText(text)
        self.button.setText(button)
        self.button.setAccessibleName(button.replace("&", "").rstrip("…"))
