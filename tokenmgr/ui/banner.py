"""A problem shown with the button that fixes it; hidden when there is no problem."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from tokenmgr.ui.text import plain_label

FIX_SIGN_IN = "sign_in"
FIX_RETRY = "retry"
FIX_UNLOCK = "unlock"
FIX_LABELS = {FIX_SIGN_IN: "&Sign in again", FIX_RETRY: "&Retry now",
              FIX_UNLOCK: "&Unlock keyring"}


class Banner(QFrame):
    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fix: str = ""
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#banner { background: palette(alternate-base); "
                           "border: 1px solid #c88a00; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        self.message = plain_label("", self)
        self.message.setAccessibleName("Problem")
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self.fix_requested.emit(self._fix))
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self._fix = ""
        self.hide()

    @property
    def fix(self) -> str:
        parent = self.parentWidget()
        return self._fix if parent is not None and self.isVisibleTo(parent) else ""

    def show_problem(self, text: str, fix: str) -> None:
        self._fix = fix
        self.message.setText(text)
        self.button.setText(FIX_LABELS[fix])
        self.button.setAccessibleName(FIX_LABELS[fix].replace("&", ""))
        self.show()

    def clear(self) -> None:
        self._fix = ""
        self.message.setText("")
        self.hide()
