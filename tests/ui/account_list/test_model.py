"""AccountListModel: a consistent tree (Qt's own model tester), incremental
changes (one signal per change, no rebuilds), and a tick that re-words only the
rows a view shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView

from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary
from tokenmgr.ui.account_list.model import (
    KEY_ROLE,
    KIND_ACCOUNT,
    KIND_GROUP,
    KIND_ROLE,
    NOTE_ERROR,
    NOTE_ROLE,
    NOTE_WARNING,
    SEARCH_ROLE,
    STATE_COLUMN,
    STATUS_BUSY,
    STATUS_ERROR,
    STATUS_OK,
    STATUS_ROLE,
    STATUS_WARNING,
    SUMMARY_ROLE,
    AccountListModel,
)
from tokenmgr.values.provider import Provider

pytestmark = pytest.mark.gui
NOW = 1_800_000_000.0


def provider(pid: str, name: str, configured: bool = True) -> Provider:
    return Provider(id=pid, name=name, authorize_url=f"https://{pid}.test/a",
                    token_url=f"https://{pid}.test/t", client_id="c" if configured else None)


PROVIDERS = [provider("gh", "GitHub"), provider("corp", "Hidden Corp"),
             provider("none", "Unused", configured=False)]


def summary(pid: str, aid: str, name: str, **kw) -> AccountSummary:
    return AccountSummary(provider_id=pid, account_id=aid, name=name,
                          expires_at=kw.pop("expires_at", NOW + 3600), **kw)


def tree(model) -> list[tuple]:
    """(group title, [(name, state), ...]) for every group, in order."""
    out = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        out.append((group.data(), [(model.index(c, 0, group).data(),
                                    model.index(c, STATE_COLUMN, group).data())
                                   for c in range(model.rowCount(group))]))
    return out


class Recorder:
    """Every structural and data signal the model emits."""

    def __init__(self, model) -> None:
        self.events: list[tuple] = []
        add = self.events.append
        model.rowsInserted.connect(lambda p, a, b: add(("insert", p.isValid(), a, b)))
        model.rowsRemoved.connect(lambda p, a, b: add(("remove", p.isValid(), a, b)))
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.layoutChanged.connect(lambda *_: self.events.append(("layout",)))
        model.dataChanged.connect(lambda tl, br, roles=(): self.events.append(
            ("data", tl.parent().isValid(), tl.row(), br.row())))

    def kinds(self) -> list[str]:
        return [e[0] for e in self.events]


@pytest.fixture
def model(qapp):
    model = AccountListModel()
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.tester = tester  # kept alive: it checks every change as it happens
    model.set_now(NOW)
    return model


def test_accounts_are_grouped_by_provider_sorted_by_name(model):
    model.set_accounts(PROVIDERS, [summary("gh", "2", "octocat"), summary("corp", "1", "carol"),
                                   summary("corp", "3", "alice")])
    assert tree(model) == [
        ("GitHub", [("octocat", "expires in 1 h")]),
        ("Hidden Corp", [("alice", "expires in 1 h"), ("carol", "expires in 1 h")]),
    ]
    index = model.index_of("corp:3")
    assert (index.data(KIND_ROLE), index.data(KEY_ROLE)) == (KIND_ACCOUNT, "corp:3")
    assert index.data(SUMMARY_ROLE).name == "alice"
    assert model.index(0, 0).data(KIND_ROLE) == KIND_GROUP


def test_provider_groups_can_list_providers_without_accounts(model):
    model.set_accounts(PROVIDERS, [], provider_groups=True)
    assert [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())] == [
        ("GitHub", "ready"), ("Hidden Corp", "ready"), ("Unused", "not configured")]
    model.set_accounts(PROVIDERS, [])
    assert model.rowCount() == 0


def test_the_same_index_again_changes_nothing(model):
    accounts = [summary("gh", str(i), f"user{i}") for i in range(50)]
    model.set_accounts(PROVIDERS, accounts)
    recorder = Recorder(model)
    model.set_accounts(PROVIDERS, list(accounts))
    assert [e for e in recorder.events if e[0] != "data" or e[1]] == []


def test_one_refreshed_account_changes_one_row_only(model):
    accounts = [summary("gh", str(i), f"user{i:03}") for i in range(100)]
    model.set_accounts(PROVIDERS, accounts)
    recorder = Recorder(model)
    accounts[42] = replace(accounts[42], expires_at=NOW + 7200, refreshed_at=NOW)
    model.set_accounts(PROVIDERS, accounts)
    account_events = [e for e in recorder.events if e[0] != "data" or e[1]]
    assert account_events == [("data", True, 42, 42)]
    assert model.index_of("gh:42", STATE_COLUMN).data() == "expires in 2 h"


def test_accounts_that_come_and_go_insert_and_remove_their_rows(model):
    model.set_accounts(PROVIDERS, [summary("gh", "1", "bob"), summary("gh", "2", "dave")])
    recorder = Recorder(model)
    model.set_accounts(PROVIDERS, [summary("gh", "1", "bob"), summary("gh", "3", "carol"),
                                   summary("gh", "2", "dave")])
    assert [e for e in recorder.events if e[0] != "data"] == [("insert", True, 1, 1)]
    recorder.events.clear()
    model.set_accounts(PROVIDERS, [summary("gh", "3", "carol")])
    assert sorted(e for e in recorder.events if e[0] != "data") == [
        ("remove", True, 0, 0), ("remove", True, 1, 1)]
    assert tree(model) == [("GitHub", [("carol", "expires in 1 h")])]


def test_needs_reconnect_moves_to_the_pinned_attention_group_and_back(model):
    ok = summary("corp", "1", "alice")
    model.set_accounts(PROVIDERS, [ok, summary("corp", "2", "bob")])
    broken = replace(ok, status=STATUS_NEEDS_RECONNECT)
    model.set_accounts(PROVIDERS, [broken, summary("corp", "2", "bob")])
    assert tree(model) == [("Needs attention", [("Hidden Corp: alice", "needs re-connect")]),
                           ("Hidden Corp", [("bob", "expires in 1 h")])]
    assert model.index_of("corp:1").data(STATUS_ROLE) == STATUS_ERROR
    model.set_accounts(PROVIDERS, [replace(ok, connected_at=NOW), summary("corp", "2", "bob")])
    assert tree(model)[0][0] == "Hidden Corp" and len(tree(model)) == 1


def test_an_error_note_pins_the_account_and_a_reconnect_clears_the_note(model):
    alice = summary("corp", "1", "alice", connected_at=NOW - 60)
    model.set_accounts(PROVIDERS, [alice])
    model.set_note("corp:1", "Hidden Corp no longer accepts this sign-in.", NOTE_ERROR)
    assert tree(model)[0][0] == "Needs attention"
    assert model.index_of("corp:1").data(NOTE_ROLE).startswith("Hidden Corp no longer")
    model.set_accounts(PROVIDERS, [replace(alice, connected_at=NOW)])  # signed in again
    assert tree(model) == [("Hidden Corp", [("alice", "expires in 1 h")])]
    assert model.note("corp:1") == ""


def test_a_warning_note_keeps_the_account_in_place_and_says_so(model):
    model.set_accounts(PROVIDERS, [summary("corp", "1", "alice")])
    recorder = Recorder(model)
    model.set_note("corp:1", "Hidden Corp could not be reached. Retrying in 30 s.", NOTE_WARNING)
    assert recorder.kinds() == ["data"]
    index = model.index_of("corp:1")
    assert index.data(STATUS_ROLE) == STATUS_WARNING
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Hidden Corp could not")
    model.set_note("corp:1", "")
    assert model.index_of("corp:1").data(STATUS_ROLE) == STATUS_OK


def test_busy_shows_refreshing_on_that_row(model):
    model.set_accounts(PROVIDERS, [summary("corp", "1", "alice")])
    model.set_busy("corp:1", True)
    assert model.index_of("corp:1", STATE_COLUMN).data() == "refreshing…"
    assert model.index_of("corp:1").data(STATUS_ROLE) == STATUS_BUSY
    model.set_busy("corp:1", False)
    assert model.index_of("corp:1", STATE_COLUMN).data() == "expires in 1 h"


def test_a_tick_emits_one_signal_per_group_not_per_row(model):
    model.set_accounts(PROVIDERS, [summary("gh", str(i), f"u{i}") for i in range(300)]
                       + [summary("corp", str(i), f"c{i}") for i in range(200)])
    recorder = Recorder(model)
    model.set_now(NOW + 50 * 60)
    account_signals = [e for e in recorder.events if e[1]]
    assert account_signals == [("data", True, 0, 299), ("data", True, 0, 199)]
    assert model.index_of("gh:7", STATE_COLUMN).data() == "expires in 10 min"


class CountingModel(AccountListModel):
    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.column() == STATE_COLUMN \
                and index.internalId() != 0:
            self.asked.add(self._rows[self._group_by_uid[index.internalId()].keys[index.row()]]
                           .summary.key)
        return super().data(index, role)


def test_a_tick_re_words_only_the_rows_the_view_shows(qtbot):
    model = CountingModel()
    model.set_accounts(PROVIDERS, [summary("gh", str(i), f"user{i:04}") for i in range(1000)])
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)  # as the window's list does: no per-row size queries
    view.setModel(model)
    view.expandAll()
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().repaint()
    view.viewport().grab()  # paints: the view asks for what it shows
    model.asked.clear()
    model.set_now(NOW + 60)
    view.viewport().grab()
    assert 0 < len(model.asked) < 40, len(model.asked)


def test_search_matches_name_provider_and_scope_through_a_proxy(model):
    model.set_accounts(PROVIDERS, [summary("gh", "1", "octocat", scopes=("repo",)),
                                   summary("corp", "2", "alice", scopes=("openid",))])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    for text, expected in (("repo", ["octocat"]), ("hidden", ["alice"]), ("ALI", ["alice"])):
        proxy.setFilterFixedString(text)
        names = [proxy.index(c, 0, proxy.index(r, 0)).data() for r in range(proxy.rowCount())
                 for c in range(proxy.rowCount(proxy.index(r, 0)))]
        assert names == expected, text


def test_accounts_of_an_unknown_provider_are_shown_under_its_id(model):
    model.set_accounts(PROVIDERS, [summary("gone", "1", "zed")])
    assert tree(model) == [("gone", [("gone: zed", "expires in 1 h")])]


def test_invalid_indexes_answer_nothing(model):
    model.set_accounts(PROVIDERS, [summary("gh", "1", "octocat")])
    assert model.index(5, 0).isValid() is False
    assert model.index(0, 7).isValid() is False
    assert model.rowCount(model.index(0, 1)) == 0
    assert model.parent(QModelIndex()).isValid() is False
    assert model.index_of("gh:nope").isValid() is False


def test_put_account_updates_one_row_and_moves_it_when_its_state_calls_for(model):
    alice, bob = summary("corp", "1", "alice"), summary("corp", "2", "bob")
    model.set_accounts(PROVIDERS, [alice, bob])
    recorder = Recorder(model)
    model.put_account(replace(alice, expires_at=NOW + 7200))
    assert recorder.kinds() == ["data"]
    assert model.index_of("corp:1", STATE_COLUMN).data() == "expires in 2 h"
    model.put_account(replace(bob, name="aaron"))  # renamed: re-sorted
    assert tree(model) == [("Hidden Corp", [("aaron", "expires in 1 h"),
                                            ("alice", "expires in 2 h")])]
    model.put_account(replace(bob, name="aaron", status=STATUS_NEEDS_RECONNECT))
    assert [g for g, _ in tree(model)] == ["Needs attention", "Hidden Corp"]
    model.put_account(summary("gh", "9", "new"))
    assert model.index_of("gh:9").isValid()
