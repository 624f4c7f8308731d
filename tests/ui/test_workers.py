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
