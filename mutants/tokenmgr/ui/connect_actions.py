"""Connect from the window: the progress dialog, Cancel, PIN / pasted-code prompts,
and opening the browser from the GUI thread.

A mixin of ``MainWindow`` (it uses the window's service, runner, model and
signals), kept apart so each file stays about one thing.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit

from tokenmgr.accounts import ConnectJob
from tokenmgr.errors import FlowCancelledError, TokenmgrError
from tokenmgr.ui.dialogs.connect_progress import ConnectProgressDialog
from tokenmgr.ui.errors import describe_error


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


class _CodeRequest:
    """A PIN or pasted code the flow (on a worker) waits for from the GUI thread."""

    def __init__(self) -> None:
        self.answered = threading.Event()
        self.value: str | None = None

    def answer(self, value: str | None) -> None:
        self.value = value
        self.answered.set()


class ConnectActions:
    """Connect, Connect with scopes, and what a running sign-in needs from the GUI."""

    def connect_with_scopes_selected(self) -> None:
        _, key, provider_id = self.selected()
        provider = self.model.provider(provider_id) if provider_id else None
        if provider is None:
            return
        summary = self.model.summary(key) if key else None
        current = " ".join(summary.scopes if summary else provider.scopes)
        answer = self._ask_scopes(current)
        if answer is not None:
            self.connect_selected(scopes=tuple(answer.replace(",", " ").split()))

    def connect_selected(self, scopes: tuple[str, ...] | None = None) -> None:
        _, _, provider_id = self.selected()
        provider = self.model.provider(provider_id) if provider_id else None
        if provider is None or self._connect is not None:
            return
        if not provider.is_configured:
            self.configure_selected()
            return
        control = ConnectControl()
        self._connect = control
        dialog = ConnectProgressDialog(provider.name, self)
        dialog.cancel_requested.connect(control.cancel)
        self.progress = dialog

        def work():
            job = self.service.begin_connect(
                provider.id, open_browser=self._open_browser,
                on_authorization_url=dialog.url_ready.emit, scopes=scopes or None,
                ask_code=lambda prompt: self._wait_for_code(prompt, control),
                on_user_code=dialog.user_code_ready.emit,
                timeout=self._connect_timeout)
            control.attach(job)
            return job.run()

        self.runner.submit(work, self._connected, self._connect_failed)
        dialog.show()
        self._update_actions()

    def _wait_for_code(self, prompt: str, control: ConnectControl) -> str:
        """Runs on the worker: ask the GUI thread, wait for the answer or Cancel."""
        request = _CodeRequest()
        self._code_requested.emit(prompt, request)
        deadline = time.monotonic() + self._connect_timeout
        while not request.answered.wait(0.1):
            if control.cancelled or time.monotonic() > deadline:
                raise FlowCancelledError("Sign-in cancelled.")
        if not request.value:
            raise FlowCancelledError("Sign-in cancelled.")
        return request.value

    def _prompt_code_dialog(self, prompt: str, answer: Callable[[str | None], None]) -> None:
        dialog = QInputDialog(self.progress or self)
        dialog.setWindowTitle("Sign-in code — tokenmgr")
        dialog.setLabelText(prompt)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(lambda text: answer(text))
        dialog.rejected.connect(lambda: answer(None))
        dialog.open()
        self.code_dialog = dialog

    def _end_connect(self) -> None:
        self._connect = None
        if self.progress is not None:
            self.progress.finish()
        self._update_actions()

    def _connected(self, account) -> None:
        self._end_connect()
        self.show_message(f"Connected {account.provider_id}: {account.name}.")
        self.reload()
        self.connect_finished.emit(account)

    def _connect_failed(self, exc: BaseException) -> None:
        self._end_connect()
        if isinstance(exc, FlowCancelledError):
            self.show_message("Sign-in cancelled.")
        else:
            self._on_error(exc)
        self.connect_finished.emit(exc)

    def cancel_connect(self) -> None:
        if self.progress is not None and self._connect is not None:
            self.progress.reject()

    def _ask_scopes_dialog(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(self, "Connect with scopes — tokenmgr",
                                        "Scopes (space-separated):", text=current)
        return text if ok else None

    def _open_url(self, url: str) -> None:
        """Open the browser from the GUI thread (BROWSER honoured like webbrowser does)."""
        from tokenmgr.oauth.browser import check_browser_url, open_in_browser

        try:
            if os.environ.get("BROWSER"):
                open_in_browser(url)
            else:
                QDesktopServices.openUrl(QUrl(check_browser_url(url)))
        except TokenmgrError as exc:
            self.show_message(describe_error(exc))
