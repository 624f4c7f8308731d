"""TaskRunner lanes (issue 14): reads never queue behind refreshes, the refresh lane is
bounded by the concurrency setting, and quitting waits (bounded, with a note) for the
refreshes in flight, dropping those not started."""

from __future__ import annotations

import threading

import pytest

from tests.ui.conftest import wait_idle
from tokenmgr.ui.workers import REFRESH_LANE, TaskRunner

pytestmark = pytest.mark.gui


class Blocker:
    """Tasks that wait for ``release``; counts how many run at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.lock = threading.Condition()
        self.running = self.peak = self.started = 0

    def __call__(self) -> str:
        with self.lock:
            self.running += 1
            self.started += 1
            self.peak = max(self.peak, self.running)
            self.lock.notify_all()
        try:
            assert self.release.wait(10)
            return "refreshed"
        finally:
            with self.lock:
                self.running -= 1

    def wait_running(self, count: int) -> bool:
        with self.lock:
            return self.lock.wait_for(lambda: self.running == count, 5)


@pytest.fixture
def runner(qtbot):
    made = TaskRunner(refresh_concurrency=2)
    yield made
    made.wait_for_done(10000)


def test_a_read_runs_while_the_refresh_lane_is_full(qtbot, runner):
    refreshes = Blocker()
    for _ in range(6):
        runner.submit(refreshes, lane=REFRESH_LANE)
    assert refreshes.wait_running(2)
    results: list[str] = []
    with qtbot.waitSignal(runner.busy_changed, timeout=5000,
                          check_params_cb=lambda _n: bool(results)):
        runner.submit(lambda: "token", results.append)
    assert results == ["token"]  # did not wait for any of the six refreshes
    assert refreshes.started == 2 and refreshes.peak == 2  # the lane's bound
    refreshes.release.set()
    wait_idle(qtbot, runner)
    assert refreshes.started == 6 and refreshes.peak == 2


def test_quitting_waits_for_refreshes_in_flight_and_drops_the_others(qtbot, runner):
    refreshes = Blocker()
    for _ in range(5):
        runner.submit(refreshes, lane=REFRESH_LANE)
    assert refreshes.wait_running(2)
    notes: list[str] = []

    def note(text: str) -> None:
        notes.append(text)
        refreshes.release.set()  # the answers arrive while the note shows

    assert runner.wait_for_lane(REFRESH_LANE, 10_000, note) is True
    assert refreshes.running == 0
    assert notes[0] == "Finishing 2 refreshes in progress…"
    assert refreshes.started == 2  # the three not started were never sent


def test_the_wait_on_quit_is_bounded(qtbot, runner):
    refreshes = Blocker()
    runner.submit(refreshes, lane=REFRESH_LANE)
    assert refreshes.wait_running(1)
    notes: list[str] = []
    assert runner.wait_for_lane(REFRESH_LANE, 200, notes.append) is False
    assert notes and notes[0] == "Finishing 1 refresh in progress…"
    refreshes.release.set()


def test_closing_the_window_lets_a_refresh_in_flight_store_its_answer(qtbot, window):
    refreshes = Blocker()
    window.runner.submit(refreshes, lane=REFRESH_LANE)
    assert refreshes.wait_running(1)
    shown: list[str] = []
    real_show = window.show_message

    def show_message(text: str) -> None:
        shown.append(text)
        refreshes.release.set()
        real_show(text)

    window.show_message = show_message
    window.close()
    assert refreshes.running == 0 and refreshes.started == 1
    assert "Finishing 1 refresh in progress…" in shown


def test_the_window_sends_refreshes_to_the_refresh_lane_and_copies_to_the_other(
        qtbot, window, memory_store, monkeypatch):
    from tests.ui.conftest import ACCESS, NOW
    from tokenmgr.oauth.tokens import TokenSet
    from tokenmgr.secret import Secret
    from tokenmgr.store.schema import Account

    memory_store.save(Account(provider_id="example", account_id="42", name="alice",
                              tokens=TokenSet(Secret(ACCESS), refresh_token=Secret("r"),
                                              expires_at=NOW + 3600, obtained_at=NOW),
                              connected_at=NOW))
    window._auto_refresh = False
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload()
    assert window.select_key("example:42")
    lanes: list[str] = []
    real_submit = window.runner.submit

    def submit(fn, on_success=None, on_error=None, *, lane="general"):
        lanes.append(lane)
        real_submit(fn, on_success, on_error, lane=lane)

    monkeypatch.setattr(window.runner, "submit", submit)
    window.actions_by_name["refresh"].trigger()
    window.actions_by_name["copy"].trigger()
    assert lanes == [REFRESH_LANE, "general"]
    wait_idle(qtbot, window.runner)

