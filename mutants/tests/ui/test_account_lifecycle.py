"""Day-to-day account care in the window: ticking expiry, background refresh with
back-off, errors on the right row, revoke that fails, forget anyway."""

from __future__ import annotations

import json

import pytest

from tests.ui.conftest import ACCESS, NOW
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.models import NOTES_COLUMN, REFRESHED_COLUMN, STATE_COLUMN
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
def win(qtbot, service, browser, clock, answers):
    service.clock = clock
    runner = TaskRunner()
    window = MainWindow(service, runner=runner, open_browser=browser, clock=clock,
                        confirm=lambda *_: answers.pop(0) if answers else True,
                        connect_timeout=20)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload()
    assert window.select_key("example")
    with qtbot.waitSignal(window.connect_finished, timeout=15000):
        window.actions_by_name["connect"].trigger()
    qtbot.waitUntil(lambda: window.select_key("example:42"), timeout=5000)
    yield window
    runner.wait_for_done(10000)


def cell(window: MainWindow, column: int) -> str:
    return window.view.currentIndex().siblingAtColumn(column).data() or ""


def stored(memory_keyring) -> dict:
    return json.loads(memory_keyring.items[("tokenmgr", "account/example/42")])


def refresh_requests(server) -> int:
    return sum(1 for request, _ in server.log
               if request.path == "/token" and b"grant_type=refresh_token" in request.get_data())


def test_expiry_and_last_refresh_texts_follow_the_clock(qtbot, win, clock):
    assert cell(win, STATE_COLUMN) == "expires in 1 h"
    assert cell(win, REFRESHED_COLUMN) == "never"
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
    qtbot.waitUntil(lambda: cell(win, REFRESHED_COLUMN) == "0 s ago", timeout=5000)
    tokens = stored(memory_keyring)["tokens"]
    assert (tokens["access_token"], tokens["refresh_token"]) == ("rotated-access",
                                                                 "rotated-refresh")
    assert cell(win, STATE_COLUMN) == "expires in 1 h"
    assert cell(win, NOTES_COLUMN) == ""


def test_failed_refresh_is_shown_on_its_row_keeps_the_token_and_backs_off(
        qtbot, win, clock, token_server, memory_keyring):
    before = stored(memory_keyring)
    token_server.expect_oneshot_request("/token", method="POST").respond_with_data(
        "busy", status=503)
    clock.now += 3600 - 120
    win.tick()
    qtbot.waitUntil(lambda: "Retrying in 30 s" in cell(win, NOTES_COLUMN), timeout=5000)
    assert "HTTP 503" in cell(win, NOTES_COLUMN)
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
    assert "re-connected" in cell(win, NOTES_COLUMN)
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
        qtbot, win, token_server, memory_keyring, answers):
    token_server.expect_request("/revoke", method="POST").respond_with_data("", status=503)
    answers.extend([True, False])  # revoke? yes. forget anyway? no.
    win.actions_by_name["revoke"].trigger()
    qtbot.waitUntil(lambda: "The account is kept." in cell(win, NOTES_COLUMN), timeout=5000)
    assert stored(memory_keyring)["tokens"]["access_token"] == ACCESS
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

    from tests.ui.test_main_window import rows

    other = replace(service.store.load("example:42"), account_id="77", name="from-the-cli")
    service.store.save(other)  # as `tokenmgr connect` in another process would
    win.tick()
    qtbot.waitUntil(lambda: any(r[1] == "from-the-cli" for r in rows(win)), timeout=5000)
