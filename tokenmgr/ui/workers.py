"""Run a plain function off the UI thread; get its result or error back on it.

The function never touches a widget. Results come back through a queued
signal of an object living on the GUI thread, so callbacks (lambdas included)
always run there. Private pools, one per lane: ``general`` (reads such as
Copy, token and header, loading, Connect: 8 threads, so a Connect waiting
minutes for the browser does not starve reads) and ``refresh`` (background and
manual refreshes, at most ``[refresh] concurrency`` at once). A read never
queues behind refreshes. On quit, ``wait_for_lane(REFRESH_LANE, …)`` drops the
refreshes not started yet and waits, bounded, for those in flight.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal

GENERAL_LANE = "general"
REFRESH_LANE = "refresh"
GENERAL_THREADS = 8
DEFAULT_REFRESH_CONCURRENCY = 8


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], done: Callable[[bool, Any], None]) -> None:
        super().__init__()
        self._fn = fn
        self._done = done
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._done(False, exc)
        else:
            self._done(True, result)


class TaskRunner(QObject):
    """``submit(fn, on_success, on_error, lane=…)``; ``busy_changed(int)`` counts running
    tasks of every lane."""

    _finished = Signal(object, object, object, str)
    busy_changed = Signal(int)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None, *,
                 refresh_concurrency: int = DEFAULT_REFRESH_CONCURRENCY) -> None:
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(GENERAL_THREADS)
        refresh_pool = QThreadPool(self)
        refresh_pool.setMaxThreadCount(max(1, refresh_concurrency))
        self._pools = {GENERAL_LANE: pool, REFRESH_LANE: refresh_pool}
        self._running = 0
        self._lane_running = dict.fromkeys(self._pools, 0)
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> int:
        return self._running

    def lane_running(self, lane: str) -> int:
        """Tasks of ``lane`` submitted and not yet delivered (queued ones included)."""
        return self._lane_running[lane]

    def lane_limit(self, lane: str) -> int:
        return self._pools[lane].maxThreadCount()

    def submit(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = GENERAL_LANE,
    ) -> None:
        pool = self._pools[lane]
        self._running += 1
        self._lane_running[lane] += 1
        self.busy_changed.emit(self._running)

        def done(ok: bool, payload: Any) -> None:
            # "Signal source has been deleted": the runner went away (quit with this
            # task in flight), so its result has nowhere to go.
            with contextlib.suppress(RuntimeError):
                self._finished.emit(on_success if ok else on_error, payload, ok, lane)

        pool.start(_Task(fn, done))

    def close(self) -> None:
        """Stop delivering results: the window they were for is going away (a task
        that ends later must not call into deleted widgets)."""
        self._closed = True

    def _deliver(self, callback: Callable[[Any], None] | None, payload: Any, ok: bool,
                 lane: str) -> None:
        self._running -= 1
        self._lane_running[lane] -= 1
        if self._closed:
            return
        try:
            if callback is not None:
                callback(payload)
            elif not ok:
                raise payload
        finally:
            self.busy_changed.emit(self._running)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def wait_for_lane(self, lane: str, msecs: int,
                      note: Callable[[str], None] | None = None, step_ms: int = 100) -> bool:
        """On quit: drop ``lane``'s tasks not started yet, then wait up to ``msecs`` for
        those in flight (a refresh between its request and its save must store the
        answer). ``note`` gets a progress line; the window keeps painting (user input
        is held back). True when all finished in time."""
        pool = self._pools[lane]
        pool.clear()  # queued, not started: nothing was sent for them
        waited = 0
        while pool.activeThreadCount() > 0:
            if waited >= msecs:
                return False
            if note is not None:
                count = pool.activeThreadCount()
                note(f"Finishing {count} refresh{'es' if count != 1 else ''} in progress…")
            QCoreApplication.processEvents(
                QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            slice_ms = min(step_ms, msecs - waited)
            if pool.waitForDone(slice_ms):
                break
            waited += slice_ms
        return True
