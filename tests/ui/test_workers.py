"""Results of tasks that end after the window closed are dropped (issue 17: the fix
could be reverted with every test green)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from tokenmgr.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


def test_a_result_arriving_after_close_is_not_delivered(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    delivered: list[object] = []
    runner.submit(lambda: release.wait(10) and "late", delivered.append, delivered.append)
    runner.submit(lambda: "early", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["early"], timeout=5000)  # delivery does work
    runner.close()
    release.set()
    assert runner.wait_for_done(5000)
    QCoreApplication.processEvents()  # the queued result is handled, and dropped
    QCoreApplication.sendPostedEvents()
    assert delivered == ["early"]
    assert runner.running == 0  # and still counted as finished


def test_closing_the_window_stops_delivery_into_its_widgets(qtbot, window):
    release = threading.Event()
    delivered: list[object] = []
    window.runner.submit(lambda: release.wait(10) and "late", delivered.append)
    window.close()
    release.set()
    assert window.runner.wait_for_done(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    assert delivered == []


def test_a_task_ending_while_its_runner_is_destroyed_prints_no_traceback(qtbot, capfd):
    """Quitting with a task in flight: the runner goes away (its pools wait for the task),
    the task's result has nowhere to go and is dropped without a "Signal source has been
    deleted" traceback on stderr."""
    import shiboken6

    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    runner.submit(lambda: started.set() or release.wait(10))
    assert started.wait(5)
    runner.destroyed.connect(lambda *_: release.set())  # the task ends mid-destruction
    shiboken6.delete(runner)
    assert release.is_set()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Signal source has been deleted" not in err
