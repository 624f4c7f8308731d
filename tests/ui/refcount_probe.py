"""Run the Qt operations the window performs, many times, and report how the
reference counts of ``None``, ``True`` and ``False`` moved.

A binding that drops a reference on each conversion (PySide6 6.12.0 on CPython
3.11, where ``None`` is not immortal) drains these counts until the interpreter
aborts with ``none_dealloc``. Run as a separate process (``python -m
tests.ui.refcount_probe N``) so that such an abort fails one test instead of
killing the test session; one JSON line per operation is printed as it ends,
so a crash still names the operation that was running.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QTreeView

from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary
from tokenmgr.ui.account_list.model import (
    NOTE_ERROR,
    SEARCH_ROLE,
    AccountListModel,
)
from tokenmgr.ui.workers import TaskRunner
from tokenmgr.values.provider import Provider

ROLES = [*range(0, 14), *range(int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 9)]
SINGLETONS = {"None": None, "True": True, "False": False}


def counts() -> dict[str, int]:
    gc.collect()
    return {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}


def measure(name: str, op: Callable[[int], None], n: int) -> None:
    before = counts()
    for i in range(n):
        op(i)
    after = counts()
    print(json.dumps({"op": name, "n": n,
                      "delta": {k: after[k] - before[k] for k in SINGLETONS}}), flush=True)


class Carrier(QObject):
    payload = Signal(object)


def main(n: int) -> None:
    app = QApplication.instance() or QApplication([])
    providers = [Provider(id="p", name="Provider", authorize_url="https://p.test/a",
                          token_url="https://p.test/t", client_id="c")]
    base = [AccountSummary(provider_id="p", account_id=str(i), name=f"user{i}",
                           expires_at=1_800_000_000.0 + i, has_refresh_token=bool(i % 2))
            for i in range(5)]
    model = AccountListModel()
    proxy = QSortFilterProxyModel()  # data() reaches the model through C++, as the view's does
    proxy.setSourceModel(model)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setFilterRole(SEARCH_ROLE)
    view = QTreeView()
    view.setModel(proxy)
    view.resize(400, 300)
    view.show()
    model.set_accounts(providers, base)

    def model_updates(i: int) -> None:
        changed = list(base)
        changed[i % 5] = AccountSummary(
            provider_id="p", account_id=str(i % 5), name=f"user{i % 5}",
            expires_at=1_800_000_000.0 + i, refreshed_at=None if i % 2 else float(i),
            status=STATUS_NEEDS_RECONNECT if i % 7 == 0 else "active", last_error=None)
        model.set_accounts(providers, changed if i % 11 else changed[:3])
        model.set_note(f"p:{i % 5}", "" if i % 3 else "problem", NOTE_ERROR)
        model.set_busy(f"p:{i % 5}", bool(i % 2))
        model.set_now(1_800_000_000.0 + i)

    def data_calls(i: int) -> None:
        group = proxy.index(i % max(1, proxy.rowCount()), 0)
        child = proxy.index(0, i % 2, group)
        for index in (group, child, group.siblingAtColumn(1)):
            for role in ROLES:
                proxy.data(index, role)
        proxy.headerData(i % 3, Qt.Orientation.Horizontal, ROLES[i % len(ROLES)])
        proxy.flags(child)
        proxy.hasChildren(group)

    def view_paints(i: int) -> None:
        proxy.setFilterFixedString("user" if i % 2 else "")
        view.expandAll()
        view.viewport().repaint()

    label = QLabel()

    def widget_updates(i: int) -> None:
        label.setText(f"message {i}" if i % 2 else "")
        label.setToolTip("" if i % 2 else "tip")
        label.setEnabled(bool(i % 2))
        label.setVisible(bool(i % 3))

    carrier = Carrier()
    received: list[object] = []
    carrier.payload.connect(received.append, Qt.ConnectionType.QueuedConnection)

    def signals(i: int) -> None:
        carrier.payload.emit((None, True, False)[i % 3])
        if i % 100 == 99:
            QCoreApplication.processEvents()
            received.clear()

    runner = TaskRunner()
    results: list[object] = []

    def worker_results(i: int) -> None:
        runner.submit(lambda: (None, True, False)[i % 3], results.append, results.append)
        if i % 50 == 49:
            runner.wait_for_done(10_000)
            QCoreApplication.processEvents()
            results.clear()

    for name, op in (("model updates", model_updates), ("data() on every role", data_calls),
                     ("view paints", view_paints), ("widget updates", widget_updates),
                     ("signals carrying Python objects", signals),
                     ("worker results delivered", worker_results)):
        measure(name, op, n)
    runner.wait_for_done(10_000)
    QCoreApplication.processEvents()
    view.close()
    del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
