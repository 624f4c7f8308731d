"""Copy secrets to the clipboard the way password managers do (SECURITY.md #27).

The data carries the concealed hints clipboard managers honour, is never put
in the X11 PRIMARY selection, and is cleared after a timeout and on quit —
only while the clipboard still holds what we put there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_SECONDS = 30
KDE_HINT = "x-kde-passwordManagerHint"


def concealed_mime_data(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    data.setData(KDE_HINT, b"secret")
    if sys.platform == "darwin":  # pragma: no cover - platform specific
        data.setData("application/x-nspasteboard-concealed-type", b"secret")
    if sys.platform == "win32":  # pragma: no cover - platform specific
        data.setData("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00")
        data.setData("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00")
        data.setData("CanUploadToCloudClipboard", b"\x00\x00\x00\x00")
    return data


class SecretClipboard(QObject):
    """``copy(text)`` then clear after ``clear_seconds``; ``cleared(bool)`` says if it took."""

    copied = Signal()
    cleared = Signal(bool)

    def __init__(self, clipboard: QClipboard | None = None,
                 clear_seconds: float = DEFAULT_CLEAR_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.clear_seconds = clear_seconds
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        self._clipboard.setMimeData(concealed_mime_data(text), QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start(int(self.clear_seconds * 1000))
        self.copied.emit()

    def holds_ours(self) -> bool:
        current = self._clipboard.text(QClipboard.Mode.Clipboard)
        return self._ours is not None and current == self._ours

    def clear(self) -> None:
        """Clear if the clipboard still holds our value; report whether it is gone."""
        self._timer.stop()
        if self._ours is None:
            return
        if self.holds_ours():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        gone = self._clipboard.text(QClipboard.Mode.Clipboard) != self._ours
        self._ours = None if gone else self._ours
        self.cleared.emit(gone)
