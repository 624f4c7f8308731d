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

from tokenmgr.providers.model import Provider
from tokenmgr.status_text import describe_state
from tokenmgr.store.schema import AccountSummary

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_PROVIDER = "provider"
KIND_ACCOUNT = "account"
COLUMNS = ("Provider / account", "State", "Scopes")


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

    def populate(self, providers: Iterable[Provider], summaries: Iterable[AccountSummary],
                 now: float) -> None:
        self._providers = list(providers)
        self._summaries = list(summaries)
        self.removeRows(0, self.rowCount())
        for provider in self._providers:
            mine = [s for s in self._summaries if s.provider_id == provider.id]
            row = self._row(provider.name, provider_state(provider, len(mine)), "",
                            KIND_PROVIDER, provider.id, provider.id)
            for summary in mine:
                row[0].appendRow(self._row(
                    summary.name, describe_state(summary, now), " ".join(summary.scopes),
                    KIND_ACCOUNT, summary.key, provider.id))
            self.appendRow(row)
        orphans = [s for s in self._summaries
                   if s.provider_id not in {p.id for p in self._providers}]
        for summary in orphans:  # accounts whose provider vanished from the config
            self.appendRow(self._row(
                f"{summary.provider_id}: {summary.name}", "provider not configured", "",
                KIND_ACCOUNT, summary.key, summary.provider_id))

    def refresh_states(self, now: float) -> None:
        """Re-word the state column as time passes (no keyring read)."""
        by_key = {s.key: s for s in self._summaries}
        for row in range(self.rowCount()):
            parent = self.item(row, 0)
            for child in range(parent.rowCount()):
                key = parent.child(child, 0).data(KEY_ROLE)
                if key in by_key:
                    parent.child(child, 1).setText(describe_state(by_key[key], now))

    def summary(self, key: str) -> AccountSummary | None:
        return next((s for s in self._summaries if s.key == key), None)

    def provider(self, provider_id: str) -> Provider | None:
        return next((p for p in self._providers if p.id == provider_id), None)

    @staticmethod
    def _row(name: str, state: str, scopes: str, kind: str, key: str,
             provider_id: str) -> list[QStandardItem]:
        items = [QStandardItem(name), QStandardItem(state), QStandardItem(scopes)]
        for item in items:
            item.setEditable(False)
            item.setData(kind, KIND_ROLE)
            item.setData(key, KEY_ROLE)
            item.setData(provider_id, PROVIDER_ROLE)
            item.setToolTip("")
        return items
