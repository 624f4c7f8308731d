"""Day-to-day account care in the window: ticking expiry, background refresh with
back-off, errors on the right row, revoke that fails, forget anyway."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QObject, Signal

from tests.ui.conftest import ACCESS, NOW
from tokenmgr.ui.account_list.model import NOTE_ROLE, STATE_COLUMN, SUMMARY_ROLE
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def answers():
    """What the injected confirm() answers, in order (default: yes)."""
    return []


@pytest.fixture
def confirmations():
    """(title, text, action) of every confirmation asked."""
    return []


class RecordingNotifier(QObject):
    """The injected notifier: records notifications; ``activated`` as a desktop would."""

    activated = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, str]] = []

    def notify(self, title: str, text: str, key: str) -> None:
        self.sent.append((title, text, key))


@pytest.fixture
def notifier():
    return RecordingNotifier()


@pytest.fixture
def win(qtbot, service, browser, clock, answers, confirmations, notifier):
    service.clock = clock
    runner = TaskRunner()
    window = MainWindow(service, runner=runner, open_browser=browser, clock=clock,
                        confirm=lambda *asked: (confirmations.append(asked),
                                                answers.pop(0) if answers else True)[1],
                        connect_timeout=20, notifier=notifier)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload()
    with qtbot.waitSignal(window.connect_finished, timeout=15000):
        window.connect_provider("example")
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    yield window
    runner.wait_for_done(10000)


def cell(window: MainWindow, column: int) -> str:
    return window.view.currentIndex().siblingAtColumn(column).data() or ""


def note(window: MainWindow) -> str:
    return window.view.currentIndex().data(NOTE_ROLE) or ""


def refreshed_at(window: MainWindow) -> float | None:
    return window.view.currentIndex().data(SUMMARY_ROLE).refreshed_at


def stored(memory_keyring) -> dict:
    return json.loads(memory_keyring.items[("tokenmgr", "account/example/42")])


def refresh_requests(server) -> int:
    return sum(1 for request, _ in server.log
               if request.path == "/token" and b"grant_type=refresh_token" in request.get_data())


def test_expiry_and_last_refresh_texts_follow_the_clock(qtbot, win, clock):
    assert cell(win, STATE_COLUMN) == "expires in 1 h"
    assert refreshed_at(win) is None
    clock.now += 50 * 60
    win._auto_refresh = False
    win.tick()
    assert cell(win, STATE_COLUMN) == "expires in 10 min"
    clock.now += 11 * 60
    win.tick()
    assert cell(win, STATE_COLUMN) == "expired · refreshable"


def test_token_about_to_expire_is_refreshed_in_the_background(qtbot, win, clock,
                                                              token_server, memory_keyring):
    token_server.expect_oneshot_request("/token", method="POST").respond_with_json({
        "access_token": "rotated-access", "refresh_token": "rotated-refresh",
        "token_type": "Bearer", "expires_in": 3600})
    clock.now += 3600 - 120  # two minutes left, inside the five-minute margin
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.tick()
    qtbot.waitUntil(lambda: refreshed_at(win) == clock.now, timeout=5000)
    tokens = stored(memory_keyring)["tokens"]
    assert (tokens["access_token"], tokens["refresh_token"]) == ("rotated-access",
                                                                 "rotated-refresh")
    assert cell(win, STATE_COLUMN) == "expires in 1 h"
    assert note(win) == ""


def test_failed_refresh_is_shown_on_its_row_keeps_the_token_and_backs_off(
        qtbot, win, clock, token_server, memory_keyring):
    before = stored(memory_keyring)
    # 502: busy, and not repeated by the service itself (503/429 are: see test_failures)
    token_server.expect_oneshot_request("/token", method="POST").respond_with_data(
        "busy", status=502)
    clock.now += 3600 - 120
    win.tick()
    qtbot.waitUntil(lambda: "Retrying in 30 s" in note(win), timeout=5000)
    assert "HTTP 502" in note(win) and "Provider busy" in note(win)
    assert stored(memory_keyring) == before
    assert refresh_requests(token_server) == 1
    win.tick()  # within the back-off: no second request
    clock.now += 31
    win.tick()
    qtbot.waitUntil(lambda: refresh_requests(token_server) == 2, timeout=5000)


def test_invalid_grant_puts_the_row_in_needs_reconnect(qtbot, win, token_server,
                                                        memory_keyring):
    token_server.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"error": "invalid_grant"}, status=400)
    before = stored(memory_keyring)["tokens"]
    win.actions_by_name["refresh"].trigger()
    qtbot.waitUntil(lambda: cell(win, STATE_COLUMN) == "needs re-connect", timeout=5000)
    assert "re-connect" in win.message.text()
    assert win.detail.banner.message.text() == "Example Corp no longer accepts this sign-in."
    assert win.detail.banner.button.text() == "&Sign in again"
    assert not win.actions_by_name["copy"].isEnabled()
    assert "sign in again" in win.actions_by_name["copy"].toolTip()
    assert stored(memory_keyring)["tokens"] == before


def test_manual_refresh_stores_the_new_tokens(qtbot, win, token_server, memory_keyring):
    token_server.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"access_token": "manual-access", "token_type": "bearer", "expires_in": 600})
    with qtbot.waitSignal(win.message_shown, timeout=5000,
                          check_params_cb=lambda text: text.startswith("Refreshed")):
        win.actions_by_name["refresh"].trigger()
    tokens = stored(memory_keyring)["tokens"]
    assert tokens["access_token"] == "manual-access"
    assert tokens["refresh_token"] is not None  # the answer had none: the old one is kept


def test_failed_revoke_keeps_the_account_unless_the_user_forgets_it(
        qtbot, win, token_server, memory_keyring, answers, confirmations):
    token_server.expect_request("/revoke", method="POST").respond_with_data("", status=503)
    answers.extend([True, False])  # revoke? yes. forget anyway? no.
    win.actions_by_name["revoke"].trigger()
    qtbot.waitUntil(lambda: "The account is kept." in note(win), timeout=5000)
    assert stored(memory_keyring)["tokens"]["access_token"] == ACCESS
    assert confirmations[0] == ("Revoke", "Revoke the token of alice at Example Corp? Scripts "
                                "using it will stop working, and the account is removed here.",
                                "Revoke")
    assert confirmations[1][2] == "Remove" and "temporarily unavailable" in confirmations[1][1]
    answers.extend([True, True])  # revoke? yes. forget anyway? yes.
    win.actions_by_name["revoke"].trigger()
    qtbot.waitUntil(lambda: ("tokenmgr", "account/example/42") not in memory_keyring.items,
                    timeout=5000)


def test_reconnect_with_other_scopes_asks_the_provider_for_them(qtbot, win, browser):
    win._ask_scopes = lambda current: "read write"
    with qtbot.waitSignal(win.connect_finished, timeout=15000):
        win.actions_by_name["reconnect_scopes"].trigger()
    assert "scope=read+write" in browser.urls[-1]


def test_changes_made_by_another_process_show_up_on_the_next_tick(qtbot, win, service, clock):
    from dataclasses import replace

    from tests.ui.conftest import rows

    other = replace(service.store.load("example:42"), account_id="77", name="from-the-cli")
    service.store.save(other)  # as `tokenmgr connect` in another process would
    win.tick()
    qtbot.waitUntil(lambda: any(r[1] == "from-the-cli" for r in rows(win)), timeout=5000)


def test_needs_attention_then_sign_in_again_from_the_banner_clears_it(
        qtbot, win, token_server, browser):
    from tests.ui.conftest import rows

    token_server.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"error": "invalid_grant"}, status=400)
    win.actions_by_name["refresh"].trigger()
    qtbot.waitUntil(lambda: win.detail.banner.fix == "sign_in", timeout=5000)
    assert rows(win)[0] == (0, "Needs attention", "1")
    assert (1, "Example Corp: alice", "needs re-connect") in rows(win)
    with qtbot.waitSignal(win.connect_finished, timeout=15000) as blocker:
        win.detail.banner.button.click()
    assert blocker.args[0].name == "alice"
    qtbot.waitUntil(lambda: cell(win, STATE_COLUMN) == "expires in 1 h", timeout=5000)
    assert not win.detail.banner.isVisibleTo(win.detail)
    assert all(r[1] != "Needs attention" for r in rows(win))
    assert win.actions_by_name["copy"].isEnabled()


def test_retry_now_on_the_banner_refreshes_and_the_banner_goes(qtbot, win, clock, token_server):
    token_server.expect_oneshot_request("/token", method="POST").respond_with_data(
        "oops", status=500)  # not retried within one refresh
    win.actions_by_name["refresh"].trigger()
    qtbot.waitUntil(lambda: win.detail.banner.fix == "retry", timeout=5000)
    assert "HTTP 500" in win.detail.banner.message.text()
    assert win.detail.banner.button.text() == "&Retry now"
    with qtbot.waitSignal(win.message_shown, timeout=5000,
                          check_params_cb=lambda text: text.startswith("Refreshed")):
        win.detail.banner.button.click()
    qtbot.waitUntil(lambda: not win.detail.banner.isVisibleTo(win.detail), timeout=5000)
    assert note(win) == ""


def test_a_removed_accounts_note_does_not_come_back_on_a_reconnected_one(
        qtbot, win, token_server):
    token_server.expect_oneshot_request("/token", method="POST").respond_with_data(
        "oops", status=500)  # not retried within one refresh
    win.actions_by_name["refresh"].trigger()
    qtbot.waitUntil(lambda: "HTTP 500" in note(win), timeout=5000)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.actions_by_name["remove"].trigger()
    qtbot.waitUntil(lambda: win.model.summary("example:42") is None, timeout=5000)
    with qtbot.waitSignal(win.connect_finished, timeout=15000):
        win.connect_provider("example")
    qtbot.waitUntil(lambda: win.select_key("example:42"), timeout=5000)
    assert note(win) == ""
    assert win.model.note("example:42") == ""
    assert not win.detail.banner.isVisibleTo(win.detail)


def test_background_refresh_ending_in_needs_reconnect_notifies_and_opens_there(
        qtbot, win, clock, token_server, notifier):
    token_server.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"error": "invalid_grant"}, status=400)
    clock.now += 3600 - 120
    win.tick()
    qtbot.waitUntil(lambda: bool(notifier.sent), timeout=5000)
    title, text, key = notifier.sent[0]
    assert title == "tokenmgr: an account needs attention"
    assert key == "example:42" and "alice at Example Corp needs you to sign in again" in text
    win.list.tree.clearSelection()
    win.list.tree.setCurrentIndex(win.list.proxy.index(0, 0))  # a group row
    assert win.selected_key() is None
    notifier.activated.emit(key)
    assert win.selected_key() == "example:42"


def test_background_refresh_that_keeps_failing_notifies_once(
        qtbot, win, clock, token_server, notifier):
    for _ in range(3):
        token_server.expect_oneshot_request("/token", method="POST").respond_with_data(
            "oops", status=500)  # not retried within one refresh
    clock.now += 3600 - 120
    for attempt in range(1, 4):
        win.tick()
        qtbot.waitUntil(lambda attempt=attempt: refresh_requests(token_server) == attempt,
                        timeout=5000)
        qtbot.waitUntil(lambda: win.runner.running == 0, timeout=5000)
        clock.now += 30 * 2 ** (attempt - 1) + 1
    assert len(notifier.sent) == 1 and "keeps failing" in notifier.sent[0][1]


def test_removal_moves_the_selection_to_a_neighbour(qtbot, win, service):
    from dataclasses import replace

    first = service.store.load("example:42")
    for account_id, name in (("50", "bob"), ("60", "carol")):
        service.store.save(replace(first, account_id=account_id, name=name))
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    assert win.list.visible_keys() == ["example:42", "example:50", "example:60"]
    assert win.select_key("example:50")
    win.actions_by_name["remove"].trigger()
    qtbot.waitUntil(lambda: win.model.summary("example:50") is None, timeout=5000)
    qtbot.waitUntil(lambda: win.selected_key() == "example:60", timeout=5000)
    win.actions_by_name["remove"].trigger()
    qtbot.waitUntil(lambda: win.selected_key() == "example:42", timeout=5000)
