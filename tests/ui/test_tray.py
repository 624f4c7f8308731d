"""The tray menu: Show, Copy per account (disabled with the reason when it needs a
sign-in), Quit."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QIcon

from tests.ui.conftest import ACCESS
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary
from tokenmgr.ui.tray import AccountTray

pytestmark = pytest.mark.gui


def test_tray_menu_lists_accounts_with_copy_and_quit(qtbot):
    calls: list[tuple[str, str]] = []
    tray = AccountTray(QIcon(), lambda: calls.append(("show", "")),
                       lambda key: calls.append(("copy", key)),
                       lambda: calls.append(("quit", "")))
    tray.set_accounts([
        AccountSummary("example", "42", "alice"),
        AccountSummary("github", "7", "octocat", status=STATUS_NEEDS_RECONNECT),
    ], {"example": "Example Corp", "github": "GitHub"})
    actions = [a for a in tray.menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == [
        "&Show tokenmgr", "Copy alice (Example Corp)", "octocat (GitHub) — sign in again",
        "&Quit"]
    assert not actions[2].isEnabled()
    for action in actions:
        action.trigger()
    assert calls == [("show", ""), ("copy", "example:42"), ("quit", "")]


def test_the_window_keeps_the_tray_menu_current(qtbot, window):
    from tests.ui.conftest import connect

    tray = AccountTray(QIcon(), lambda: None, window.accounts.copy, window.quit, window)
    window.tray = tray
    window.accounts_loaded.connect(lambda: tray.set_accounts(
        window.model.summaries(), {p.id: p.name for p in window.providers}))
    connect(qtbot, window)
    qtbot.waitUntil(lambda: any(a.text() == "Copy alice (Example Corp)"
                                for a in tray.menu.actions()), timeout=5000)
    copy = next(a for a in tray.menu.actions() if a.text() == "Copy alice (Example Corp)")
    with qtbot.waitSignal(window.clipboard.copied, timeout=5000):
        copy.trigger()
    assert QGuiApplication.clipboard().text() == ACCESS


def test_the_tray_notifier_opens_the_window_at_the_account_when_clicked(qtbot):
    from tokenmgr.ui.notifications import TrayNotifier

    tray = AccountTray(QIcon(), lambda: None, lambda key: None, lambda: None)
    notifier = TrayNotifier(tray.icon)
    notifier.notify("tokenmgr: an account needs attention", "alice needs you", "example:42")
    with qtbot.waitSignal(notifier.activated, timeout=1000) as blocker:
        tray.icon.messageClicked.emit()
    assert blocker.args == ["example:42"]
