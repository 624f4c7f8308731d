"""A decoded token for the detail pane: header, claims table, audience, scopes/roles.

Self-contained (issue 19, item 1): give it a token with ``set_token``; it decodes
locally (``tokenmgr.oauth.claims``), never sends anything, and keeps the raw
token masked until "Reveal" is ticked. Every provider-supplied string is shown as
plain text (labels in PlainText format, table items are never rich text).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.oauth.claims import DecodedToken, decode_token, header_summary
from tokenmgr.secret import Secret

COLUMNS = ("Claim", "Meaning", "Value", "When")


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def verified_words(verified: bool | None) -> str:
    # TODO(issue 16): pass the flag recorded by ID token verification at connect.
    if verified is None:
        return "Signature: not recorded whether it was verified at connect (decoded only)."
    return ("Signature: verified at connect." if verified
            else "Signature: NOT verified at connect (decoded only).")


class ClaimsView(QWidget):
    """``set_token("ID token", secret, verified=…)``; ``clear()`` forgets it."""

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        self.decoded: DecodedToken | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = _plain_label(self)
        self.summary = _plain_label(self)
        self.raw = QLineEdit(self)
        self.raw.setReadOnly(True)
        self.raw.setEchoMode(QLineEdit.EchoMode.Password)
        self.raw.setAccessibleName("Raw token (hidden unless revealed)")
        self.reveal = QCheckBox("&Reveal raw token", self)
        self.reveal.toggled.connect(self._toggle)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Token claims")
        for widget in (self.title, self.summary, self.raw, self.reveal, self.table):
            layout.addWidget(widget)
        self.clear()

    def _toggle(self, shown: bool) -> None:
        self.raw.setEchoMode(QLineEdit.EchoMode.Normal if shown
                             else QLineEdit.EchoMode.Password)

    def clear(self) -> None:
        self.decoded = None
        self.title.setText("")
        self.summary.setText("")
        self.raw.clear()
        self.reveal.setChecked(False)
        self.reveal.setVisible(False)
        self.raw.setVisible(False)
        self.table.setRowCount(0)
        self.table.setVisible(False)

    def set_token(self, title: str, token: Secret | None, *,
                  verified: bool | None = None) -> None:
        self.clear()
        self.title.setText(title)
        if token is None:
            self.summary.setText(f"No {title.lower()}.")
            return
        self.raw.setText(token.reveal())
        self.raw.setVisible(True)
        self.reveal.setVisible(True)
        decoded = self.decoded = decode_token(token)
        if not decoded.is_jwt:
            self.summary.setText(decoded.note)
            return
        facts = ["JWT · " + " ".join(f"{k}={v}" for k, v in header_summary(decoded).items())]
        if decoded.audience:
            facts.append("Audience: " + ", ".join(decoded.audience))
        if decoded.scopes:
            facts.append("Scopes: " + " ".join(decoded.scopes))
        if decoded.roles:
            facts.append("Roles: " + ", ".join(decoded.roles))
        if title.lower().startswith("id"):
            facts.append(verified_words(verified))
        self.summary.setText("\n".join(facts))
        rows = decoded.rows(self._clock())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((row.name, row.label, row.value, row.detail)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setVisible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self.reveal.setChecked(False)  # masked again whenever it is out of sight
        super().hideEvent(event)
