"""Sign a request with an account: method, URL, form body → header or curl command.

An OAuth 1 token is useless without a signature over the exact request, so
the window builds one here (oauthlib signs, in a worker); for OAuth 2 accounts
the header is simply ``Bearer …``.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.ui.text import plain_label

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def parse_body(text: str) -> list[tuple[str, str]]:
    """``key=value`` per line, in order, repeated keys kept; blank lines ignored."""
    body: list[tuple[str, str]] = []
    for line in text.splitlines():
        if line.strip():
            key, _, value = line.partition("=")
            body.append((key.strip(), value))
    return body


def curl_command(method: str, url: str, header: str, body: list[tuple[str, str]]) -> str:
    parts = ["curl", "-X", method, "-H", f"Authorization: {header}"]
    for key, value in body:
        parts += ["--data-urlencode", f"{key}={value}"]
    parts.append(url)
    return " ".join(shlex.quote(p) for p in parts)


class SignRequestDialog(QDialog):
    """``sign(method, url, body, deliver)`` runs in a worker and calls ``deliver(header)``."""

    def __init__(self, account_label: str,
                 sign: Callable[[str, str, list[tuple[str, str]], Callable[[str], None]], None],
                 copy: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Sign a request — {account_label} — tokenmgr")
        self._sign = sign
        self._copy = copy
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.method = QComboBox(self)
        self.method.addItems(METHODS)
        self.method.setAccessibleName("HTTP method")
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://api.example.com/1.1/account/settings.json")
        self.url.setAccessibleName("Request URL")
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText("form body, one key=value per line (optional)")
        self.body.setAccessibleName("Form body parameters")
        form.addRow("&Method:", self.method)
        form.addRow("&URL:", self.url)
        form.addRow("&Body:", self.body)
        layout.addLayout(form)
        self.status = plain_label("", self)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_header = QPushButton("Copy &header", self)
        self.copy_curl = QPushButton("Copy as c&url", self)
        buttons.addButton(self.copy_header, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_curl, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_header.clicked.connect(lambda: self._run(as_curl=False))
        self.copy_curl.clicked.connect(lambda: self._run(as_curl=True))
        layout.addWidget(buttons)

    def _run(self, *, as_curl: bool) -> None:
        method, url = self.method.currentText(), self.url.text().strip()
        if not url:
            self.status.setText("Enter the request's URL.")
            return
        body = parse_body(self.body.toPlainText())

        def deliver(header: str) -> None:
            self._copy(curl_command(method, url, header, body) if as_curl else header)
            self.status.setText("Copied curl command." if as_curl else "Copied header.")

        self.status.setText("Signing…")
        self._sign(method, url, body, deliver)
