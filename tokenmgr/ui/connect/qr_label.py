"""A QR code of a link, for a phone: the sign-in link on the recovery panel, and a
device grant's ``verification_uri_complete`` next to its user code (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget


class QrLabel(QLabel):
    def __init__(self, data: str | None = None, parent: QWidget | None = None, *,
                 scale: int = 4) -> None:
        super().__init__(parent)
        self._scale = scale
        self.data: str | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName("QR code of the link")
        self.set_data(data)

    def set_data(self, data: str | None) -> None:
        """Draw ``data`` (None or empty: nothing, hidden)."""
        self.data = data or None
        if not data:
            self.clear()
            self.setVisible(False)
            return
        from tokenmgr.qr import qr_png

        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(data, scale=self._scale), "PNG")
        self.setPixmap(pixmap)
        self.setToolTip(data)
        self.setVisible(True)
