"""Connect (and Sign in again): run a sign-in on a worker, relay what the user must
see (the address, a device code, a PIN prompt) to the GUI thread, Cancel.

Collaborators: the service, the runner, the browser opener. Widgets subscribe to
the signals; this object owns no widget.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from tokenmgr.accounts import AccountService, ConnectJob
from tokenmgr.errors import FlowCancelledError, TokenmgrError, UnsupportedError
from tokenmgr.store.schema import Account
from tokenmgr.ui.errors import describe_error
from tokenmgr.ui.workers import TaskRunner


class ConnectControl:
    """Lets Cancel reach a job that the worker thread is still creating."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._job: ConnectJob | None = None
        self.cancelled = False

    def attach(self, job: ConnectJob) -> None:
        with self._lock:
            self._job = job
            cancelled = self.cancelled
        if cancelled:
            job.cancel()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            job = self._job
        if job is not None:
            job.cancel()

    def submit_landing(self, text: str) -> None:
        """The address the browser landed on (or the bare code), pasted by the user:
        validated by the flow exactly like a redirect; raises its FlowError if not."""
        with self._lock:
            job = self._job
        submit = getattr(job.flow, "submit_landing", None) if job is not None else None
        if submit is None:
            raise UnsupportedError("This sign-in does not take a pasted address.")
        submit(text)


class CodeRequest:
    """A PIN or pasted code the flow (on a worker) waits for from the GUI thread."""

    def __init__(self) -> None:
        self.answered = threading.Event()
        self.value: str | None = None

    def answer(self, value: str | None) -> None:
        self.value = value
        self.answered.set()


def open_url(url: str) -> str | None:
    """Open the browser (BROWSER honoured like webbrowser does); an error's words or None."""
    from tokenmgr.oauth.browser import check_browser_url, open_in_browser

    try:
        if os.environ.get("BROWSER"):
            open_in_browser(url)
        else:
            QDesktopServices.openUrl(QUrl(check_browser_url(url)))
    except TokenmgrError as exc:
        return describe_error(exc)
    return None


class ConnectController(QObject):
    url_ready = Signal(str)
    user_code_ready = Signal(str, str)  # device grant: (code, verification URI)
    code_requested = Signal(str, object)  # prompt, CodeRequest
    finished = Signal(object)  # an Account, or the exception
    busy_changed = Signal(bool)
    message = Signal(str)
    _browser_requested = Signal(str)

    def __init__(self, service: AccountService, runner: TaskRunner, *,
                 open_browser: Callable[[str], None] | None = None,
                 timeout: float = 300.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._open_browser: Callable[[str], None] = open_browser or self._browser_requested.emit
        self._browser_requested.connect(self.open_in_browser)
        self.timeout = timeout
        self._control: ConnectControl | None = None
        self.last_url = ""
        self.url_ready.connect(self._remember_url)

    @property
    def busy(self) -> bool:
        return self._control is not None

    def _remember_url(self, url: str) -> None:
        self.last_url = url

    def open_in_browser(self, url: str) -> None:
        problem = open_url(url)
        if problem:
            self.message.emit(problem)

    def open_again(self) -> None:
        if self.last_url:
            self._open_browser(self.last_url)

    def start(self, provider_id: str, scopes: tuple[str, ...] | None = None) -> bool:
        if self._control is not None:
            return False
        control = ConnectControl()
        self._control = control
        self.last_url = ""

        def work() -> Account:
            job = self._service.begin_connect(
                provider_id, open_browser=self._open_browser,
                on_authorization_url=self.url_ready.emit, scopes=scopes or None,
                ask_code=lambda prompt: self._wait_for_code(prompt, control),
                on_user_code=self.user_code_ready.emit, timeout=self.timeout)
            control.attach(job)
            return job.run()

        self._runner.submit(work, self._connected, self._failed)
        self.busy_changed.emit(True)
        return True

    def cancel(self) -> None:
        if self._control is not None:
            self._control.cancel()

    def submit_landing(self, text: str) -> None:
        if self._control is None:
            raise UnsupportedError("No sign-in is waiting.")
        self._control.submit_landing(text)

    def _wait_for_code(self, prompt: str, control: ConnectControl) -> str:
        """Runs on the worker: ask the GUI thread, wait for the answer or Cancel."""
        request = CodeRequest()
        self.code_requested.emit(prompt, request)
        deadline = time.monotonic() + self.timeout
        while not request.answered.wait(0.1):
            if control.cancelled or time.monotonic() > deadline:
                raise FlowCancelledError("Sign-in cancelled.")
        if not request.value:
            raise FlowCancelledError("Sign-in cancelled.")
        return request.value

    def _end(self) -> None:
        self._control = None
        self.busy_changed.emit(False)

    def _connected(self, account: Account) -> None:
        self._end()
        self.message.emit(f"Connected {account.provider_id}: {account.name}.")
        self.finished.emit(account)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.message.emit("Sign-in cancelled." if isinstance(exc, FlowCancelledError)
                          else describe_error(exc))
        self.finished.emit(exc)
