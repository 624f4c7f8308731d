"""What the window does to an account: copy, reveal, refresh (on demand and in the
background, with back-off), revoke, remove. Every keyring or network call runs on
the runner; problems go to the account's note (its row and banner) and go away
when the problem does.

Collaborators: service, runner, secret clipboard, the list model (notes, busy),
the refresh schedule, a clock and a ``confirm(title, text, action)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from tokenmgr.accounts import AccountService
from tokenmgr.errors import KeyringLockedError, NeedsReconnectError, TokenmgrError
from tokenmgr.refresh_schedule import RefreshSchedule
from tokenmgr.secret import Secret
from tokenmgr.status_text import format_duration
from tokenmgr.store.schema import Account, AccountSummary
from tokenmgr.ui.account_list.model import NOTE_WARNING, AccountListModel
from tokenmgr.ui.clipboard import SecretClipboard
from tokenmgr.ui.detail_pane import clock_time
from tokenmgr.ui.errors import describe_error
from tokenmgr.ui.workers import REFRESH_LANE, TaskRunner
from tokenmgr.values.keys import AccountKey

Confirm = Callable[[str, str, str], bool]
FAILURES_BEFORE_NOTIFYING = 3


class AccountController(QObject):
    message = Signal(str)
    changed = Signal()  # the stored accounts changed: reload
    removed = Signal(str)  # key
    attention = Signal(str, str)  # key, what is wrong (for a desktop notification)
    copied = Signal(str)  # what was copied, in words
    keyring_locked = Signal()

    def __init__(self, service: AccountService, runner: TaskRunner,
                 clipboard: SecretClipboard, model: AccountListModel,
                 schedule: RefreshSchedule, clock: Callable[[], float],
                 confirm: Confirm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self.clipboard = clipboard
        self._model = model
        self._schedule = schedule
        self._clock = clock
        self.confirm = confirm
        self._failures: dict[str, int] = {}

    def _label(self, key: str) -> str:
        summary = self._model.summary(key)
        if summary is None:
            return key
        provider = self._model.provider(summary.provider_id)
        return f"{summary.name} at {provider.name if provider else summary.provider_id}"

    def _problem(self, key: str, exc: BaseException, suffix: str = "") -> None:
        if isinstance(exc, KeyringLockedError):
            self.keyring_locked.emit()  # the window's lock state says it, not a row note
            self.message.emit(describe_error(exc))
            return
        text = describe_error(exc) + suffix
        self._model.set_note(key, text, NOTE_WARNING)
        self.message.emit(text)

    # --- copy and reveal -----------------------------------------------------

    def copy(self, key: str, *, header: bool = False) -> None:
        summary = self._model.summary(key)
        shown_as = f"{summary.provider_id}:{summary.name}" if summary else key

        def fresh() -> Secret:
            if header:
                secret = self._service.authorization_header_for_key(AccountKey(key))
            else:
                secret = self._service.copyable_credentials(AccountKey(key))
            self._record_read(key, shown_as)
            return secret

        def copied(secret: Secret) -> None:
            self.clipboard.copy(secret.reveal())
            self.copied.emit("Authorization header" if header else "Access token")
            self.changed.emit()  # the token may have been refreshed on the way

        self._runner.submit(fresh, copied, lambda exc: self._problem(key, exc))

    def _record_read(self, key: str, shown_as: str) -> None:
        """A copy is a read like `tokenmgr token`'s: the access log says "by tokenmgr
        (pid N) via window copy" (worker thread: the log takes a file lock)."""
        import os

        from tokenmgr.access_log import Read, default_log

        default_log().record(key, Read(at=self._clock(), program="tokenmgr", pid=os.getpid(),
                                       via="window copy", account=shown_as))

    def load_token(self, key: str, deliver: Callable[[Secret], None]) -> None:
        """For the eye toggle: the current token, delivered on the GUI thread."""
        self._runner.submit(lambda: self._service.copyable_credentials(AccountKey(key)), deliver,
                            lambda exc: self._problem(key, exc))

    def load_account(self, key: str, deliver: Callable[[Account, str], None]) -> None:
        """Everything about one account (profile, redirect URI) and where it is stored."""
        def read() -> tuple[Account, str]:
            from tokenmgr.store.unlock import describe_storage

            account = self._service.store.load(key)
            where = describe_storage(self._service.store.keyring.backend)
            if self._service.keyring_verdict().opted_in:
                where += " (allowed by your settings.toml)"
            return account, where

        self._runner.submit(read, lambda pair: deliver(*pair), lambda exc: None)

    # --- refresh -------------------------------------------------------------

    def refresh(self, key: str, *, manual: bool = True, force: bool = False) -> None:
        self._schedule.started(key)
        self._model.set_busy(key, True)

        def done(account: Account) -> None:
            self._schedule.succeeded(key, self._clock())
            self._failures.pop(key, None)
            self._model.set_busy(key, False)
            self._model.set_note(key, "")
            self._model.put_account(account.summary())  # this row only; no index re-read
            if manual:
                self.message.emit(f"Refreshed {account.provider_id}: {account.name}.")

        def failed(exc: BaseException) -> None:
            self._model.set_busy(key, False)
            if isinstance(exc, NeedsReconnectError):
                self._schedule.gave_up(key)
                self._model.set_note(key, "")  # the status says it; no stale retry note
                self.message.emit(describe_error(exc))
                if not manual:
                    self.attention.emit(key, f"{self._label(key)} needs you to sign in again.")
                self.changed.emit()
                return
            delay = self._schedule.failed(key, self._clock(),
                                          getattr(exc, "retry_after", None))
            at = clock_time(self._clock() + delay)
            self._problem(key, exc, f" Retrying in {format_duration(delay)} (at {at}); the "
                          "current token is kept.")
            self._failures[key] = self._failures.get(key, 0) + 1
            if not manual and self._failures[key] == FAILURES_BEFORE_NOTIFYING:
                self.attention.emit(key, f"Refreshing {self._label(key)} keeps failing: "
                                    f"{describe_error(exc)}")

        self._runner.submit(lambda: self._service.refresh(AccountKey(key),
                                                          only_if_needed=not (manual or force)),
                            done, failed, lane=REFRESH_LANE)

    def refresh_due(self, summaries: list[AccountSummary]) -> None:
        for key in self._schedule.due(summaries, self._clock()):
            self.refresh(key, manual=False)
        # keep-alive (issue 19): refresh before a documented inactivity limit ends the grant
        providers = self._service.catalog().providers
        for key in self._schedule.keep_alive_due(summaries, providers, self._clock()):
            self.refresh(key, manual=False, force=True)

    # --- revoke and remove ---------------------------------------------------

    def revoke(self, key: str) -> None:
        label = self._label(key)
        if not self.confirm("Revoke", f"Revoke the token of {label}? Scripts using it will "
                            "stop working, and the account is removed here.", "Revoke"):
            return

        def failed(exc: BaseException) -> None:
            self._problem(key, exc, " The account is kept.")
            if isinstance(exc, TokenmgrError) and self.confirm(
                    "Remove anyway",
                    f"{describe_error(exc)}\n\nRemove {label} from tokenmgr anyway? Its "
                    "token may stay valid at the provider.", "Remove"):
                self.forget(key)

        def done(_: Any) -> None:
            self.message.emit(f"Revoked and removed {label}.")
            self._gone(key)

        self._runner.submit(lambda: self._service.revoke(AccountKey(key)), done, failed)

    def remove(self, key: str) -> None:
        label = self._label(key)
        if not self.confirm("Remove", f"Remove {label} from tokenmgr? Its token stays valid "
                            "at the provider until it expires; revoke it to stop it now.",
                            "Remove"):
            return
        self.forget(key)

    def forget(self, key: str) -> None:
        label = self._label(key)

        def done(_: Any) -> None:
            self.message.emit(f"Removed {label}.")
            self._gone(key)

        self._runner.submit(lambda: self._service.disconnect(AccountKey(key)), done,
                            lambda exc: self._problem(key, exc))

    def _gone(self, key: str) -> None:
        self._model.set_note(key, "")
        self._failures.pop(key, None)
        self.removed.emit(key)
        self.changed.emit()
