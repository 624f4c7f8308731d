"""Follow a Connect: the URL being opened, waiting, a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QProgressBar, QVBoxLayout

from tokenmgr.ui.dialogs.configure import plain_label


class ConnectProgressDialog(QDialog):
    """Non-modal; ``cancel_requested`` fires once when the user cancels or closes it."""

    cancel_requested = Signal()
    url_ready = Signal(str)  # emitted from the worker thread, shown on the GUI thread
    user_code_ready = Signal(str, str)  # device grant: (user code, verification URI)

    def __init__(self, provider_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Connecting {provider_name} — tokenmgr")
        layout = QVBoxLayout(self)
        self.message = plain_label(
            f"Approve tokenmgr in your browser to connect {provider_name}. "
            "If no browser opened, open this address yourself:", self)
        layout.addWidget(self.message)
        self.url = QLineEdit(self)
        self.url.setReadOnly(True)
        self.url.setPlaceholderText("starting…")
        self.url.setAccessibleName("Authorization address")
        layout.addWidget(self.url)
        self.user_code = QLineEdit(self)
        self.user_code.setReadOnly(True)
        self.user_code.setAccessibleName("One-time code to enter on the provider's page")
        self.user_code.hide()
        layout.addWidget(self.user_code)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setAccessibleName("Waiting for the browser")
        layout.addWidget(bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url_ready.connect(self.url.setText)
        self.user_code_ready.connect(self._show_user_code)
        self._finished = False

    def _show_user_code(self, code: str, uri: str) -> None:
        self.message.setText(f"Enter this one-time code at {uri} and approve tokenmgr. "
                             "Check that the page asks for the same code:")
        self.user_code.setText(code)
        self.user_code.show()

    def reject(self) -> None:
        if not self._finished:
            self._finished = True
            self.cancel_requested.emit()
        super().reject()

    def finish(self) -> None:
        """Close without cancelling (the flow ended by itself)."""
        self._finished = True
        self.accept()
