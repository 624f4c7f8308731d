""""Other provider…": add (or edit) a provider from its issuer URL, or endpoints by hand.

Self-contained: the window gives it ``submit(fn, on_success, on_error)`` (a
TaskRunner's) and ``probe(issuer) -> report`` (default: tokenmgr's discovery);
**Test** runs the probe off the UI thread and shows what the issuer offers
(endpoints, PKCE methods, device grant, revocation, RFC 9207 ``iss``). **Save**
checks the entry the way providers.toml loading does, then emits ``saved`` with
``(provider_id, values, client_secret, is_new)``; the window writes it (file and
keyring work belong off the UI thread). In edit mode **Remove** emits
``remove_requested(provider_id)``. Provider text is shown as plain text only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.errors import ConfigError, TokenmgrError
from tokenmgr.providers.config import check_entry
from tokenmgr.secret import Secret

Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                  None]
DEFAULT_SCOPES = "openid profile email"
_BY_HAND = (("authorize_url", "&Authorization URL:"), ("token_url", "&Token URL:"),
            ("revoke_url", "Re&vocation URL:"), ("userinfo_url", "&Account (userinfo) URL:"),
            ("device_authorization_url", "&Device authorization URL:"))


def default_probe(issuer: str) -> dict[str, Any]:
    """tokenmgr's discovery, imported when first used (network stack included)."""
    from tokenmgr.oauth.discovery import probe_issuer
    from tokenmgr.oauth.http import HttpClient

    http = HttpClient()
    try:
        return probe_issuer(http, issuer)
    finally:
        http.close()


def describe_report(report: dict[str, Any]) -> str:
    def yes(flag: object) -> str:
        return "yes" if flag else "no"

    lines = [f"Issuer: {report.get('issuer')}",
             f"Metadata: {report.get('metadata_url')}"]
    for key, label in (("authorization_endpoint", "Authorization"),
                       ("token_endpoint", "Token"), ("userinfo_endpoint", "Account (userinfo)"),
                       ("revocation_endpoint", "Revocation"),
                       ("device_authorization_endpoint", "Device authorization")):
        lines.append(f"{label}: {report.get(key) or '—'}")
    methods = report.get("pkce_methods") or []
    lines.append("PKCE: " + (", ".join(str(m) for m in methods) if methods else "not advertised"))
    lines.append(f"Device grant: {yes(report.get('device_grant'))}")
    lines.append(f"Revocation: {yes(report.get('revocation'))}")
    lines.append(f"Issuer in redirects (RFC 9207): {yes(report.get('iss_parameter'))}")
    return "\n".join(lines)


class OtherProviderWidget(QWidget):
    saved = Signal(str, dict, object, bool)  # id, providers.toml values, Secret | None, new
    remove_requested = Signal(str)
    tested = Signal(bool)  # the Test finished (ok or not): for the window and tests

    def __init__(self, submit: Submit, probe: Callable[[str], dict[str, Any]] = default_probe,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._probe = probe
        self._new = True
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.provider_id = self._line(form, "I&d:", "Provider id", "e.g. corp-sso")
        self.name = self._line(form, "&Name:", "Provider name", "shown in the list")
        issuer_row = QHBoxLayout()
        self.issuer = QLineEdit(self)
        self.issuer.setAccessibleName("Issuer URL")
        self.issuer.setPlaceholderText("https://idp.example.com/realms/dev")
        self.test_button = QPushButton("&Test", self)
        self.test_button.setAccessibleName("Test the issuer")
        self.test_button.clicked.connect(self.test)
        issuer_row.addWidget(self.issuer)
        issuer_row.addWidget(self.test_button)
        form.addRow("&Issuer URL:", issuer_row)
        layout.addLayout(form)
        self.report = QPlainTextEdit(self)  # plain text: provider text is never markup
        self.report.setReadOnly(True)
        self.report.setAccessibleName("What the issuer offers")
        self.report.setMaximumHeight(160)
        layout.addWidget(self.report)
        self.by_hand = QCheckBox("Enter the &endpoints by hand", self)
        self.by_hand.toggled.connect(self._show_endpoints)
        layout.addWidget(self.by_hand)
        self._endpoints_box = QWidget(self)
        endpoints = QFormLayout(self._endpoints_box)
        self.endpoints = {key: self._line(endpoints, label, label.replace("&", "").rstrip(":"),
                                          "https://…") for key, label in _BY_HAND}
        layout.addWidget(self._endpoints_box)
        self._endpoints_box.setVisible(False)
        creds = QFormLayout()
        self.client_id = self._line(creds, "&Client id:", "Client id", "from the provider")
        self.client_secret = self._line(creds, "Client &secret:", "Client secret",
                                        "optional; kept in the keyring")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.scopes = self._line(creds, "Sc&opes:", "Scopes", "space-separated")
        self.scopes.setText(DEFAULT_SCOPES)
        layout.addLayout(creds)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton("&Remove provider…", self)
        self.remove_button.clicked.connect(
            lambda: self.remove_requested.emit(self.provider_id.text().strip()))
        self.remove_button.setVisible(False)
        self.save_button = QPushButton("Sa&ve", self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def _line(self, form: QFormLayout, label: str, accessible: str, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(hint)
        form.addRow(label, edit)
        return edit

    def _show_endpoints(self, on: bool) -> None:
        self._endpoints_box.setVisible(on)

    # --- edit mode -------------------------------------------------------------

    def load(self, provider_id: str, values: dict[str, Any]) -> None:
        """Edit an existing provider: its id is fixed; Remove is offered."""
        self._new = False
        self.provider_id.setText(provider_id)
        self.provider_id.setReadOnly(True)
        self.name.setText(str(values.get("name") or ""))
        self.issuer.setText(str(values.get("issuer") or ""))
        self.client_id.setText(str(values.get("client_id") or ""))
        self.client_secret.setPlaceholderText("empty keeps the stored secret")
        scopes = values.get("scopes")
        if isinstance(scopes, list | tuple):
            self.scopes.setText(" ".join(str(s) for s in scopes))
        by_hand = False
        for key, edit in self.endpoints.items():
            edit.setText(str(values.get(key) or ""))
            by_hand = by_hand or bool(values.get(key))
        self.by_hand.setChecked(by_hand)
        self.remove_button.setVisible(True)

    # --- Test --------------------------------------------------------------------

    def test(self) -> None:
        issuer = self.issuer.text().strip()
        if not issuer:
            self._say("Enter the issuer URL first.")
            return
        self.test_button.setEnabled(False)
        self.report.setPlainText("")
        self._say(f"Fetching {issuer}'s metadata…")
        probe = self._probe
        self._submit(lambda: probe(issuer), self._tested, self._test_failed)

    def _tested(self, report: dict[str, Any]) -> None:
        self.test_button.setEnabled(True)
        self.report.setPlainText(describe_report(report))
        self._say("Found the provider's metadata.")
        self.tested.emit(True)

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        text = str(error) if isinstance(error, TokenmgrError) else (
            f"The test failed ({type(error).__name__}).")
        self._say(text)
        self.tested.emit(False)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # --- Save --------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, edit in (("name", self.name), ("issuer", self.issuer),
                          ("client_id", self.client_id)):
            if edit.text().strip():
                values[key] = edit.text().strip()
        if self.by_hand.isChecked():
            for key, edit in self.endpoints.items():
                if edit.text().strip():
                    values[key] = edit.text().strip()
        scopes = self.scopes.text().replace(",", " ").split()
        if scopes:
            values["scopes"] = scopes
        if "openid" in scopes:
            values.setdefault("account_name_field", "preferred_username")
            values.setdefault("account_id_field", "sub")
        return values

    def save(self) -> None:
        provider_id = self.provider_id.text().strip()
        values = self.values()
        problem = None
        if not provider_id:
            problem = "Give the provider an id."
        elif not values.get("client_id"):
            problem = "Enter the client id the provider gave you."
        elif not values.get("issuer") and not (values.get("authorize_url")
                                               and values.get("token_url")):
            problem = "Enter the issuer URL, or the authorization and token URLs by hand."
        if problem is None:
            try:
                check_entry(provider_id, values)
            except ConfigError as exc:
                problem = str(exc)
        if problem is not None:
            self._say(problem)
            return
        values.setdefault("name", provider_id)
        secret_text = self.client_secret.text()
        secret = Secret(secret_text) if secret_text else None
        self.client_secret.clear()
        self._say("")
        self.saved.emit(provider_id, values, secret, self._new)
