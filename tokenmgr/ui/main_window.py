"""The main window: the composition root. It builds the parts — account list, detail
pane, state page, add-account sheet, controllers — and wires their signals. Parts
take their collaborators in their constructors and share no attributes; the window
keeps only what the composition needs (selection, keyring state, titles).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from tokenmgr.accounts import AccountService
from tokenmgr.refresh_schedule import RefreshSchedule
from tokenmgr.secret import Secret
from tokenmgr.settings import Settings
from tokenmgr.store.backend_policy import BackendVerdict
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, Account
from tokenmgr.ui.account_list.model import AccountListModel
from tokenmgr.ui.account_list.view import AccountListView
from tokenmgr.ui.banner import FIX_RETRY, FIX_SIGN_IN, FIX_UNLOCK
from tokenmgr.ui.clipboard import SecretClipboard
from tokenmgr.ui.controllers.accounts import AccountController, Confirm
from tokenmgr.ui.controllers.connect import CodeRequest, ConnectController
from tokenmgr.ui.controllers.loader import (
    KEYRING_LOCKED,
    KEYRING_OK,
    KEYRING_UNAVAILABLE,
    AccountLoader,
    Snapshot,
)
from tokenmgr.ui.detail_pane import DetailPane
from tokenmgr.ui.errors import describe_error
from tokenmgr.ui.state_page import EMPTY, LOCKED, NO_SERVICE, StatePage
from tokenmgr.ui.text import confirm_dialog, plain_label
from tokenmgr.ui.window_actions import ACCOUNT_MENU, build_actions
from tokenmgr.ui.workers import REFRESH_LANE, TaskRunner
from tokenmgr.values.keys import AccountKey
from tokenmgr.values.provider import Provider

if TYPE_CHECKING:  # built on first use: not needed for the first paint
    from tokenmgr.ui.add_account.sheet import AddAccountSheet
    from tokenmgr.ui.detail.extras import DetailExtras
    from tokenmgr.ui.dialogs.sign_request import SignRequestDialog
    from tokenmgr.ui.notifications import Notifier
    from tokenmgr.ui.tray import AccountTray

TICK_MS = 30_000
QUIT_WAIT_MS = 15_000  # on quit, refreshes in flight get this long to store their answer
NO_SERVICE_WORDS = "No keyring service is running: start GNOME Keyring or KWallet. Read-only."
LOCKED_WORDS = "Your keyring is locked. Unlock it to use your accounts."


def _unlock_secret_service() -> object:
    from tokenmgr.store.unlock import unlock_default_collection

    return unlock_default_collection()


class MainWindow(QMainWindow):
    accounts_loaded = Signal()
    connect_finished = Signal(object)  # an Account, or the exception
    message_shown = Signal(str)

    def __init__(
        self,
        service: AccountService,
        *,
        runner: TaskRunner | None = None,
        clipboard: SecretClipboard | None = None,
        open_browser: Callable[[str], None] | None = None,
        confirm: Confirm | None = None,
        ask_scopes: Callable[[str], str | None] | None = None,
        prompt_code: Callable[[str, Callable[[str | None], None]], None] | None = None,
        clock: Callable[[], float] = time.time,
        connect_timeout: float = 300.0,
        auto_refresh: bool = True,
        notifier: Notifier | None = None,
        unlock_keyring: Callable[[], object] = _unlock_secret_service,
        settings: Settings | None = None,
        copy_text: Callable[[str], None] | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.settings = settings or Settings(refresh_margin_seconds=service.refresh_margin)
        self.runner = runner or TaskRunner(parent=self)
        self.clipboard = clipboard or SecretClipboard(parent=self)
        self._clock = clock
        now: Callable[[], float] = lambda: self._clock()  # noqa: E731 - one clock, swappable
        self._auto_refresh = auto_refresh
        self._ask_scopes = ask_scopes or self._ask_scopes_dialog
        self._prompt_code = prompt_code
        self._unlock_keyring = unlock_keyring
        self._copy_text = copy_text or (lambda text: QGuiApplication.clipboard().setText(text))
        self._quit_app = quit_app or QApplication.quit
        self.notifier = notifier
        self.keyring_state = KEYRING_OK
        self.providers: list[Provider] = []
        self._pending_select: str | None = None
        self._quitting = False
        self.close_to_tray = False

        # --- parts -----------------------------------------------------------
        self.model = AccountListModel(self)
        self.model.set_now(clock())
        self.list = AccountListView(self.model, self)
        self.view = self.list.tree
        self.detail = DetailPane(now, service.refresh_margin, self)
        self._now = now
        self._extras: DetailExtras | None = None  # see the extras property
        self.state_page = StatePage(self)
        self.schedule = RefreshSchedule(service.refresh_margin)
        self.loader = AccountLoader(service, self.runner, self)
        self.accounts = AccountController(
            service, self.runner, self.clipboard, self.model, self.schedule, now,
            confirm or (lambda title, text, action: confirm_dialog(self, title, text, action)),
            self)
        self.connector = ConnectController(service, self.runner, open_browser=open_browser,
                                           timeout=connect_timeout, parent=self)
        self._sheet: AddAccountSheet | None = None  # see the sheet property
        self.sign_dialog: SignRequestDialog | None = None
        self.context_menu: QMenu | None = None
        self.settings_dialog: QDialog | None = None
        self.shortcuts_dialog: QDialog | None = None
        self.settings_path: Path | None = None  # where Settings saves; set by the app
        self.tray: AccountTray | None = None  # set by the app when the desktop has a tray
        self.token_agent: Any = None  # issue 18's embedded agent, started by the app

        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 620])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.pages = QStackedWidget(self)
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.state_page)
        self.setCentralWidget(self.pages)
        self.message = plain_label("", self)
        self.message.setAccessibleName("Status message")
        self.message.setWordWrap(False)
        self.toast = plain_label("", self, wrap=False)
        self.toast.setAccessibleName("Clipboard")
        # A keyring backend only settings.toml admits stays named here (issue 17 item 7):
        # status messages come and go, this does not.
        self.keyring_notice = plain_label("", self, wrap=False)
        self.keyring_notice.setAccessibleName("Keyring backend")
        self.keyring_notice.hide()
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.keyring_notice)
        self.statusBar().addPermanentWidget(self.toast)

        self.actions_by_name = build_actions(self, {
            "add_account": self.add_account, "settings": self.open_settings,
            "quit": self.quit, "copy": self.copy_selected,
            "copy_header": lambda: self.copy_selected(header=True),
            "reveal": lambda: self.detail.eye.toggle(), "sign": self.sign_selected,
            "refresh": self.refresh_selected, "sign_in": self.sign_in_again_selected,
            "reconnect_scopes": self.connect_with_scopes_selected,
            "revoke": self.revoke_selected, "remove": self.remove_selected,
            "search": self.list.focus_search, "reload": self.reload, "unlock": self.unlock,
            "shortcuts": self.show_shortcuts,
        }, self)
        self.detail.set_actions(self.actions_by_name["copy"],
                                self.actions_by_name["copy_header"],
                                [self.actions_by_name[n] for n in ("sign_in", "revoke",
                                                                   "remove")])
        self._wire()
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start(TICK_MS)
        self._toast_timer = QTimer(self)
        self._toast_timer.setInterval(1000)
        self._toast_timer.timeout.connect(self._update_toast)
        self.resize(960, 600)
        self.setMinimumSize(640, 400)
        self._show_page()
        self._update_title()
        self._update_actions()

    def _wire(self) -> None:
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self.show_message)
        self.list.current_changed.connect(self._current_changed)
        self.list.copy_requested.connect(lambda key: self.accounts.copy(key))
        self.list.menu_requested.connect(self._open_context_menu)
        self.detail.fix_requested.connect(self._fix)
        self.detail.reveal_toggled.connect(self._reveal)
        self.detail.token.copy_requested.connect(self.copy_selected)
        self.state_page.action_requested.connect(self._state_action)
        self.accounts.message.connect(self.show_message)
        self.accounts.changed.connect(self.reload)
        self.accounts.removed.connect(self._removed)
        self.accounts.copied.connect(self._copied)
        self.accounts.attention.connect(self._attention)
        self.accounts.keyring_locked.connect(self.reload)
        self.connector.message.connect(self.show_message)
        self.connector.busy_changed.connect(lambda _busy: self._update_actions())
        self.connector.finished.connect(self._connect_done)
        self.connector.code_requested.connect(self._code_requested)
        self.clipboard.cleared.connect(self._clipboard_cleared)
        if self.notifier is not None:
            self.notifier.activated.connect(self.open_at)
        self.model.dataChanged.connect(lambda *_: self._refresh_detail())
        self.model.modelReset.connect(self._refresh_detail)

    # --- parts built on first use (they are not needed for the first paint) ----

    @property
    def sheet(self) -> AddAccountSheet:
        """The add-account sheet (picker, setup card, connect page)."""
        if self._sheet is None:
            from tokenmgr.ui.add_account.sheet import AddAccountSheet

            self._sheet = AddAccountSheet(self.connector, self._configure, self._copy_text,
                                          self.connector.open_in_browser, self,
                                          other_page=self._other_provider_page)
            self._sheet.set_providers(self.providers)
        return self._sheet

    @property
    def extras(self) -> DetailExtras:
        """The detail pane's health, claims, "last read by" and Try it parts."""
        if self._extras is None:
            from tokenmgr.ui.detail.extras import DetailExtras

            self._extras = DetailExtras(self.detail, self.service, self.runner.submit, self._now)
        return self._extras

    # --- small public API (tests, tray, app) ---------------------------------

    @property
    def read_only(self) -> bool:
        return self.keyring_state == KEYRING_UNAVAILABLE

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip("")
        self.message_shown.emit(text)

    def show_keyring_verdict(self, verdict: BackendVerdict) -> None:
        """Name the backend for good when only the user's settings.toml admits it."""
        if not verdict.opted_in:
            self.keyring_notice.hide()
            return
        self.keyring_notice.setText(f"Keyring: {verdict.name} (allowed by settings.toml)")
        self.keyring_notice.setToolTip(f"Tokens are kept in {verdict.describe()}.")
        self.keyring_notice.show()

    def selected_key(self) -> str | None:
        return self.list.current_key()

    def select_key(self, key: str) -> bool:
        return self.list.select_key(key)

    def open_at(self, key: str) -> None:
        """Show and raise the window with ``key`` selected (tray, notifications)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if not self.select_key(key):
            self._pending_select = key

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        self.loader.reload()

    def tick(self) -> None:
        """Every 30 s: re-word the times, re-read the index (the CLI may have changed it),
        then refresh what is about to expire."""
        self.model.set_now(self._clock())
        self._refresh_detail()
        self.reload()

    def _loaded(self, snapshot: Snapshot) -> None:
        was = self.keyring_state
        self.keyring_state = snapshot.keyring
        self.providers = snapshot.providers
        key = self._pending_select or self.selected_key()
        summaries = snapshot.summaries
        if summaries is None:  # unreadable now: keep showing the accounts known so far
            summaries = self.model.summaries()
        elif snapshot.keyring == KEYRING_LOCKED:  # keep what was read before the lock
            known = {s.key: s for s in self.model.summaries()}
            summaries = [known.get(s.key, s) for s in summaries] or list(known.values())
        self.model.set_now(self._clock())
        self.model.set_accounts(snapshot.providers, summaries)
        if not (key and self.select_key(key)):
            self.list.select_first()
        if key and self.selected_key() == key:
            self._pending_select = None
        if self._sheet is not None:
            self._sheet.set_providers(snapshot.providers)
        self._show_page()
        problems = list(snapshot.problems)
        if snapshot.keyring == KEYRING_LOCKED:
            problems.insert(0, LOCKED_WORDS)
        elif snapshot.keyring == KEYRING_UNAVAILABLE:
            problems.insert(0, NO_SERVICE_WORDS)
        if problems:
            self.show_message(" ".join(problems))
        elif was != KEYRING_OK or self.message.text() in (LOCKED_WORDS, NO_SERVICE_WORDS):
            self.show_message("")  # the lock message must not outlive the lock
        self._update_title()
        self._update_actions()
        self._refresh_detail()
        self.accounts_loaded.emit()
        if self._auto_refresh and snapshot.keyring == KEYRING_OK:
            self.accounts.refresh_due(summaries)

    def _show_page(self) -> None:
        has_rows = bool(self.model.summaries())
        if self.keyring_state == KEYRING_UNAVAILABLE and not has_rows:
            self.state_page.show_kind(NO_SERVICE)
        elif self.keyring_state == KEYRING_LOCKED and not has_rows:
            self.state_page.show_kind(LOCKED)
        elif not has_rows:
            self.state_page.show_kind(EMPTY)
        else:
            self.pages.setCurrentWidget(self.splitter)
            return
        self.pages.setCurrentWidget(self.state_page)

    def _state_action(self, kind: str) -> None:
        {EMPTY: self.add_account, LOCKED: self.unlock, NO_SERVICE: self.reload}[kind]()

    # --- selection, title, actions -------------------------------------------

    def _current_changed(self, key: str) -> None:
        self.actions_by_name["reveal"].setChecked(False)
        self._refresh_detail()
        self._update_title()
        self._update_actions()
        if key and self.keyring_state == KEYRING_OK:
            summary = self.model.summary(key)
            provider = self.model.provider(summary.provider_id) if summary else None
            name = provider.name if provider else (summary.provider_id if summary else "")

            def loaded(account: Account, where: str) -> None:
                self.detail.show_account(account, name, where)
                if account.key == self.selected_key():
                    self.extras.show(account, provider)

            if self._extras is not None:
                self._extras.clear()
            self.accounts.load_account(key, loaded)

    def _refresh_detail(self) -> None:
        key = self.selected_key()
        summary = self.model.summary(key) if key else None
        if summary is None:
            self.detail.clear()
            if self._extras is not None:
                self._extras.clear()
            self.detail.setEnabled(False)
            return
        self.detail.setEnabled(True)
        self.detail.show_summary(summary, self.model.provider(summary.provider_id),
                                 self.model.note(summary.key),
                                 self.keyring_state == KEYRING_LOCKED)

    def _update_title(self) -> None:
        key = self.selected_key()
        summary = self.model.summary(key) if key else None
        title = "tokenmgr"
        if summary is not None:
            provider = self.model.provider(summary.provider_id)
            title += f" — {provider.name if provider else summary.provider_id}: {summary.name}"
        if self.keyring_state == KEYRING_LOCKED:
            title += " [Locked]"
        self.setWindowTitle(title)

    def _reasons(self) -> dict[str, str | None]:
        """Why each action cannot work now (None: it can)."""
        key = self.selected_key()
        summary = self.model.summary(key) if key else None
        general: str | None = None
        if self.keyring_state == KEYRING_UNAVAILABLE:
            general = "No keyring service is running; nothing can be read or stored."
        elif self.keyring_state == KEYRING_LOCKED:
            general = "The keyring is locked; unlock it first."
        account = general or (None if summary else "Select an account first.")
        broken = account or ("This account needs you to sign in again."
                             if summary and summary.status == STATUS_NEEDS_RECONNECT else None)
        busy = "A sign-in is already in progress." if self.connector.busy else None
        return {
            "add_account": general or busy, "settings": None, "quit": None,
            "copy": broken, "copy_header": broken, "reveal": broken, "sign": broken,
            "refresh": broken, "sign_in": account or busy, "reconnect_scopes": account or busy,
            "revoke": account, "remove": account, "search": None, "reload": None,
            "unlock": None if self.keyring_state == KEYRING_LOCKED else
            "The keyring is not locked.", "shortcuts": None,
        }

    def _update_actions(self) -> None:
        for name, reason in self._reasons().items():
            action = self.actions_by_name[name]
            action.setEnabled(reason is None)
            base = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{base}: {reason}" if reason else base)
            action.setStatusTip(reason or "")

    def _open_context_menu(self, pos: QPoint) -> None:
        if not self.selected_key():
            return
        menu = QMenu(self)
        for name in ACCOUNT_MENU:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_by_name[name])
        self.context_menu = menu
        menu.popup(pos)

    # --- account actions -----------------------------------------------------

    def copy_selected(self, header: bool = False) -> None:
        key = self.selected_key()
        if key and self._reasons()["copy"] is None:
            self.accounts.copy(key, header=header)

    def _copied(self, what: str) -> None:
        self._toast_what = what
        self._update_toast()
        self._toast_timer.start()

    def _update_toast(self) -> None:
        left = self.clipboard.remaining_seconds()
        if left <= 0:
            self._toast_timer.stop()
            return
        self.toast.setText(f"Copied {self._toast_what.lower()} — clipboard clears in {left} s")

    def _clipboard_cleared(self, gone: bool) -> None:
        self._toast_timer.stop()
        self.toast.setText("Clipboard cleared." if gone else
                           "The clipboard could not be cleared; clear it yourself.")

    def _reveal(self, shown: bool) -> None:
        self.actions_by_name["reveal"].setChecked(shown)
        key = self.selected_key()
        if not shown or not key:
            self.detail.hide_token()
            return
        self.accounts.load_token(key, lambda secret: self.detail.show_token(key, secret))

    def refresh_selected(self) -> None:
        key = self.selected_key()
        if key:
            self.accounts.refresh(key, manual=True)

    def revoke_selected(self) -> None:
        key = self.selected_key()
        if key:
            self._pending_select = self.list.neighbour_of(key)
            self.accounts.revoke(key)

    def remove_selected(self) -> None:
        key = self.selected_key()
        if key:
            self._pending_select = self.list.neighbour_of(key)
            self.accounts.remove(key)

    def _removed(self, key: str) -> None:
        if self._pending_select == key:
            self._pending_select = None

    def sign_selected(self) -> None:
        key = self.selected_key()
        summary = self.model.summary(key) if key else None
        if key is None or summary is None:
            return

        def sign(method: str, url: str, body: list[tuple[str, str]],
                 deliver: Callable[[str], None]) -> None:
            self.runner.submit(
                lambda: self.service.authorization_header_for_key(
                    AccountKey(key), method, url, body).reveal(),
                deliver, lambda exc: dialog.status.setText(describe_error(exc)))

        from tokenmgr.ui.dialogs.sign_request import SignRequestDialog

        dialog = SignRequestDialog(f"{summary.provider_id}: {summary.name}", sign,
                                   self.clipboard.copy, self)
        dialog.open()
        self.sign_dialog = dialog

    # --- connecting ----------------------------------------------------------

    def add_account(self) -> None:
        self.sheet.set_providers(self.providers)
        self.sheet.show_picker()
        self.sheet.open()

    def connect_provider(self, provider_id: str,
                         scopes: tuple[str, ...] | None = None) -> None:
        """Connect (or sign in again) at ``provider_id`` in the sheet."""
        provider = next((p for p in self.providers if p.id == provider_id), None)
        if provider is None or self.connector.busy:
            return
        self.sheet.set_providers(self.providers)
        if not provider.is_configured:
            self.sheet.choose(provider.id)
        else:
            self.sheet.start_connect(provider, scopes)
        self.sheet.open()

    def sign_in_again_selected(self) -> None:
        key = self.selected_key()
        summary = self.model.summary(key) if key else None
        if summary is not None:
            self.connect_provider(summary.provider_id, summary.scopes or None)

    def connect_with_scopes_selected(self) -> None:
        key = self.selected_key()
        summary = self.model.summary(key) if key else None
        if summary is None:
            return
        answer = self._ask_scopes(" ".join(summary.scopes))
        if answer is not None:
            self.connect_provider(summary.provider_id,
                                  tuple(answer.replace(",", " ").split()))

    def _connect_done(self, result: object) -> None:
        if isinstance(result, Account):
            self.model.set_note(result.key, "")  # the old problem ends with the new sign-in
            self._pending_select = result.key
            self.reload()
        self._update_actions()
        self.connect_finished.emit(result)

    def _code_requested(self, prompt: str, request: CodeRequest) -> None:
        if self._prompt_code is not None:
            self._prompt_code(prompt, request.answer)
        else:
            self.sheet.ask_code(prompt, request)

    def cancel_connect(self) -> None:
        if self.connector.busy:
            self.sheet.reject()

    def _configure(self, provider_id: str, client_id: str, secret: Secret | None,
                   done: Callable[[Provider], None]) -> None:
        def saved(provider: Provider) -> None:
            self.show_message(f"Saved the app registration for {provider.name}.")
            self.reload()
            done(provider)

        def failed(exc: BaseException) -> None:
            self.sheet.setup.requirement.setText(describe_error(exc))
            self.sheet.setup.save.setEnabled(True)

        self.runner.submit(lambda: self.service.configure(provider_id, client_id, secret),
                           saved, failed)

    def _other_provider_page(self, parent: QWidget) -> QWidget:
        """Issue 16's "Other provider…": saved on the runner, then set up or connected."""
        from tokenmgr.ui.add_account.other_provider import OtherProviderWidget

        widget = OtherProviderWidget(self.runner.submit, parent=parent)

        def saved(provider_id: str, values: dict[str, object], secret: Secret | None,
                  new: bool) -> None:
            def done(provider: Provider) -> None:
                self.show_message(f"Saved {provider.name} to providers.toml.")
                self.reload()
                self.sheet.provider_added(provider)

            self.runner.submit(
                lambda: self.service.save_provider(provider_id, values, new=new,
                                                   client_secret=secret),
                done, lambda exc: self.show_message(describe_error(exc)))

        widget.saved.connect(saved)
        return widget

    def _ask_scopes_dialog(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(self, "Sign in with other scopes — tokenmgr",
                                        "Scopes (space-separated):", text=current)
        return text if ok else None

    # --- problems and their fixes --------------------------------------------

    def _fix(self, fix: str) -> None:
        key = self.selected_key()
        if fix == FIX_UNLOCK:
            self.unlock()
        elif fix == FIX_SIGN_IN:
            self.sign_in_again_selected()
        elif fix == FIX_RETRY and key:
            self.accounts.refresh(key, manual=True)

    def unlock(self) -> None:
        self.show_message("Asking your system to unlock the keyring…")

        def unlocked(_: Any) -> None:
            self.show_message("Keyring unlocked.")
            self.reload()

        self.runner.submit(self._unlock_keyring, unlocked,
                           lambda exc: self.show_message(describe_error(exc)))

    def _attention(self, key: str, text: str) -> None:
        if self.notifier is not None:
            self.notifier.notify("tokenmgr: an account needs attention", text, key)

    # --- dialogs -------------------------------------------------------------

    def open_settings(self) -> None:
        from tokenmgr.ui.settings_flow import open_settings

        open_settings(self)

    def show_shortcuts(self) -> None:
        from tokenmgr.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(list(self.actions_by_name.values()), self)
        dialog.open()
        self.shortcuts_dialog = dialog

    # --- closing -------------------------------------------------------------

    def quit(self) -> None:
        self._quitting = True
        self.close()
        self._quit_app()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_to_tray and not self._quitting:
            self.hide()
            event.ignore()
            return
        self.connector.cancel()
        self.runner.wait_for_lane(REFRESH_LANE, QUIT_WAIT_MS, self.show_message)  # issue 14
        self.clipboard.clear()
        self._ticker.stop()
        self.runner.close()
        super().closeEvent(event)


__all__ = ["MainWindow", "QWidget", "Qt"]
