"""The Connect flow for OAuth 2.0: catcher, browser, exchange, account — via callbacks.

The flow knows nothing of windows or terminals: it is given an
``open_browser`` and an ``on_authorization_url`` callback, and can be
cancelled from another thread. The window and the CLI both run this class.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from tokenmgr.errors import BadStateError, FlowCancelledError, NotApprovedError, ProviderError
from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.oauth.oauth2 import AccountInfo, OAuth2Client, PendingAuthorization
from tokenmgr.oauth.pkce import new_state
from tokenmgr.oauth.redirect import validate_pasted
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret

DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True)
class ConnectResult:
    provider_id: str
    tokens: TokenSet
    account: AccountInfo
    redirect_uri: str


class SignInFlow:
    """What every Connect flow shares: the callbacks, ``cancel()`` from any thread,
    and the loopback catcher's lifetime. ``run()`` blocks: call it off the UI thread."""

    def __init__(
        self,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        linger_seconds: float = 3.0,
    ) -> None:
        self._open_browser = open_browser
        self._on_url = on_authorization_url
        self._ask_code = ask_code
        self._timeout = timeout
        self._linger = linger_seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def run(self) -> ConnectResult:
        raise NotImplementedError

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            server = self._server
        if server is not None:
            server.cancel()

    def _check_cancelled(self) -> None:
        if self._cancelled:
            raise FlowCancelledError("Sign-in cancelled.")

    def _show(self, url: str) -> None:
        """Show the URL (window/terminal), then open the browser on it."""
        if self._on_url is not None:
            self._on_url(url)
        self._open_browser(url)

    @contextlib.contextmanager
    def _serving(self, server: LoopbackRedirectServer) -> Iterator[LoopbackRedirectServer]:
        """Start the catcher (a taken fixed port fails here, before any browser opens)
        and make it cancellable; it is closed at once if anything goes wrong, else it
        lingers to answer reloads and closes itself."""
        server.start()
        try:
            with self._lock:
                self._server = server
            self._check_cancelled()
            yield server
        except BaseException:
            server.close()
            raise


class AuthorizationCodeFlow(SignInFlow):
    """OAuth 2.0 authorization code + PKCE through the loopback catcher."""

    def __init__(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = scopes
        self._pending: PendingAuthorization | None = None

    @property
    def redirect_uri(self) -> str | None:
        """Where the browser will land (known once the authorization URL is shown)."""
        pending = self._pending
        return pending.redirect_uri if pending is not None else None

    def submit_landing(self, text: str) -> None:
        """The recovery path when the browser cannot reach the catcher (another
        machine, SSH): the address the browser landed on, or the bare code, pasted
        by the user. Validated exactly like a redirect (state, ``iss``); the catcher
        keeps listening meanwhile, and whichever answer comes first wins.

        Raises the precise FlowError for a bad paste (the caller asks again); a
        pasted refusal (``error=access_denied``) ends the sign-in as it would at
        the catcher."""
        with self._lock:
            pending, server = self._pending, self._server
        if pending is None or server is None:
            raise BadStateError("No sign-in is waiting for an address yet.")
        try:
            response = validate_pasted(text, pending.state,
                                       expected_issuer=self._client.provider.issuer)
        except (NotApprovedError, ProviderError) as exc:
            server.accept(error=exc)
            raise
        if not server.accept(result=response):
            raise BadStateError("This sign-in has already finished.")

    def run(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.expected_redirect_issuer,
            uri_host=provider.redirect_host,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            with self._lock:
                self._pending = pending
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)


def finish_sign_in(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


class PastedCodeFlow(SignInFlow):
    """Paste-the-code, for OAuth 2 providers that cannot redirect to loopback (the
    Dropbox SDK's "no redirect" flow): the provider shows a code (or lands on an
    address the user copies); ``ask_code`` gets it; the same PKCE verifier and
    ``state`` check apply (a pasted URL is validated like a redirect)."""

    def __init__(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("PastedCodeFlow needs ask_code")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def run(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.expected_redirect_issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)
