"""The window's recovery path when the browser cannot reach tokenmgr (issue 19, item 4).

Self-contained panel for the connect sheet: the sign-in link (copy it, or scan
the QR code with a phone), and a field for the address the browser landed on
(or the bare code). ``submit`` is the flow's ``submit_landing``: it validates
the paste exactly like a redirect (state, ``iss``) and raises a FlowError the
panel shows as plain text; the loopback catcher keeps listening meanwhile.
Where the provider offers the device grant, one button asks to switch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.errors import FlowError
from tokenmgr.ui.connect.qr_label import QrLabel


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class LandingPastePanel(QWidget):
    accepted = Signal()  # the pasted answer was taken: the sign-in goes on
    device_requested = Signal()  # the user chose a one-time code instead

    def __init__(self, url: str, submit: Callable[[str], None], *,
                 landing_prefix: str | None = None, copy: Callable[[str], None] | None = None,
                 device_available: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._copy = copy
        self.url = url
        layout = QVBoxLayout(self)
        layout.addWidget(_plain("Open this link in a browser, on this or any other device:",
                                self))
        row = QHBoxLayout()
        self.link = QLineEdit(url, self)
        self.link.setReadOnly(True)
        self.link.setAccessibleName("Sign-in link")
        row.addWidget(self.link)
        self.copy_button = QPushButton("&Copy link", self)
        self.copy_button.clicked.connect(self._copy_link)
        self.copy_button.setVisible(copy is not None)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.qr = QrLabel(url, self)
        self.qr.setAccessibleName("QR code of the sign-in link")
        layout.addWidget(self.qr)
        where = landing_prefix or "an address starting with http://127.0.0.1"
        layout.addWidget(_plain(
            f"After you approve, the browser lands on {where} — it may say it cannot "
            "connect. Paste that whole address (or the code) here. tokenmgr keeps "
            "listening too, in case the browser reaches it.", self))
        paste_row = QHBoxLayout()
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("http://127.0.0.1:…/callback?code=…&state=…")
        self.field.setAccessibleName("Address the browser landed on")
        self.field.returnPressed.connect(self.submit)
        paste_row.addWidget(self.field)
        self.continue_button = QPushButton("C&ontinue", self)
        self.continue_button.clicked.connect(self.submit)
        paste_row.addWidget(self.continue_button)
        layout.addLayout(paste_row)
        self.error = _plain("", self)
        self.error.setAccessibleName("Problem with the pasted address")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.device_button = QPushButton("Sign in with a one-time &code instead", self)
        self.device_button.clicked.connect(self.device_requested)
        self.device_button.setVisible(device_available)
        layout.addWidget(self.device_button)

    def _copy_link(self) -> None:
        if self._copy is not None:
            self._copy(self.url)

    def submit(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        try:
            self._submit(text)
        except FlowError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.field.clear()  # the code is single-use; do not leave it on screen
        self.field.setEnabled(False)
        self.continue_button.setEnabled(False)
        self.accepted.emit()
