"""Scopes in the connect sheet and detail pane (issue 19, item 2): what a (re-)connect
changed — one line per added / removed / refused scope, and a lost refresh token said
plainly — and the named confirmation asked before a re-connect drops scopes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from tokenmgr.scope_diff import ScopeChange


class ScopeChangeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lines = QLabel(self)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setWordWrap(True)
        self.lines.setAccessibleName("Scope changes")
        self.refresh_loss = QLabel(self)
        self.refresh_loss.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_loss.setWordWrap(True)
        self.refresh_loss.setAccessibleName("Refresh token lost")
        layout.addWidget(self.lines)
        layout.addWidget(self.refresh_loss)
        self.set_change(None)

    def set_change(self, change: ScopeChange | None) -> None:
        lines = change.lines() if change is not None else []
        scopes = [line.strip() for line in lines if not line.strip().startswith("!")]
        loss = [line.strip()[2:] for line in lines if line.strip().startswith("!")]
        self.lines.setText("\n".join(scopes) if scopes else "Scopes unchanged.")
        self.lines.setVisible(change is not None)
        self.refresh_loss.setText("\n".join(loss))
        self.refresh_loss.setVisible(bool(loss))


def narrowing_box(parent: QWidget | None, account: str, dropped: tuple[str, ...],
                  had_refresh_token: bool) -> tuple[QMessageBox, QPushButton]:
    """The named confirmation asked before a re-connect drops scopes: its "Drop N
    scopes" button must be chosen on purpose ("Keep the scopes" is the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle("Re-connect with fewer scopes — tokenmgr")
    text = f"Re-connecting {account} would drop: {' '.join(dropped)}."
    if had_refresh_token:
        text += " It may also lose its refresh token."
    box.setText(text)
    drop = box.addButton(f"Drop {len(dropped)} scope{'s' if len(dropped) != 1 else ''}",
                         QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep the scopes", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, drop


def confirm_narrowing(parent: QWidget | None, account: str, dropped: tuple[str, ...],
                      had_refresh_token: bool) -> bool:
    """Modal: True only when the user chose "Drop N scopes"."""
    box, drop = narrowing_box(parent, account, dropped, had_refresh_token)
    box.exec()
    return box.clickedButton() is drop
