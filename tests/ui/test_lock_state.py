"""A locked keyring: names from the hint, "[Locked]" in the title, Unlock through the
Secret Service's own prompt (injected here), and everything back afterwards."""

from __future__ import annotations

import pytest

from tests.conftest import MemoryKeyring
from tests.ui.conftest import connect, rows
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.token_store import TokenStore
from tokenmgr.ui.main_window import LOCKED_WORDS, MainWindow
from tokenmgr.ui.state_page import LOCKED
from tokenmgr.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


class LockableKeyring(MemoryKeyring):
    """Raises keyring's own KeyringLocked while locked, as the Secret Service backend does
    when the collection stays locked."""

    locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)


@pytest.fixture
def lockable():
    return LockableKeyring()


def make_window(qtbot, service, browser, clock, lockable, tmp_path, *, hint: bool):
    service.store = TokenStore(KeyringAccess(lockable, deadline=5.0), tmp_path / "lock",
                               hint_path=(tmp_path / "hint.json") if hint else None)
    unlocks: list[int] = []

    def unlock() -> bool:
        unlocks.append(1)
        lockable.locked = False
        return True

    runner = TaskRunner()
    win = MainWindow(service, runner=runner, open_browser=browser, clock=clock,
                     unlock_keyring=unlock, connect_timeout=20)
    win.unlocks = unlocks
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    return win


def test_locked_keyring_keeps_the_names_and_unlock_brings_everything_back(
        qtbot, service, browser, clock, lockable, tmp_path):
    win = make_window(qtbot, service, browser, clock, lockable, tmp_path, hint=True)
    connect(qtbot, win)
    qtbot.waitUntil(lambda: win.select_key("example:42"), timeout=5000)
    lockable.locked = True
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    assert win.windowTitle() == "tokenmgr — Example Corp: alice [Locked]"
    assert (1, "alice", "expires in 1 h") in rows(win)  # nothing disappears
    assert win.message.text() == LOCKED_WORDS
    assert win.detail.banner.fix == "unlock"
    assert win.detail.banner.button.text() == "&Unlock keyring"
    for name in ("copy", "refresh", "add_account"):
        assert not win.actions_by_name[name].isEnabled()
        assert "keyring is locked" in win.actions_by_name[name].toolTip()
    assert win.actions_by_name["unlock"].isEnabled()

    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.detail.banner.button.click()
    assert win.unlocks == [1]
    assert win.windowTitle() == "tokenmgr — Example Corp: alice"
    assert win.message.text() == ""  # the lock message does not outlive the lock
    assert not win.detail.banner.isVisibleTo(win.detail)
    assert (1, "alice", "expires in 1 h") in rows(win)
    assert win.actions_by_name["copy"].isEnabled()
    assert not win.actions_by_name["unlock"].isEnabled()


def test_locked_keyring_without_known_names_shows_the_unlock_placeholder(
        qtbot, service, browser, clock, lockable, tmp_path):
    lockable.locked = True
    win = make_window(qtbot, service, browser, clock, lockable, tmp_path, hint=False)
    assert win.pages.currentWidget() is win.state_page
    assert win.state_page.kind == LOCKED
    assert win.state_page.title.text() == "Your keyring is locked"
    assert win.state_page.button.text() == "&Unlock"
    assert win.windowTitle() == "tokenmgr [Locked]"
    assert rows(win) == []
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.state_page.button.click()
    assert win.unlocks == [1]
    assert win.windowTitle() == "tokenmgr"
    assert win.state_page.kind == "empty"


def test_a_copy_that_meets_a_locked_keyring_switches_the_window_to_locked(
        qtbot, service, browser, clock, lockable, tmp_path):
    win = make_window(qtbot, service, browser, clock, lockable, tmp_path, hint=True)
    connect(qtbot, win)
    qtbot.waitUntil(lambda: win.select_key("example:42"), timeout=5000)
    lockable.locked = True
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.actions_by_name["copy"].trigger()
    assert win.windowTitle().endswith("[Locked]")
    assert win.model.note("example:42") == ""  # the lock is the window's state, not a row note


def test_names_come_from_the_hint_when_the_window_starts_locked(
        qtbot, service, browser, clock, lockable, tmp_path):
    win = make_window(qtbot, service, browser, clock, lockable, tmp_path, hint=True)
    connect(qtbot, win)
    lockable.locked = True
    again = MainWindow(service, open_browser=browser, clock=clock, unlock_keyring=lambda: True)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.accounts_loaded, timeout=5000):
        again.reload()
    assert [r[1] for r in rows(again)] == ["Example Corp", "alice"]
    assert again.windowTitle() == "tokenmgr — Example Corp: alice [Locked]"
    assert again.detail.expires.text() == "unknown while locked"


def test_real_secret_service_locked_then_unlocked_through_its_prompt(
        qtbot, service, browser, clock, tmp_path):
    from tests.e2e.keyring_helpers import wipe_tokenmgr_items
    from tests.store.keyring_lock import locked_keyring, unlock_with_password

    wipe_tokenmgr_items()
    service.store = TokenStore(KeyringAccess(deadline=10), tmp_path / "lock",
                               hint_path=tmp_path / "hint.json")
    win = MainWindow(service, open_browser=browser, clock=clock, connect_timeout=20,
                     unlock_keyring=unlock_with_password)  # the user answers the prompt
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.accounts_loaded, timeout=20000):
            win.reload()
        connect(qtbot, win)
        qtbot.waitUntil(lambda: win.select_key("example:42"), timeout=5000)
        with locked_keyring():
            with qtbot.waitSignal(win.accounts_loaded, timeout=20000):
                win.reload()
            assert win.windowTitle().endswith("[Locked]")
            assert (1, "alice", "expires in 1 h") in rows(win)
            with qtbot.waitSignal(win.accounts_loaded, timeout=20000):
                win.actions_by_name["unlock"].trigger()
            assert not win.windowTitle().endswith("[Locked]")
            assert win.message.text() == ""
            assert win.actions_by_name["copy"].isEnabled()
    finally:
        win.runner.wait_for_done(10000)
        wipe_tokenmgr_items()
