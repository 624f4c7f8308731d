"""The detail pane's extra parts for the selected account: token health, the ID
token's claims, "last read by …" and a "Try it" request box.

One object owns them and fills the detail pane's slots, so the window only says
"this account was loaded" or "nothing is selected". The access log is a local
file, read on the runner like everything else that touches the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tokenmgr.accounts import AccountService
from tokenmgr.store.schema import Account
from tokenmgr.ui.detail.claims_view import ClaimsView
from tokenmgr.ui.detail.health_view import HealthView
from tokenmgr.ui.detail.try_it import TryItWidget, try_it_for
from tokenmgr.ui.detail_pane import DetailPane
from tokenmgr.values.provider import Provider

Submit = Callable[..., Any]


class DetailExtras:
    def __init__(self, pane: DetailPane, service: AccountService, submit: Submit,
                 clock: Callable[[], float]) -> None:
        self._pane = pane
        self._service = service
        self._submit = submit
        self.health = HealthView(pane, clock=clock)
        self.claims = ClaimsView(pane, clock=clock)
        self.last_read = QLabel(pane)
        self.last_read.setTextFormat(Qt.TextFormat.PlainText)
        self.last_read.setAccessibleName("Last read")
        self.try_it: TryItWidget | None = None
        self._key: str | None = None
        pane.add_to_slot("last_read", self.last_read)
        pane.add_to_slot("claims", self.health)
        pane.add_to_slot("claims", self.claims)
        self.clear()

    def show(self, account: Account, provider: Provider | None) -> None:
        """The selected account, loaded (off the UI thread) with its tokens."""
        self._key = account.key
        self.health.set_account(account.summary(), provider)
        self.health.show()
        self.claims.set_token("ID token", account.tokens.id_token)
        self.claims.setVisible(account.tokens.id_token is not None)
        self._replace_try_it(account, provider)
        key = account.key

        def read_log() -> str:
            from tokenmgr.access_log import describe_last_read

            return describe_last_read(key)

        self._submit(read_log, lambda text: self._show_last_read(key, text), lambda _: None)

    def clear(self) -> None:
        self._key = None
        self.health.hide()
        self.claims.clear()
        self.claims.hide()
        self.last_read.setText("")
        self.last_read.hide()
        self._drop_try_it()

    def _show_last_read(self, key: str, text: str) -> None:
        if key == self._key:
            self.last_read.setText(text)
            self.last_read.setVisible(bool(text))

    def _replace_try_it(self, account: Account, provider: Provider | None) -> None:
        self._drop_try_it()
        if provider is None:
            return
        self.try_it = try_it_for(self._service, self._submit,
                                 f"{account.provider_id}:{account.account_id}", provider,
                                 parent=self._pane)
        self._pane.add_to_slot("try_it", self.try_it)

    def _drop_try_it(self) -> None:
        if self.try_it is not None:
            self.try_it.hide()
            self.try_it.deleteLater()
            self.try_it = None
