"""``AccountListModel``: the accounts list as its own item model over plain values.

Two levels: group rows — a pinned *Needs attention* group first (when any
account needs the user), then one group per provider — and account rows under
them. Column 0 is the name, column 1 the state in words.

The model keeps only plain Python values (the index's ``AccountSummary``s,
notes, busy flags) and computes every cell on demand in ``data()``, so:

- a refresh, a note or a busy flag changes one row (``dataChanged``);
- rows are inserted or removed only when accounts come, go or change group;
- the clock tick emits one ``dataChanged`` per group for the time-dependent
  column, and the view re-asks ``data()`` for the rows it shows, nothing else;
- a reload that finds the same index changes nothing.

There are no ``QStandardItem``s: every item update through the binding costs
a conversion, and PySide6 6.12.0 on CPython 3.11 dropped a reference to
``None`` on each one (see ``tokenmgr.ui.binding_check``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from tokenmgr.status_text import describe_state
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary
from tokenmgr.values.provider import Provider

Index = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # account key, or the provider id of a provider group
PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 3
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 4
NOTE_ROLE = Qt.ItemDataRole.UserRole + 5
STATUS_ROLE = Qt.ItemDataRole.UserRole + 6
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # what Ctrl+F matches: name, provider, scopes

KIND_GROUP = "group"
KIND_ACCOUNT = "account"
ATTENTION_GROUP = "!attention"  # never a provider id: those are [a-z0-9_-]

STATUS_OK = "ok"
STATUS_WARNING = "warning"
STATUS_ERROR = "error"
STATUS_BUSY = "busy"

NOTE_INFO = "info"
NOTE_WARNING = "warning"
NOTE_ERROR = "error"

COLUMNS = ("Account", "State")
NAME_COLUMN, STATE_COLUMN = 0, 1
_TOP = 0  # internalId of group rows; account rows carry their group's uid (> 0)
_TIME_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, STATUS_ROLE]


def provider_state(provider: Provider | None, accounts: int) -> str:
    if provider is not None and not provider.is_configured:
        return "not configured"
    if accounts:
        return "connected" if accounts == 1 else f"{accounts} accounts"
    return "ready"


@dataclass
class _Row:
    summary: AccountSummary
    group: str
    note: str = ""
    note_kind: str = NOTE_INFO
    busy: bool = False


@dataclass
class _Group:
    gid: str
    uid: int
    title: str
    provider: Provider | None
    keys: list[str] = field(default_factory=list)


def _account_order(summary: AccountSummary) -> tuple[str, str, str]:
    return summary.name.casefold(), summary.provider_id, summary.account_id


class AccountListModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._rows: dict[str, _Row] = {}
        self._providers: dict[str, Provider] = {}
        self._uids = itertools.count(1)
        self._group_by_uid: dict[int, _Group] = {}
        self._now = 0.0
        self._provider_groups = False

    # --- reading (for the window) --------------------------------------------

    def summaries(self) -> list[AccountSummary]:
        return [self._rows[key].summary for group in self._groups for key in group.keys]

    def summary(self, key: str) -> AccountSummary | None:
        row = self._rows.get(key)
        return row.summary if row is not None else None

    def provider(self, provider_id: str) -> Provider | None:
        return self._providers.get(provider_id)

    def providers(self) -> list[Provider]:
        return list(self._providers.values())

    def note(self, key: str) -> str:
        row = self._rows.get(key)
        return row.note if row is not None else ""

    def is_busy(self, key: str) -> bool:
        row = self._rows.get(key)
        return row is not None and row.busy

    def account_count(self) -> int:
        return len(self._rows)

    def index_of(self, key: str, column: int = 0) -> QModelIndex:
        """The row of an account (by key) or of a provider's group (by provider id)."""
        row = self._rows.get(key)
        if row is not None:
            group = self._group(row.group)
            if group is not None:
                return self.createIndex(group.keys.index(key), column, group.uid)
        for position, group in enumerate(self._groups):
            if group.gid == key:
                return self.createIndex(position, column, _TOP)
        return QModelIndex()

    # --- writing --------------------------------------------------------------

    def set_now(self, now: float) -> None:
        """The clock moved: re-word the time-dependent column, one signal per group."""
        self._now = now
        for position, group in enumerate(self._groups):
            if group.keys:
                self.dataChanged.emit(
                    self.createIndex(0, STATE_COLUMN, group.uid),
                    self.createIndex(len(group.keys) - 1, STATE_COLUMN, group.uid), _TIME_ROLES)
            if group.gid == ATTENTION_GROUP or group.provider is not None:
                cell = self.createIndex(position, STATE_COLUMN, _TOP)
                self.dataChanged.emit(cell, cell, _TIME_ROLES)

    def set_accounts(self, providers: Iterable[Provider] | Mapping[str, Provider],
                     summaries: Sequence[AccountSummary], *,
                     provider_groups: bool = False) -> None:
        """Make the model show these accounts, changing only what differs.

        ``provider_groups``: also show a group for every provider given, with
        or without accounts (the window lists its providers this way until
        the Add-account picker takes that role)."""
        given = list(providers.values()) if isinstance(providers, Mapping) else list(providers)
        self._providers = {p.id: p for p in given}
        self._provider_groups = provider_groups
        wanted: dict[str, AccountSummary] = {s.key: s for s in summaries}
        for key, row in self._rows.items():  # re-connected: old problems are no longer true
            if key in wanted and wanted[key].connected_at != row.summary.connected_at:
                row.note, row.note_kind = "", NOTE_INFO
        # 1. Accounts that left, or that move (another group, another place): out.
        #    A moving account keeps its note and busy flag.
        moving: dict[str, _Row] = {}
        for key in [k for k, row in self._rows.items()
                    if k not in wanted or self._group_of(wanted[k], row) != row.group
                    or _account_order(wanted[k]) != _account_order(row.summary)]:
            row = self._remove_account(key)
            if key in wanted:
                moving[key] = row
        # 2. Rows to add, by group (moving accounts keep their note and busy flag).
        arriving: dict[str, list[_Row]] = {}
        for summary in summaries:
            if summary.key in self._rows:
                continue
            old = moving.get(summary.key)
            row = _Row(summary, "", old.note, old.note_kind, old.busy) if old else _Row(summary, "")
            row.group = self._group_of(summary, row)
            arriving.setdefault(row.group, []).append(row)
        # 3. Groups: drop the unwanted, re-title the renamed, add the new with
        #    their accounts in one insertion (a first fill is one signal per group).
        group_ids = {row.group for row in self._rows.values()} | set(arriving)
        if provider_groups:
            group_ids.update(self._providers)
        for group in [g for g in self._groups if g.gid not in group_ids]:
            self._remove_group(group)
        for gid in sorted(group_ids):
            existing = self._group(gid)
            if existing is None:
                self._insert_group(gid, arriving.pop(gid, []))
            elif gid != ATTENTION_GROUP and existing.provider != self._providers.get(gid):
                existing.provider = self._providers.get(gid)
                existing.title = self._title(gid)
                self._group_changed(existing)
        # 4. Accounts: the new go in at their sorted place, the changed say so.
        for rows in arriving.values():
            for row in rows:
                self._insert_row(row)
        for summary in summaries:
            row = self._rows[summary.key]
            if row.summary != summary:
                row.summary = summary
                self._account_changed(summary.key)
        for group in self._groups:
            if group.gid == ATTENTION_GROUP or group.provider is not None:
                self._group_changed(group)  # counts in the group's state column

    def put_account(self, summary: AccountSummary) -> None:
        """One account changed (a refresh, a save): update its row alone, without
        re-reading the index (the next reload confirms it)."""
        row = self._rows.get(summary.key)
        if row is None:
            row = _Row(summary, "")
            row.group = self._group_of(summary, row)
            self._insert_row(row)
            return
        if row.summary == summary:
            return
        regroup = _account_order(summary) != _account_order(row.summary) \
            or self._group_of(summary, row) != row.group
        before = row.group
        row.summary = summary
        if regroup:
            self._regroup(summary.key, before, force=True)
        else:
            self._account_changed(summary.key)

    def set_note(self, key: str, text: str, kind: str = NOTE_INFO) -> None:
        """Show a problem or progress note on one account ("" clears it)."""
        row = self._rows.get(key)
        if row is None or (row.note, row.note_kind) == (text, kind):
            return
        row.note, row.note_kind = text, kind
        self._regroup(key, row.group, force=False)

    def set_busy(self, key: str, busy: bool) -> None:
        row = self._rows.get(key)
        if row is None or row.busy == busy:
            return
        row.busy = busy
        self._account_changed(key)

    # --- Qt's model interface -------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self._groups) \
                else QModelIndex()
        if parent.internalId() != _TOP or parent.row() >= len(self._groups):
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, column, group.uid) if row < len(group.keys) \
            else QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        group = self._group_by_uid.get(child.internalId())
        if group is None:
            return QModelIndex()
        return self.createIndex(self._groups.index(group), 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != _TOP or parent.column() != 0 \
                or parent.row() >= len(self._groups):
            return 0
        return len(self._groups[parent.row()].keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            if index.row() >= len(self._groups):
                return None
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._group_by_uid.get(index.internalId())
        if group is None or index.row() >= len(group.keys):
            return None
        return self._account_data(self._rows[group.keys[index.row()]], index.column(), role)

    # --- cells -----------------------------------------------------------------

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return group.title
            if group.gid == ATTENTION_GROUP:
                return str(len(group.keys))
            return provider_state(group.provider, len(group.keys))
        if role == KIND_ROLE:
            return KIND_GROUP
        if role in (KEY_ROLE, PROVIDER_ROLE):
            return "" if group.gid == ATTENTION_GROUP else group.gid
        if role == SEARCH_ROLE:
            return group.title
        return None

    def _account_data(self, row: _Row, column: int, role: int) -> Any:
        summary = row.summary
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                if row.group == ATTENTION_GROUP or summary.provider_id not in self._providers:
                    return f"{self._provider_name(summary.provider_id)}: {summary.name}"
                return summary.name
            return "refreshing…" if row.busy else describe_state(summary, self._now)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or summary.last_error or describe_state(summary, self._now)
        if role == KIND_ROLE:
            return KIND_ACCOUNT
        if role == KEY_ROLE:
            return summary.key
        if role == PROVIDER_ROLE:
            return summary.provider_id
        if role == SUMMARY_ROLE:
            return summary
        if role == NOTE_ROLE:
            return row.note or summary.last_error or ""
        if role == STATUS_ROLE:
            return self._status(row)
        if role == SEARCH_ROLE:
            return " ".join((summary.name, summary.account_id,
                             self._provider_name(summary.provider_id), *summary.scopes))
        return None

    def _status(self, row: _Row) -> str:
        if row.busy:
            return STATUS_BUSY
        if row.summary.status == STATUS_NEEDS_RECONNECT or row.note_kind == NOTE_ERROR:
            return STATUS_ERROR
        expires_at = row.summary.expires_at
        if row.note_kind == NOTE_WARNING or (
                expires_at is not None and expires_at <= self._now):
            return STATUS_WARNING
        return STATUS_OK

    # --- bookkeeping ---------------------------------------------------------------

    def _group_of(self, summary: AccountSummary, row: _Row | None) -> str:
        if summary.status == STATUS_NEEDS_RECONNECT or (
                row is not None and row.note_kind == NOTE_ERROR and row.note):
            return ATTENTION_GROUP
        return summary.provider_id

    def _provider_name(self, provider_id: str) -> str:
        provider = self._providers.get(provider_id)
        return provider.name if provider is not None else provider_id

    def _title(self, gid: str) -> str:
        return "Needs attention" if gid == ATTENTION_GROUP else self._provider_name(gid)

    def _group(self, gid: str) -> _Group | None:
        return next((g for g in self._groups if g.gid == gid), None)

    @staticmethod
    def _group_order(group: _Group) -> tuple[int, str, str]:
        return (0 if group.gid == ATTENTION_GROUP else 1, group.title.casefold(), group.gid)

    def _insert_group(self, gid: str, rows: Sequence[_Row] = ()) -> _Group:
        group = _Group(gid, next(self._uids), self._title(gid), self._providers.get(gid))
        order = self._group_order(group)
        position = next((i for i, g in enumerate(self._groups) if self._group_order(g) > order),
                        len(self._groups))
        self.beginInsertRows(QModelIndex(), position, position)
        self._groups.insert(position, group)
        self._group_by_uid[group.uid] = group
        for row in sorted(rows, key=lambda r: _account_order(r.summary)):
            group.keys.append(row.summary.key)
            self._rows[row.summary.key] = row
        self.endInsertRows()
        return group

    def _remove_group(self, group: _Group) -> None:
        for key in list(group.keys):
            self._remove_account(key)
        position = self._groups.index(group)
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._groups[position]
        del self._group_by_uid[group.uid]
        self.endRemoveRows()

    def _insert_row(self, row: _Row) -> None:
        group = self._group(row.group)
        if group is None:
            self._insert_group(row.group, [row])
            return
        order = _account_order(row.summary)
        position = next((i for i, k in enumerate(group.keys)
                         if _account_order(self._rows[k].summary) > order), len(group.keys))
        parent = self.createIndex(self._groups.index(group), 0, _TOP)
        self.beginInsertRows(parent, position, position)
        group.keys.insert(position, row.summary.key)
        self._rows[row.summary.key] = row
        self.endInsertRows()

    def _remove_account(self, key: str) -> _Row:
        row = self._rows[key]
        group = self._group(row.group)
        assert group is not None
        position = group.keys.index(key)
        parent = self.createIndex(self._groups.index(group), 0, _TOP)
        self.beginRemoveRows(parent, position, position)
        del group.keys[position]
        del self._rows[key]
        self.endRemoveRows()
        return row

    def _regroup(self, key: str, before: str, *, force: bool) -> None:
        """Move an account to the group and place its state calls for."""
        row = self._rows[key]
        after = self._group_of(row.summary, row)
        if after == before and not force:
            self._account_changed(key)
            return
        self._insert_row(replace(self._remove_account(key), group=after))
        group = self._group(before)
        if group is not None and not group.keys and not (
                self._provider_groups and before in self._providers):
            self._remove_group(group)
        for gid in {before, after}:
            group = self._group(gid)
            if group is not None:
                self._group_changed(group)

    def _account_changed(self, key: str) -> None:
        first = self.index_of(key, 0)
        if first.isValid():
            self.dataChanged.emit(first, first.siblingAtColumn(len(COLUMNS) - 1))

    def _group_changed(self, group: _Group) -> None:
        position = self._groups.index(group)
        self.dataChanged.emit(self.createIndex(position, 0, _TOP),
                              self.createIndex(position, len(COLUMNS) - 1, _TOP))
