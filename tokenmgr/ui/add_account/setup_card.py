"""Step 2 of Add account for a preset that needs an app registration: open the
provider's console, copy the exact redirect URI, paste client id (and secret).
Save stays disabled until what the provider requires is filled."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.secret import Secret
from tokenmgr.ui.icons import icon
from tokenmgr.ui.text import plain_label
from tokenmgr.values.provider import Provider


class SetupCard(QWidget):
    open_console = Signal(str)
    copy_text = Signal(str)
    save_requested = Signal(str, str, object)  # provider id, client id, Secret | None
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._provider: Provider | None = None
        self._docs_url = ""
        layout = QVBoxLayout(self)
        self.title = plain_label("", self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.step1 = plain_label("", self)
        self.open_button = QPushButton(icon("go-jump"), "&Open the console", self)
        self.open_button.clicked.connect(lambda: self.open_console.emit(self._docs_url))
        row1 = QHBoxLayout()
        row1.addWidget(self.step1, 1)
        row1.addWidget(self.open_button)
        layout.addLayout(row1)
        layout.addWidget(plain_label("2. Register this exact redirect URI:", self))
        self.redirect_uri = QLineEdit(self)
        self.redirect_uri.setReadOnly(True)
        self.redirect_uri.setAccessibleName("Redirect URI to register")
        self.copy_uri = QPushButton(icon("edit-copy"), "Cop&y", self)
        self.copy_uri.setAccessibleName("Copy the redirect URI")
        self.copy_uri.clicked.connect(lambda: self.copy_text.emit(self.redirect_uri.text()))
        row2 = QHBoxLayout()
        row2.addWidget(self.redirect_uri, 1)
        row2.addWidget(self.copy_uri)
        layout.addLayout(row2)
        layout.addWidget(plain_label("3. Paste what the console gives you:", self))
        form = QFormLayout()
        self.client_id = QLineEdit(self)
        self.client_id.setAccessibleName("Client id")
        self.client_secret = QLineEdit(self)
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setAccessibleName("Client secret")
        form.addRow("Client &id:", self.client_id)
        form.addRow("Client &secret:", self.client_secret)
        layout.addLayout(form)
        self.requirement = plain_label("", self)
        layout.addWidget(self.requirement)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back = QPushButton("&Back", self)
        self.back.clicked.connect(self.back_requested.emit)
        self.save = QPushButton("Save and &connect", self)
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.client_id.textChanged.connect(self._validate)
        self.client_secret.textChanged.connect(self._validate)

    def set_provider(self, provider: Provider) -> None:
        self._provider = provider
        self._docs_url = provider.docs_url or ""
        self.title.setText(f"Set up {provider.name}")
        self.step1.setText(f"1. Register tokenmgr as an OAuth app in {provider.name}'s "
                           "developer console.")
        self.open_button.setEnabled(bool(self._docs_url))
        self.open_button.setToolTip("Opens the console in your browser" if self._docs_url
                                    else "No console address is known for this provider")
        self.redirect_uri.setText(provider.redirect_uri_to_register)
        self.redirect_uri.setCursorPosition(0)
        self.client_id.setText(provider.client_id or "")
        self.client_secret.clear()
        self._validate()

    def missing(self) -> list[str]:
        if self._provider is None:
            return ["a provider"]
        need = [] if self.client_id.text().strip() else ["the client id"]
        if self._provider.client_secret_required and not self.client_secret.text():
            need.append("the client secret")
        return need

    def _validate(self) -> None:
        need = self.missing()
        self.save.setEnabled(not need)
        self.requirement.setText(f"{self._provider.name if self._provider else ''} needs "
                                 f"{' and '.join(need)}." if need else "")

    def _save(self) -> None:
        if self.missing() or self._provider is None:
            return
        secret = self.client_secret.text()
        self.save_requested.emit(self._provider.id, self.client_id.text().strip(),
                                 Secret(secret) if secret else None)
