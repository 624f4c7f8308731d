"""Configure a provider: client id (to providers.toml) and secret (to the keyring).

Shows the exact redirect URI to register with the provider. The secret field
is a password field; leaving it empty keeps the stored secret.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A QLabel that never renders rich text (SECURITY.md #30)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label


class ConfigureDialog(QDialog):
    def __init__(self, provider: Provider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Configure {provider.name} — tokenmgr")
        self.provider = provider
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            f"Register an OAuth application with {provider.name}, then enter its client id "
            "here. The client secret (if the provider gives one) is kept in the system "
            "keyring, never in a file.", self))
        form = QFormLayout()
        self.client_id = QLineEdit(provider.client_id or "", self)
        self.client_id.setAccessibleName("Client id")
        self.client_secret = QLineEdit(self)
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(
            "required" if provider.client_secret_required else "optional; empty keeps it")
        self.client_secret.setAccessibleName("Client secret")
        self.redirect_uri = QLineEdit(provider.redirect_uri_to_register, self)
        self.redirect_uri.setReadOnly(True)
        self.redirect_uri.setAccessibleName("Redirect URI to register")
        form.addRow("Client &id:", self.client_id)
        form.addRow("Client &secret:", self.client_secret)
        form.addRow("&Redirect URI:", self.redirect_uri)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = plain_label("", self)
        layout.addWidget(self.error)

    def _accept_if_valid(self) -> None:
        if not self.client_id.text().strip():
            self.error.setText("Enter the client id the provider gave you.")
            return
        self.accept()

    def values(self) -> tuple[str, Secret | None]:
        secret = self.client_secret.text()
        return self.client_id.text().strip(), Secret(secret) if secret else None
