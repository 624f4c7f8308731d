"""Step 1 of Add account: choose a provider (icons, search); "Other provider…" last."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tokenmgr.ui.icons import icon, provider_icon
from tokenmgr.ui.text import plain_label
from tokenmgr.values.provider import Provider

OTHER = "__other__"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProviderPicker(QWidget):
    chosen = Signal(str)  # provider id, or OTHER

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Choose where the account is:", self))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search providers…")
        self.search.setAccessibleName("Search providers")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_first_visible)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Providers")
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(ID_ROLE)))
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.setFocusProxy(self.search)

    def set_providers(self, providers: list[Provider]) -> None:
        self.list.clear()
        for provider in sorted(providers, key=lambda p: p.name.casefold()):
            state = "ready" if provider.is_configured else "needs an app registration"
            item = QListWidgetItem(provider_icon(provider.id), f"{provider.name} — {state}")
            item.setData(ID_ROLE, provider.id)
            self.list.addItem(item)
        other = QListWidgetItem(icon("list-add"), "Other provider… (issuer URL or endpoints)")
        other.setData(ID_ROLE, OTHER)
        self.list.addItem(other)
        self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            hay = f"{item.text()} {item.data(ID_ROLE)}".casefold()
            item.setHidden(item.data(ID_ROLE) != OTHER and not all(w in hay for w in words))

    def visible_ids(self) -> list[str]:
        return [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())
                if not self.list.item(r).isHidden()]

    def _choose_first_visible(self) -> None:
        ids = self.visible_ids()
        if ids:
            self.chosen.emit(ids[0])
