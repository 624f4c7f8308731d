"""Add account as one sheet: picker → setup card (when the preset needs an app
registration) → connect, all in the same window. Also used for Sign in again,
which starts at the connect page.

Collaborators: the connect controller, ``configure(provider_id, client_id,
secret, done)`` (saves on a worker and calls ``done(provider)``), ``copy_text``
for plain (non-secret) copies, ``open_url`` for the console, and an optional
factory for the "Other provider…" page (issue 16's widget).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
from tokenmgr.ui.add_account.connect_page import ConnectPage
from tokenmgr.ui.add_account.picker import OTHER, ProviderPicker
from tokenmgr.ui.add_account.setup_card import SetupCard
from tokenmgr.ui.controllers.connect import CodeRequest, ConnectController
from tokenmgr.ui.text import plain_label
from tokenmgr.values.provider import Provider

Configure = Callable[[str, str, Secret | None, Callable[[Provider], None]], None]


def other_provider_page(parent: QWidget) -> QWidget:
    """Without a window to save providers: a pointer to providers.toml (the window passes
    a factory for issue 16's ``OtherProviderWidget``)."""
    return plain_label("Add any OAuth provider to providers.toml (see the README), then "
                       "Reload; it appears in this list.", parent)


class AddAccountSheet(QDialog):
    def __init__(self, connector: ConnectController, configure: Configure,
                 copy_text: Callable[[str], None], open_url: Callable[[str], None],
                 parent: QWidget | None = None,
                 other_page: Callable[[QWidget], QWidget] = other_provider_page) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add account — tokenmgr")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(560, 420)
        self._connector = connector
        self._configure = configure
        self._other_page = other_page
        self._providers: dict[str, Provider] = {}
        self._code_request: CodeRequest | None = None
        self.stack = QStackedWidget(self)
        self.picker = ProviderPicker(self)
        self.setup = SetupCard(self)
        self.connect_page = ConnectPage(self)
        self.other: QWidget | None = None
        for page in (self.picker, self.setup, self.connect_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.picker.chosen.connect(self.choose)
        self.setup.open_console.connect(open_url)
        self.setup.copy_text.connect(copy_text)
        self.setup.back_requested.connect(self.show_picker)
        self.setup.save_requested.connect(self._save)
        self.connect_page.copy_text.connect(copy_text)
        self.connect_page.open_again.connect(connector.open_again)
        self.connect_page.cancel_requested.connect(connector.cancel)
        self.connect_page.close_requested.connect(self.reject)
        self.connect_page.code_entered.connect(self._answer_code)
        connector.url_ready.connect(self.connect_page.show_url)
        connector.url_ready.connect(
            lambda url: self.connect_page.offer_landing(url, connector.submit_landing))
        connector.user_code_ready.connect(self.connect_page.show_user_code)
        connector.finished.connect(self._finished)

    def set_providers(self, providers: list[Provider]) -> None:
        self._providers = {p.id: p for p in providers}
        self.picker.set_providers(providers)

    def show_picker(self) -> None:
        self.stack.setCurrentWidget(self.picker)
        self.picker.search.setFocus()

    def choose(self, provider_id: str) -> None:
        if provider_id == OTHER:
            if self.other is None:
                self.other = self._other_page(self)
                self.stack.addWidget(self.other)
            self.stack.setCurrentWidget(self.other)
            return
        provider = self._providers.get(provider_id)
        if provider is None:
            return
        if provider.is_configured:
            self.start_connect(provider)
        else:
            self.setup.set_provider(provider)
            self.stack.setCurrentWidget(self.setup)
            self.setup.client_id.setFocus()

    def provider_added(self, provider: Provider) -> None:
        """A provider saved from "Other provider…": set it up or connect it."""
        self._providers[provider.id] = provider
        self.choose(provider.id)

    def _save(self, provider_id: str, client_id: str, secret: Secret | None) -> None:
        self.setup.save.setEnabled(False)
        self._configure(provider_id, client_id, secret, self.start_connect)

    def start_connect(self, provider: Provider, scopes: tuple[str, ...] | None = None) -> None:
        self._providers[provider.id] = provider
        self.stack.setCurrentWidget(self.connect_page)
        self.connect_page.start(provider.name)
        self._connector.start(provider.id, scopes)

    def ask_code(self, prompt: str, request: CodeRequest) -> None:
        self._code_request = request
        self.connect_page.ask_code(prompt)

    def _answer_code(self, code: str) -> None:
        if self._code_request is not None:
            self._code_request.answer(code)
            self._code_request = None

    def _finished(self, result: object) -> None:
        if self._code_request is not None:
            self._code_request.answer(None)
            self._code_request = None
        if isinstance(result, Account):
            self.accept()
        elif isinstance(result, BaseException) and self.isVisible():
            from tokenmgr.errors import FlowCancelledError
            from tokenmgr.ui.errors import describe_error

            self.connect_page.finish("Sign-in cancelled." if isinstance(
                result, FlowCancelledError) else describe_error(result))

    def reject(self) -> None:
        if self._connector.busy:
            self._connector.cancel()
        if self._code_request is not None:
            self._code_request.answer(None)
            self._code_request = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()
