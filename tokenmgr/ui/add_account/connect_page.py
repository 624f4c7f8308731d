"""Step 3 of Add account (and Sign in again): waiting for the browser, with Copy link,
Open again and Cancel; a PIN / pasted-code field and a device code when that is the
path; the outcome in the provider's words, as plain text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.ui.connect.landing_paste import LandingPastePanel
from tokenmgr.ui.connect.qr_label import QrLabel
from tokenmgr.ui.icons import icon
from tokenmgr.ui.text import plain_label


class ConnectPage(QWidget):
    copy_text = Signal(str)
    open_again = Signal()
    cancel_requested = Signal()
    code_entered = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = ""
        layout = QVBoxLayout(self)
        self.message = plain_label("", self)
        self.message.setAccessibleName("Sign-in status")
        layout.addWidget(self.message)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName("Waiting for the browser")
        layout.addWidget(self.progress)
        self.user_code = plain_label("", self)
        font = QFont("monospace")
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.user_code.setFont(font)
        self.user_code.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.user_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_code.setAccessibleName("One-time code to enter on the provider's page")
        self.user_code.hide()
        layout.addWidget(self.user_code)
        # The verification page as a QR code, for a phone (RFC 8628 §3.3.1).
        self.user_code_qr = QrLabel(parent=self)
        self.user_code_qr.setAccessibleName("QR code of the page where the code goes")
        layout.addWidget(self.user_code_qr)
        self.code = QLineEdit(self)
        self.code.setAccessibleName("Code from the provider")
        self.code_button = QPushButton("&Submit code", self)
        self.code.returnPressed.connect(self._submit)
        self.code_button.clicked.connect(self._submit)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.code_button)
        layout.addLayout(code_row)
        self.landing_toggle = QPushButton("Browser on another machine? &Paste the address…", self)
        self.landing_toggle.setAccessibleName("Paste the address the browser landed on")
        self.landing_toggle.clicked.connect(self._show_landing)
        self.landing_toggle.hide()
        layout.addWidget(self.landing_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.landing: LandingPastePanel | None = None
        self.landing_holder = QVBoxLayout()
        layout.addLayout(self.landing_holder)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.copy_link = QPushButton(icon("edit-copy"), "Copy &link", self)
        self.open_button = QPushButton(icon("go-jump"), "&Open again", self)
        self.cancel = QPushButton(icon("process-stop"), "Cancel", self)
        self.close_button = QPushButton("&Close", self)
        self.copy_link.clicked.connect(lambda: self.copy_text.emit(self._url))
        self.open_button.clicked.connect(self.open_again.emit)
        self.cancel.clicked.connect(self.cancel_requested.emit)
        self.close_button.clicked.connect(self.close_requested.emit)
        for button in (self.copy_link, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._url = ""
        self._code_visible(False)

    def _code_visible(self, shown: bool) -> None:
        self.code.setVisible(shown)
        self.code_button.setVisible(shown)

    def start(self, provider_name: str) -> None:
        self._url = ""
        self._drop_landing()
        self.message.setText(f"Waiting for you in the browser… Approve tokenmgr to connect "
                             f"{provider_name}.")
        self.progress.show()
        self.user_code.hide()
        self.user_code_qr.set_data(None)
        self._code_visible(False)
        self.code.clear()
        self.copy_link.setEnabled(False)
        self.open_button.setEnabled(False)
        self.cancel.show()
        self.close_button.hide()

    def show_url(self, url: str) -> None:
        self._url = url
        self.copy_link.setEnabled(True)
        self.open_button.setEnabled(True)

    def offer_landing(self, url: str, submit: Callable[[str], None]) -> None:
        """The way on when the browser cannot reach tokenmgr (another machine, SSH):
        the link as text and QR code, and a field for the address it landed on."""
        self._drop_landing()
        self.landing = LandingPastePanel(url, submit, parent=self)
        self.landing.hide()
        self.landing_holder.addWidget(self.landing)
        self.landing_toggle.show()

    def _drop_landing(self) -> None:
        if self.landing is not None:
            self.landing.hide()
            self.landing.deleteLater()
            self.landing = None
        self.landing_toggle.hide()

    def _show_landing(self) -> None:
        if self.landing is not None:
            self.landing_toggle.hide()
            self.landing.show()
            self.landing.field.setFocus()

    def show_user_code(self, code: str, uri: str) -> None:
        self.message.setText(f"Enter this one-time code at {uri} and approve tokenmgr. "
                             "Check that the page asks for the same code:")
        self.user_code.setText(code)
        self.user_code.show()
        self.user_code_qr.set_data(uri)

    def ask_code(self, prompt: str) -> None:
        self.message.setText(prompt)
        self._code_visible(True)
        self.code.setFocus()

    def _submit(self) -> None:
        text = self.code.text().strip()
        if text:
            self._code_visible(False)
            self.code_entered.emit(text)

    def finish(self, text: str) -> None:
        """The sign-in ended without success: say why, offer Close."""
        self.message.setText(text)
        self.progress.hide()
        self._code_visible(False)
        self.cancel.hide()
        self.close_button.show()
        self.close_button.setFocus()
