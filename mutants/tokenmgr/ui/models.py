"""The providers-and-accounts tree the main window shows.

Top-level rows are providers (state: not configured / ready / N accounts);
their children are accounts (state: expires in … / no expiry / needs
re-connect). All text is set as plain item text: provider-controlled names
are never rendered as rich text.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from tokenmgr.status_text import describe_state, format_duration
from tokenmgr.store.schema import AccountSummary
from tokenmgr.values.provider import Provider

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_PROVIDER = "provider"
KIND_ACCOUNT = "account"
COLUMNS = ("Provider / account", "State", "Scopes", "Type", "Last refreshed", "Notes")
STATE_COLUMN, REFRESHED_COLUMN, NOTES_COLUMN = 1, 4, 5


def refreshed_text(summary: AccountSummary, now: float) -> str:
    if summary.refreshed_at is None:
        return "never"
    return f"{format_duration(max(0.0, now - summary.refreshed_at))} ago"


def provider_state(provider: Provider, accounts: int) -> str:
    if not provider.is_configured:
        return "not configured"
    if accounts:
        return "connected" if accounts == 1 else f"{accounts} accounts"
    return "ready"


class AccountsModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self._summaries: list[AccountSummary] = []
        self._providers: list[Provider] = []
        self._notes: dict[str, str] = {}  # key -> the last problem, shown on its row

    def populate(self, providers: Iterable[Provider], summaries: Iterable[AccountSummary],
                 now: float) -> None:
        self._providers = list(providers)
        self._summaries = list(summaries)
        self.removeRows(0, self.rowCount())
        for provider in self._providers:
            mine = [s for s in self._summaries if s.provider_id == provider.id]
            row = self._row([provider.name, provider_state(provider, len(mine))],
                            KIND_PROVIDER, provider.id, provider.id)
            for summary in mine:
                row[0].appendRow(self._account_row(summary, summary.name, now))
            self.appendRow(row)
        orphans = [s for s in self._summaries
                   if s.provider_id not in {p.id for p in self._providers}]
        for summary in orphans:  # accounts whose provider vanished from the config
            self.appendRow(self._account_row(
                summary, f"{summary.provider_id}: {summary.name}", now))

    def _account_row(self, summary: AccountSummary, label: str,
                     now: float) -> list[QStandardItem]:
        return self._row([
            label, describe_state(summary, now), " ".join(summary.scopes), summary.token_type,
            refreshed_text(summary, now), self._notes.get(summary.key) or summary.last_error or "",
        ], KIND_ACCOUNT, summary.key, summary.provider_id)

    def _account_items(self) -> dict[str, list[QStandardItem]]:
        found: dict[str, list[QStandardItem]] = {}
        for row in range(self.rowCount()):
            top = self.item(row, 0)
            if top.data(KIND_ROLE) == KIND_ACCOUNT:
                found[top.data(KEY_ROLE)] = [self.item(row, c) for c in range(len(COLUMNS))]
            for child in range(top.rowCount()):
                key = top.child(child, 0).data(KEY_ROLE)
                found[key] = [top.child(child, c) for c in range(len(COLUMNS))]
        return found

    def refresh_states(self, now: float) -> None:
        """Re-word the time-dependent columns as time passes (no keyring read)."""
        by_key = {s.key: s for s in self._summaries}
        for key, items in self._account_items().items():
            if key in by_key:
                items[STATE_COLUMN].setText(describe_state(by_key[key], now))
                items[REFRESHED_COLUMN].setText(refreshed_text(by_key[key], now))

    def set_note(self, key: str, text: str) -> None:
        """Show a problem (or clear it with "") on the account's own row."""
        if text:
            self._notes[key] = text
        else:
            self._notes.pop(key, None)
        items = self._account_items().get(key)
        if items is not None:
            items[NOTES_COLUMN].setText(text)

    def note(self, key: str) -> str:
        items = self._account_items().get(key)
        return items[NOTES_COLUMN].text() if items else ""

    def same_content(self, providers: list[Provider], summaries: list[AccountSummary]) -> bool:
        return self.rowCount() > 0 and providers == self._providers \
            and summaries == self._summaries

    def summaries(self) -> list[AccountSummary]:
        return list(self._summaries)

    def summary(self, key: str) -> AccountSummary | None:
        return next((s for s in self._summaries if s.key == key), None)

    def provider(self, provider_id: str) -> Provider | None:
        return next((p for p in self._providers if p.id == provider_id), None)

    @staticmethod
    def _row(texts: list[str], kind: str, key: str, provider_id: str) -> list[QStandardItem]:
        texts = texts + [""] * (len(COLUMNS) - len(texts))
        items = [QStandardItem(text) for text in texts]
        for item in items:
            item.setEditable(False)
            item.setData(kind, KIND_ROLE)
            item.setData(key, KEY_ROLE)
            item.setData(provider_id, PROVIDER_ROLE)
            item.setToolTip("")
        return items
