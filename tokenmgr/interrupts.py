"""SIGINT and SIGTERM wait while a refresh is between its request and its save.

With rotating refresh tokens, the provider spends the old refresh token the
moment it answers; a process that dies before storing the answer has lost the
grant. ``critical()`` marks that stretch (``AccountService.refresh`` uses
it). Once the CLI has called ``install()``, a signal arriving inside one is
deferred: ``finishing the refresh in progress…`` is said once, no new
exchange starts (``critical()`` raises ``Cancelled``), and the signal is
delivered (as ``Interrupted``, a ``KeyboardInterrupt``) in the main thread
when the last one has stored its result, or when ``bound`` seconds have
passed. A second Ctrl-C within a second forces an exit at once, with a
warning. Without ``install()`` (the window, tests) ``critical()`` only counts.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TextIO

FORCE_WINDOW = 1.0  # a second Ctrl-C within this many seconds forces the exit
DEFAULT_BOUND = 75.0  # the HTTP deadline (30 s) plus the keyring calls' (15 s each)
NOTE = "tokenmgr: finishing the refresh in progress… (Ctrl-C again to force)"
FORCED = ("tokenmgr: forced to quit during a refresh; if the provider rotated its "
          "refresh token, that account may need to be re-connected")
GAVE_UP = "tokenmgr: the refresh in progress did not finish in time; quitting anyway"


class Interrupted(KeyboardInterrupt):
    """The deferred (or immediate) SIGINT/SIGTERM, raised in the main thread."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class Cancelled(Exception):
    """A refresh that had not sent its request yet when the signal came: not started."""


class _Guard:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.installed = False
        self.stopping = False
        self.pending: int | None = None
        self.last_signal = 0.0
        self.wake = False
        self.expired = False
        self.out: TextIO = sys.stderr
        self.bound = DEFAULT_BOUND
        self.clock: Callable[[], float] = time.monotonic
        self.exit: Callable[[int], Any] = os._exit
        self.timer: threading.Timer | None = None


_guard = _Guard()


@contextlib.contextmanager
def critical() -> Iterator[None]:
    """From sending a refresh request to storing its result."""
    with _guard.lock:
        if _guard.stopping:
            raise Cancelled("not started: tokenmgr is quitting")
        _guard.active += 1
    try:
        yield
    finally:
        with _guard.lock:
            _guard.active -= 1
            wake = _guard.active == 0 and _guard.pending is not None
            if wake:
                _guard.wake = True
        if wake:
            _wake_main()  # its handler delivers the pending signal


def in_progress() -> int:
    with _guard.lock:
        return _guard.active


def install(out: TextIO | None = None, bound: float = DEFAULT_BOUND,
            clock: Callable[[], float] = time.monotonic,
            exit: Callable[[int], Any] = os._exit) -> None:
    """Take over SIGINT and SIGTERM for this (CLI) process. Main thread only."""
    _guard.out = out or sys.stderr
    _guard.bound = bound
    _guard.clock = clock
    _guard.exit = exit
    _guard.installed = True
    signal.signal(signal.SIGINT, _handle)
    signal.signal(signal.SIGTERM, _handle)


def reset() -> None:
    """Forget every state (tests); restores the default handlers if installed."""
    global _guard
    if _guard.installed and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _guard.timer is not None:
        _guard.timer.cancel()
    _guard = _Guard()


def _say(text: str) -> None:
    with contextlib.suppress(Exception):
        print(text, file=_guard.out, flush=True)


def _force(text: str, signum: int) -> None:
    _say(text)
    _guard.exit(128 + signum)


def _handle(signum: int, frame: object) -> None:
    g = _guard
    now = g.clock()
    with g.lock:
        g.stopping = True
        if g.wake or g.expired:  # called by critical() or the timer, not by a user
            expired, g.wake, g.expired = g.expired, False, False
            pending = g.pending if g.pending is not None else signum
            if g.active and not expired:
                return  # another refresh started meanwhile: it wakes us later
            if g.timer is not None:
                g.timer.cancel()
        elif g.active:
            repeated = g.pending is not None and now - g.last_signal <= FORCE_WINDOW
            first = g.pending is None
            g.pending = g.pending if g.pending is not None else signum
            g.last_signal = now
            expired, pending = False, -1
            if first:
                g.timer = threading.Timer(g.bound, _expire)
                g.timer.daemon = True
                g.timer.start()
        else:
            expired, pending = False, signum
    if pending == -1:
        if repeated and signum == signal.SIGINT:
            _force(FORCED, signum)
        elif first or signum == signal.SIGINT:
            _say(NOTE)
        return
    if expired:
        _force(GAVE_UP, pending)
        return
    raise Interrupted(pending)


def _expire() -> None:
    with _guard.lock:
        if _guard.pending is None or not _guard.active:
            return
        _guard.expired = True
    _wake_main()


def _wake_main() -> None:
    """A real signal (not ``interrupt_main``): it also ends a blocking wait."""
    ident = threading.main_thread().ident
    if ident is not None:
        signal.pthread_kill(ident, signal.SIGINT)
