"""Show an account's token, masked until the user ticks Reveal (SECURITY.md #29)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

from tokenmgr.secret import Secret
from tokenmgr.ui.dialogs.configure import plain_label


class RevealTokenDialog(QDialog):
    def __init__(self, account_label: str, token: Secret, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Token — {account_label} — tokenmgr")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(f"Access token of {account_label}:", self))
        self.field = QLineEdit(self)
        self.field.setReadOnly(True)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName("Access token (hidden unless revealed)")
        self.field.setText(token.reveal())
        layout.addWidget(self.field)
        self.reveal = QCheckBox("&Reveal", self)
        self.reveal.toggled.connect(self._toggle)
        layout.addWidget(self.reveal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(lambda _: self.field.clear())  # drop it when closed

    def _toggle(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown
                               else QLineEdit.EchoMode.Password)
