"""What the window does to an account: copy, sign, refresh (on demand and in the
background), revoke, disconnect. Every keyring or network call runs on the
runner; problems are shown on the account's own row.

A mixin of ``MainWindow``, kept apart so each file stays about one thing.
"""

from __future__ import annotations

from tokenmgr.errors import NeedsReconnectError, TokenmgrError
from tokenmgr.status_text import format_duration
from tokenmgr.ui.dialogs.reveal import RevealTokenDialog
from tokenmgr.ui.dialogs.sign_request import SignRequestDialog
from tokenmgr.ui.errors import describe_error
from tokenmgr.ui.models import KIND_ACCOUNT
from tokenmgr.values.keys import AccountKey


class AccountActions:
    """Actions on the selected account."""

    def copy_selected(self, header: bool = False) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return

        def fresh_token() -> str:
            if header:
                return self.service.authorization_header_for_key(AccountKey(key)).reveal()
            return self.service.copyable_credentials(AccountKey(key)).reveal()

        def copied(token: str) -> None:
            self.clipboard.copy(token)
            what = "Authorization header" if header else "Access token"
            self.show_message(f"{what} copied; the clipboard is cleared in "
                              f"{self.clipboard.clear_seconds:g} s.")
            self.reload()  # the token may have been refreshed on the way

        self.runner.submit(fresh_token, copied, lambda exc: self._account_error(key, exc))

    def reveal_selected(self) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return
        summary = self.model.summary(key)
        label = f"{summary.provider_id}: {summary.name}" if summary else key

        def show(token) -> None:
            dialog = RevealTokenDialog(label, token, self)
            dialog.open()
            self.reveal_dialog = dialog

        self.runner.submit(lambda: self.service.copyable_credentials(AccountKey(key)), show,
                           lambda exc: self._account_error(key, exc))

    def copy_header_selected(self) -> None:
        self.copy_selected(header=True)

    def sign_selected(self) -> None:
        kind, key, _ = self.selected()
        if kind != KIND_ACCOUNT or not key:
            return
        summary = self.model.summary(key)
        label = f"{summary.provider_id}: {summary.name}" if summary else key

        def sign(method: str, url: str, body: list[tuple[str, str]], deliver) -> None:
            self.runner.submit(
                lambda: self.service.authorization_header_for_key(
                    AccountKey(key), method, url, body).reveal(),
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
