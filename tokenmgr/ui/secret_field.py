"""A secret shown masked or revealed, never selectable: copying it goes through the
one ``SecretClipboard`` (concealed, timed clear) and never into X11 PRIMARY."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from tokenmgr.secret import Secret

MASK = "•" * 12


class SecretField(QLabel):
    """Focusable (Tab reaches it), no text interaction (no selection, so nothing reaches
    PRIMARY); Ctrl+C asks for a copy through ``copy_requested``."""

    copy_requested = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self._secret: Secret | None = None
        self._revealed = False
        self._render()

    @property
    def revealed(self) -> bool:
        return self._revealed

    def set_secret(self, secret: Secret | None) -> None:
        self._secret = secret
        self._render()

    def set_revealed(self, revealed: bool) -> None:
        self._revealed = revealed
        self._render()

    def clear_secret(self) -> None:
        self._secret = None
        self._revealed = False
        self._render()

    def _render(self) -> None:
        if self._revealed and self._secret is not None:
            self.setText(self._secret.reveal())
        else:
            self.setText(MASK)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
