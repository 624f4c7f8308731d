"""The main window: providers and accounts, and the actions on them.

Every keyring or network call goes through ``TaskRunner``; the window only
turns results and typed errors into words. Collaborators (service, runner,
clipboard, browser opener, clock) are passed in, so tests build the window
without the rest of the app.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.accounts import AccountService
from tokenmgr.errors import (
    KeyringUnavailableError,
    TokenmgrError,
)
from tokenmgr.refresh_schedule import RefreshSchedule
from tokenmgr.ui.account_actions import AccountActions
from tokenmgr.ui.clipboard import SecretClipboard
from tokenmgr.ui.connect_actions import ConnectActions, ConnectControl
from tokenmgr.ui.dialogs.configure import ConfigureDialog, plain_label
from tokenmgr.ui.dialogs.connect_progress import ConnectProgressDialog
from tokenmgr.ui.errors import describe_error
from tokenmgr.ui.models import KEY_ROLE, KIND_ACCOUNT, KIND_ROLE, PROVIDER_ROLE, AccountsModel
from tokenmgr.ui.workers import TaskRunner

TICK_MS = 30_000


class MainWindow(ConnectActions, AccountActions, QMainWindow):
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
        self._connect: ConnectControl | None = None
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
            ("reveal", "Show &token…", "Ctrl+Shift+T", self.reveal_selected),
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
            "reveal": is_account and writable,
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
            if not (key and self.select_key(key)) and self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(0, 0))  # actions usable at once
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
        names = (("copy", "copy_header", "sign", "reveal", "refresh", "reconnect_scopes",
                  "revoke", "disconnect")
                 if self.selected()[0] == KIND_ACCOUNT
                 else ("connect", "reconnect_scopes", "configure"))
        for name in names:
            menu.addAction(self.actions_by_name[name])
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _confirm_dialog(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, f"{title} — tokenmgr", text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_clipboard_cleared(self, gone: bool) -> None:
        self.show_message("Clipboard cleared." if gone else
                          "The clipboard could not be cleared; clear it yourself.")

    def closeEvent(self, event) -> None:
        if self._connect is not None:
            self._connect.cancel()
        self.clipboard.clear()
        self._ticker.stop()
        self.runner.close()
        super().closeEvent(event)
