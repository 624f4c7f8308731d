"""The main window: providers and accounts, and the actions on them.

Every keyring or network call goes through ``TaskRunner``; the window only
turns results and typed errors into words. Collaborators (service, runner,
clipboard, browser opener, clock) are passed in, so tests build the window
without the rest of the app.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.accounts import AccountService, ConnectJob
from tokenmgr.errors import (
    FlowCancelledError,
    KeyringUnavailableError,
    NeedsReconnectError,
    TokenmgrError,
)
from tokenmgr.refresh_schedule import RefreshSchedule
from tokenmgr.status_text import format_duration
from tokenmgr.ui.clipboard import SecretClipboard
from tokenmgr.ui.dialogs.configure import ConfigureDialog, plain_label
from tokenmgr.ui.dialogs.connect_progress import ConnectProgressDialog
from tokenmgr.ui.dialogs.sign_request import SignRequestDialog
from tokenmgr.ui.models import KEY_ROLE, KIND_ACCOUNT, KIND_ROLE, PROVIDER_ROLE, AccountsModel
from tokenmgr.ui.workers import TaskRunner

TICK_MS = 30_000


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, TokenmgrError):
        return str(exc)
    return f"Unexpected error ({type(exc).__name__}); see the log for details."


class _ConnectControl:
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


class MainWindow(QMainWindow):
    accounts_loaded = Signal()
    connect_finished = Signal(object)  # an Account, or the exception
    message_shown = Signal(str)
    _browser_requested = Signal(str)
    _code_requested = Signal(str, object)  # prompt, _CodeRequest (from a worker thread)

    def __init__(
        self,
        service: AccountService,
        *,
        runner: TaskRunner | None = None,
        clipboard: SecretClipboard | None = None,
        open_browser: Callable[[str], None] | None = None,
        confirm: Callable[[str, str], bool] | None = None,
        ask_scopes: Callable[[str], str | None] | None = None,
        prompt_code: Callable[[str, Callable[[str | None], None]], None] | None = None,
        clock: Callable[[], float] = time.time,
        connect_timeout: float = 300.0,
        auto_refresh: bool = True,
    ) -> None:
        super().__init__()
        self.setWindowTitle("tokenmgr")
        self.service = service
        self.runner = runner or TaskRunner(parent=self)
        self.clipboard = clipboard or SecretClipboard(parent=self)
        self._open_browser = open_browser or self._browser_requested.emit
        self._confirm = confirm or self._confirm_dialog
        self._ask_scopes = ask_scopes or self._ask_scopes_dialog
        self._prompt_code = prompt_code or self._prompt_code_dialog
        self._clock = clock
        self.schedule = RefreshSchedule(service.refresh_margin)
        self._auto_refresh = auto_refresh
        self._connect_timeout = connect_timeout
        self._connect: _ConnectControl | None = None
        self.progress: ConnectProgressDialog | None = None
        self.read_only = False
        self._browser_requested.connect(self._open_url)
        self._code_requested.connect(
            lambda prompt, request: self._prompt_code(prompt, request.answer))

        self.model = AccountsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName("Providers and accounts")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformRowHeights(True)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.message = plain_label("", self)
        self.message.setAccessibleName("Status message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        self.setCentralWidget(central)

        self.actions_by_name: dict[str, QAction] = {}
        toolbar = QToolBar("Actions", self)
        toolbar.setObjectName("actions")
        self.addToolBar(toolbar)
        for name, text, shortcut, slot in (
            ("configure", "Con&figure…", "Ctrl+E", self.configure_selected),
            ("connect", "&Connect", "Ctrl+N", self.connect_selected),
            ("reconnect_scopes", "Connect with &scopes…", "Ctrl+Shift+N",
             self.connect_with_scopes_selected),
            ("copy", "&Copy token", QKeySequence.StandardKey.Copy, self.copy_selected),
            ("copy_header", "Copy as &header", "Ctrl+Shift+C", self.copy_header_selected),
            ("sign", "&Sign a request…", "Ctrl+Shift+S", self.sign_selected),
            ("refresh", "&Refresh", "Ctrl+R", self.refresh_selected),
            ("revoke", "Re&voke…", "Ctrl+Shift+Del", self.revoke_selected),
            ("disconnect", "&Disconnect", QKeySequence.StandardKey.Delete,
             self.disconnect_selected),
            ("reload", "Re&load", QKeySequence.StandardKey.Refresh, self.reload),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
        self.clipboard.cleared.connect(self._on_clipboard_cleared)

        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start(TICK_MS)
        self.resize(760, 440)
        self._update_actions()

    # --- helpers -------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message_shown.emit(text)

    def selected(self) -> tuple[str | None, str | None, str | None]:
        """(kind, key, provider_id) of the current row."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None, None, None
        index = index.siblingAtColumn(0)
        return index.data(KIND_ROLE), index.data(KEY_ROLE), index.data(PROVIDER_ROLE)

    def select_key(self, key: str) -> bool:
        for index in self._all_indexes():
            if index.data(KEY_ROLE) == key:
                self.view.setCurrentIndex(index)
                return True
        return False

    def _all_indexes(self) -> list[QModelIndex]:
        found = []
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            found.append(parent)
            found.extend(self.model.index(child, 0, parent)
                         for child in range(self.model.rowCount(parent)))
        return found

    def _update_actions(self) -> None:
        kind, _, provider_id = self.selected()
        is_account = kind == KIND_ACCOUNT
        writable = not self.read_only
        busy = self._connect is not None
        provider = self.model.provider(provider_id) if provider_id else None
        enable = {
            "configure": provider is not None and writable,
            "connect": provider is not None and writable and not busy,
            "reconnect_scopes": provider is not None and writable and not busy,
            "copy": is_account and writable,
            "copy_header": is_account and writable,
            "sign": is_account and writable,
            "refresh": is_account and writable,
            "revoke": is_account and writable,
            "disconnect": is_account and writable,
            "reload": True,
        }
        for name, action in self.actions_by_name.items():
            action.setEnabled(enable[name])

    def _submit(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self.runner.submit(fn, on_success, self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, KeyringUnavailableError):
            self.read_only = True
            self._update_actions()
        self.show_message(describe_error(exc))

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        def load() -> tuple[Any, Any, BaseException | None]:
            catalog = self.service.catalog(reload=True)
            try:
                return catalog, self.service.summaries(), None
            except TokenmgrError as exc:
                return catalog, [], exc

        self._submit(load, self._loaded)

    def _loaded(self, payload: tuple[Any, Any, BaseException | None]) -> None:
        catalog, summaries, error = payload
        providers = list(catalog.providers.values())
        if self.model.same_content(providers, summaries):
            self.model.refresh_states(self._clock())  # keep the view's state as it is
        else:
            _, key, _ = self.selected()
            self.model.populate(providers, summaries, self._clock())
            self.view.expandAll()
            for column in range(self.model.columnCount()):
                self.view.resizeColumnToContents(column)
            if key:
                self.select_key(key)
        self.read_only = isinstance(error, KeyringUnavailableError)
        problems = [str(e) for e in catalog.errors] + ([describe_error(error)] if error else [])
        if self.read_only:
            problems.insert(0, "Read-only: no usable keyring, so nothing can be stored.")
        if problems:
            self.show_message("\n".join(problems))
        self._update_actions()
        self.accounts_loaded.emit()
        if self._auto_refresh and not self.read_only:
            self._refresh_due()

    # --- actions -------------------------------------------------------------

    def configure_selected(self) -> None:
        _, _, provider_id = self.selected()
        provider = self.model.provider(provider_id) if provider_id else None
        if provider is None:
            return
        dialog = ConfigureDialog(provider, self)
        dialog.accepted.connect(lambda: self._save_configuration(provider.id, *dialog.values()))
        dialog.open()
        self.configure_dialog = dialog

    def _save_configuration(self, provider_id: str, client_id: str, secret) -> None:
        def save() -> str:
            return self.service.configure(provider_id, client_id, secret).name

        self._submit(save, lambda name: (self.show_message(f"Configured {name}."),
                                         self.reload()))

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
        control = _ConnectControl()
        self._connect = control
        dialog = ConnectProgressDialog(provider.name, self)
        dialog.cancel_requested.connect(control.cancel)
        self.progress = dialog

        def work():
            job = self.service.begin_connect(
                provider.id, open_browser=self._open_browser,
                on_authorization_url=dialog.url_ready.emit, scopes=scopes or None,
                ask_code=lambda prompt: self._wait_for_code(prompt, control),
                timeout=self._connect_timeout)
            control.attach(job)
            return job.run()

        self.runner.submit(work, self._connected, self._connect_failed)
        dialog.show()
        self._update_actions()

    def _wait_for_code(self, prompt: str, control: _ConnectControl) -> str:
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

    def copy_selected(self, header: bool = False) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return

        def fresh_token() -> str:
            if header:
                return self.service.authorization_header(key).reveal()
            return self.service.copyable_credentials(key).reveal()

        def copied(token: str) -> None:
            self.clipboard.copy(token)
            what = "Authorization header" if header else "Access token"
            self.show_message(f"{what} copied; the clipboard is cleared in "
                              f"{self.clipboard.clear_seconds:g} s.")
            self.reload()  # the token may have been refreshed on the way

        self.runner.submit(fresh_token, copied, lambda exc: self._account_error(key, exc))

    def copy_header_selected(self) -> None:
        self.copy_selected(header=True)

    def sign_selected(self) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return
        summary = self.model.summary(key)
        label = f"{summary.provider_id}: {summary.name}" if summary else key

        def sign(method: str, url: str, body: dict[str, str], deliver) -> None:
            self.runner.submit(
                lambda: self.service.authorization_header(key, method, url, body).reveal(),
                deliver, lambda exc: dialog.status.setText(describe_error(exc)))

        dialog = SignRequestDialog(label, sign, self.clipboard.copy, self)
        dialog.open()
        self.sign_dialog = dialog

    def refresh_selected(self) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return
        self._start_refresh(key, manual=True)

    def tick(self) -> None:
        """Every 30 s: re-word the times, re-read the index (the CLI or another
        window may have changed it), then refresh what is about to expire."""
        self.model.refresh_states(self._clock())
        self.reload()

    def _refresh_due(self) -> None:
        for key in self.schedule.due(self.model.summaries(), self._clock()):
            self._start_refresh(key, manual=False)

    def _start_refresh(self, key: str, *, manual: bool) -> None:
        self.schedule.started(key)
        self.model.set_note(key, "refreshing…")

        def done(account) -> None:
            self.schedule.succeeded(key, self._clock())
            self.model.set_note(key, "")
            if manual:
                self.show_message(f"Refreshed {account.provider_id}: {account.name}.")
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NeedsReconnectError):
                self.schedule.gave_up(key)
                self._account_error(key, exc)
                self.reload()
                return
            delay = self.schedule.failed(key, self._clock())
            self._account_error(key, exc, suffix=f" Retrying in {format_duration(delay)}; "
                                "the current token is kept.")

        self.runner.submit(lambda: self.service.refresh(key, only_if_needed=not manual),
                           done, failed)

    def _account_error(self, key: str, exc: BaseException, suffix: str = "") -> None:
        text = describe_error(exc) + suffix
        self.model.set_note(key, text)
        self.show_message(text)

    def revoke_selected(self) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return
        if not self._confirm("Revoke", "Revoke this account's tokens at the provider and "
                             "forget it here?"):
            return
        def failed(exc: BaseException) -> None:
            self._account_error(key, exc, suffix=" The account is kept.")
            if isinstance(exc, TokenmgrError) and self._confirm(
                    "Forget locally anyway",
                    f"{describe_error(exc)}\n\nForget this account here anyway? Its tokens "
                    "may stay valid at the provider."):
                self._forget(key)

        self.runner.submit(lambda: self.service.revoke(key),
                           lambda _: (self.show_message("Revoked and forgotten."), self.reload()),
                           failed)

    def disconnect_selected(self) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return
        if not self._confirm("Disconnect", "Forget this account here without revoking it "
                             "at the provider?"):
            return
        self._forget(key)

    def _forget(self, key: str) -> None:
        self._submit(lambda: self.service.disconnect(key),
                     lambda _: (self.show_message("Forgotten locally."), self.reload()))

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.siblingAtColumn(0).data(KIND_ROLE) == KIND_ACCOUNT:
            self.copy_selected()
        else:
            self.connect_selected()

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        names = (("copy", "copy_header", "sign", "refresh", "reconnect_scopes", "revoke",
                  "disconnect")
                 if self.selected()[0] == KIND_ACCOUNT
                 else ("connect", "reconnect_scopes", "configure"))
        for name in names:
            menu.addAction(self.actions_by_name[name])
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _ask_scopes_dialog(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(self, "Connect with scopes — tokenmgr",
                                        "Scopes (space-separated):", text=current)
        return text if ok else None

    def _confirm_dialog(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, f"{title} — tokenmgr", text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_clipboard_cleared(self, gone: bool) -> None:
        self.show_message("Clipboard cleared." if gone else
                          "The clipboard could not be cleared; clear it yourself.")

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

    def closeEvent(self, event) -> None:
        if self._connect is not None:
            self._connect.cancel()
        self.clipboard.clear()
        self._ticker.stop()
        super().closeEvent(event)
