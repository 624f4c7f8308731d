"""tokenmgr.interrupts: SIGINT/SIGTERM wait while a refresh is between its request and its
save (issue 14), with real signals sent to this process."""

from __future__ import annotations

import io
import os
import signal
import threading
from collections.abc import Iterator

import pytest

from tokenmgr import interrupts


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Exit:
    def __init__(self) -> None:
        self.codes: list[int] = []
        self.called = threading.Event()

    def __call__(self, code: int) -> None:
        self.codes.append(code)
        self.called.set()


@pytest.fixture
def out() -> io.StringIO:
    return io.StringIO()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake_exit() -> Exit:
    return Exit()


@pytest.fixture
def installed(out, clock, fake_exit) -> Iterator[None]:
    assert threading.current_thread() is threading.main_thread()
    interrupts.install(out=out, clock=clock, exit=fake_exit)
    yield
    interrupts.reset()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


class Refresh:
    """A refresh on a worker thread, paused inside its critical section."""

    def __init__(self) -> None:
        self.entered, self.finish, self.stored = threading.Event(), threading.Event(), []
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.entered.wait(5)

    def _run(self) -> None:
        with interrupts.critical():
            self.entered.set()
            self.finish.wait(10)
            self.stored.append("saved")


def test_a_signal_with_no_refresh_in_progress_acts_at_once(installed, out):
    with pytest.raises(interrupts.Interrupted) as info:
        os.kill(os.getpid(), signal.SIGINT)
        threading.Event().wait(5)  # interrupted by the handler
    assert info.value.signum == signal.SIGINT
    assert out.getvalue() == ""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_during_a_refresh_waits_until_its_result_is_stored(installed, out, signum):
    refresh = Refresh()
    os.kill(os.getpid(), signum)  # handled here, in the main thread: deferred, no raise
    assert out.getvalue() == interrupts.NOTE + "\n"
    assert refresh.thread.is_alive() and refresh.stored == []
    with pytest.raises(interrupts.Cancelled), interrupts.critical():  # no new exchange
        pass
    refresh.finish.set()
    with pytest.raises(interrupts.Interrupted) as info:
        refresh.thread.join(10)
        threading.Event().wait(5)  # the wake-up signal ends this wait
    assert refresh.stored == ["saved"]  # the signal acted only after the save
    assert info.value.signum == signum


def test_a_second_ctrl_c_within_a_second_forces_the_exit_with_a_warning(
        installed, out, clock, fake_exit):
    refresh = Refresh()
    os.kill(os.getpid(), signal.SIGINT)
    clock.now += 0.5
    os.kill(os.getpid(), signal.SIGINT)
    assert fake_exit.codes == [128 + signal.SIGINT]
    assert out.getvalue().splitlines() == [interrupts.NOTE, interrupts.FORCED]
    refresh.finish.set()
    with pytest.raises(interrupts.Interrupted):
        refresh.thread.join(10)
        threading.Event().wait(5)


def test_a_second_ctrl_c_after_more_than_a_second_only_repeats_the_note(
        installed, out, clock, fake_exit):
    refresh = Refresh()
    os.kill(os.getpid(), signal.SIGINT)
    clock.now += 1.5
    os.kill(os.getpid(), signal.SIGINT)
    assert fake_exit.codes == []
    assert out.getvalue().splitlines() == [interrupts.NOTE, interrupts.NOTE]
    refresh.finish.set()
    with pytest.raises(interrupts.Interrupted):
        refresh.thread.join(10)
        threading.Event().wait(5)
    assert refresh.stored == ["saved"]


def test_the_wait_is_bounded(out, clock, fake_exit):
    interrupts.install(out=out, clock=clock, exit=fake_exit, bound=0.2)
    try:
        refresh = Refresh()
        os.kill(os.getpid(), signal.SIGTERM)
        assert fake_exit.called.wait(5)  # the refresh never finished: quit anyway
        assert fake_exit.codes == [128 + signal.SIGTERM]
        assert out.getvalue().splitlines() == [interrupts.NOTE, interrupts.GAVE_UP]
        refresh.finish.set()
        with pytest.raises(interrupts.Interrupted):
            refresh.thread.join(10)
            threading.Event().wait(5)
    finally:
        interrupts.reset()


def test_without_install_critical_sections_only_count():
    interrupts.reset()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    with interrupts.critical():
        assert interrupts.in_progress() == 1
    assert interrupts.in_progress() == 0
