"""The account list: a search field (Ctrl+F) over a tree of groups and accounts.

Filtering is a ``QSortFilterProxyModel`` with recursive filtering (a group stays
while one of its accounts matches) on name, provider and scopes. Enter (or a
double click) asks for a copy; the Menu key and Shift+F10 open the menu at the
current row, not under the mouse.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.ui.account_list.model import (
    KEY_ROLE,
    KIND_ACCOUNT,
    KIND_GROUP,
    KIND_ROLE,
    PROVIDER_ROLE,
    SEARCH_ROLE,
    STATUS_OK,
    STATUS_ROLE,
    AccountListModel,
)
from tokenmgr.ui.icons import icon, provider_icon, status_dot

ModelIndex = QModelIndex | QPersistentModelIndex


def account_key(index: ModelIndex) -> str | None:
    """The account key of a row, or None for a group row."""
    first = index.sibling(index.row(), 0)
    if first.data(KIND_ROLE) != KIND_ACCOUNT:
        return None
    key = first.data(KEY_ROLE)
    return str(key) if key else None


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text; provider words are escaped so they show as typed."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


GROUP_FONT = QFont()
GROUP_FONT.setBold(True)


class AccountFilter(QSortFilterProxyModel):
    def __init__(self, model: AccountListModel) -> None:
        super().__init__(model)
        self._model = model
        self.setSourceModel(model)
        self.setRecursiveFilteringEnabled(True)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: ModelIndex) -> bool:
        if not self._words:
            return True
        index = self._model.index(row, 0, parent)
        if index.data(KIND_ROLE) != KIND_ACCOUNT:
            return False  # groups stay only through their matching accounts
        haystack = str(index.data(SEARCH_ROLE) or "").casefold()
        return all(word in haystack for word in self._words)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DecorationRole and index.data(KIND_ROLE) == KIND_ACCOUNT:
            if index.column() == 0:
                return provider_icon(str(index.data(PROVIDER_ROLE) or ""))
            return status_dot(str(index.data(STATUS_ROLE) or STATUS_OK))
        if role == Qt.ItemDataRole.FontRole and index.data(KIND_ROLE) == KIND_GROUP:
            return GROUP_FONT
        value = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return plain_tooltip(value)
        return value


class AccountTree(QTreeView):
    copy_requested = Signal(str)
    menu_requested = Signal(QPoint)  # global position

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            key = account_key(self.currentIndex())
            if key:
                self.copy_requested.emit(key)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_menu_at_current()
        else:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.setCurrentIndex(index)
                self.menu_requested.emit(event.globalPos())
        event.accept()

    def open_menu_at_current(self) -> None:
        rect = self.visualRect(self.currentIndex())
        self.menu_requested.emit(self.viewport().mapToGlobal(rect.bottomLeft()))


class AccountListView(QWidget):
    """``current_changed(key or "")``, ``copy_requested(key)``, ``menu_requested(pos)``."""

    current_changed = Signal(str)

    def __init__(self, model: AccountListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = AccountFilter(model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search accounts…  Ctrl+F")
        self.search.setAccessibleName("Search accounts")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._filter)
        self.tree = AccountTree(self)
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName("Accounts")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderHidden(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setItemsExpandable(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed state column: ResizeToContents would measure all rows on every tick.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(
            1, self.fontMetrics().horizontalAdvance("expires in 59 min ") + 36)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.selectionModel().currentChanged.connect(
            lambda current, _previous: self.current_changed.emit(account_key(current) or ""))
        self.tree.doubleClicked.connect(self._double_clicked)
        self.copy_requested = self.tree.copy_requested
        self.menu_requested = self.tree.menu_requested
        for keys in ("Shift+F10",):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.tree.open_menu_at_current)
        self._moving_key: str | None = None  # the selected account while it changes group
        model.rowsAboutToBeRemoved.connect(self._remember_moving)
        model.rowsInserted.connect(self._follow_moved)
        model.modelReset.connect(self.tree.expandAll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

    def _remember_moving(self, parent: QModelIndex, first: int, last: int) -> None:
        current = self.proxy.mapToSource(self.tree.currentIndex())
        if current.isValid() and current.parent() == parent and first <= current.row() <= last:
            self._moving_key = account_key(current)

    def _follow_moved(self, parent: QModelIndex, first: int, last: int) -> None:
        """New groups are shown expanded (only those: expanding everything on every
        change costs seconds at 1,000 accounts); an account that moved (e.g. into
        *Needs attention*) stays selected."""
        if not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.proxy.mapFromSource(self.model.index(row, 0)))
        if self._moving_key and self.select_key(self._moving_key):
            self._moving_key = None

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()
        if not self.current_key():
            self.select_first()

    def _double_clicked(self, index: QModelIndex) -> None:
        key = account_key(index)
        if key:
            self.copy_requested.emit(key)

    def current_key(self) -> str | None:
        return account_key(self.tree.currentIndex())

    def select_key(self, key: str) -> bool:
        if self.model.summary(key) is None:
            return False
        if self.current_key() == key:
            return True  # already there: no scroll (a scroll lays out every row)
        source = self.model.index_of(key)
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def visible_keys(self) -> list[str]:
        """Every account the list shows, top to bottom, each once."""
        keys: dict[str, None] = {}
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            for row in range(self.proxy.rowCount(parent)):
                key = account_key(self.proxy.index(row, 0, parent))
                if key:
                    keys.setdefault(key)
        return list(keys)

    def select_first(self) -> bool:
        """Select the top account (without walking the whole list)."""
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            if self.proxy.rowCount(parent):
                key = account_key(self.proxy.index(0, 0, parent))
                return key is not None and self.select_key(key)
        return False

    def neighbour_of(self, key: str) -> str | None:
        """The account to select after ``key`` goes: the next one, else the previous."""
        keys = self.visible_keys()
        if key not in keys:
            return None
        position = keys.index(key)
        rest = keys[position + 1:] + keys[:position][::-1]
        return rest[0] if rest else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
