"""Run a plain function off the UI thread; get its result or error back on it.

The function never touches a widget. Results come back through a queued
signal of an object living on the GUI thread, so callbacks (lambdas included)
always run there. A private pool: a Connect waiting minutes for the browser
must not starve keyring reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


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
    """``submit(fn, on_success, on_error)``; ``busy_changed(int)`` counts running tasks."""

    _finished = Signal(object, object, object)
    busy_changed = Signal(int)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(8)
        self._pool = pool
        self._running = 0
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> int:
        return self._running

    def submit(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._running += 1
        self.busy_changed.emit(self._running)

        def done(ok: bool, payload: Any) -> None:
            self._finished.emit(on_success if ok else on_error, payload, ok)

        self._pool.start(_Task(fn, done))

    def close(self) -> None:
        """Stop delivering results: the window they were for is going away (a task
        that ends later must not call into deleted widgets)."""
        self._closed = True

    def _deliver(self, callback: Callable[[Any], None] | None, payload: Any, ok: bool) -> None:
        self._running -= 1
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
        return self._pool.waitForDone(msecs)
