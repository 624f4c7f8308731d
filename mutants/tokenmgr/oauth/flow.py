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

from tokenmgr.errors import FlowCancelledError
from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.oauth.oauth2 import AccountInfo, OAuth2Client, PendingAuthorization
from tokenmgr.oauth.pkce import new_state
from tokenmgr.oauth.redirect import validate_pasted
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret

DEFAULT_TIMEOUT = 300.0


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class ConnectResult:
    provider_id: str
    tokens: TokenSet
    account: AccountInfo
    redirect_uri: str
mutants_xǁSignInFlowǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁSignInFlowǁcancel__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSignInFlowǁ_check_cancelled__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSignInFlowǁ_show__mutmut: MutantDict = {}  # type: ignore


class SignInFlow:
    """What every Connect flow shares: the callbacks, ``cancel()`` from any thread,
    and the loopback catcher's lifetime. ``run()`` blocks: call it off the UI thread."""

    @_mutmut_mutated(mutants_xǁSignInFlowǁ__init____mutmut)
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

    def xǁSignInFlowǁ__init____mutmut_orig(
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

    def xǁSignInFlowǁ__init____mutmut_1(
        self,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        linger_seconds: float = 4.0,
    ) -> None:
        self._open_browser = open_browser
        self._on_url = on_authorization_url
        self._ask_code = ask_code
        self._timeout = timeout
        self._linger = linger_seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_2(
        self,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        linger_seconds: float = 3.0,
    ) -> None:
        self._open_browser = None
        self._on_url = on_authorization_url
        self._ask_code = ask_code
        self._timeout = timeout
        self._linger = linger_seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_3(
        self,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        linger_seconds: float = 3.0,
    ) -> None:
        self._open_browser = open_browser
        self._on_url = None
        self._ask_code = ask_code
        self._timeout = timeout
        self._linger = linger_seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_4(
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
        self._ask_code = None
        self._timeout = timeout
        self._linger = linger_seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_5(
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
        self._timeout = None
        self._linger = linger_seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_6(
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
        self._linger = None
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_7(
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
        self._lock = None
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_8(
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
        self._cancelled = None
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_9(
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
        self._cancelled = True
        self._server: LoopbackRedirectServer | None = None

    def xǁSignInFlowǁ__init____mutmut_10(
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
        self._server: LoopbackRedirectServer | None = ""

    def run(self) -> ConnectResult:
        raise NotImplementedError

    @_mutmut_mutated(mutants_xǁSignInFlowǁcancel__mutmut)
    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            server = self._server
        if server is not None:
            server.cancel()

    def xǁSignInFlowǁcancel__mutmut_orig(self) -> None:
        with self._lock:
            self._cancelled = True
            server = self._server
        if server is not None:
            server.cancel()

    def xǁSignInFlowǁcancel__mutmut_1(self) -> None:
        with self._lock:
            self._cancelled = None
            server = self._server
        if server is not None:
            server.cancel()

    def xǁSignInFlowǁcancel__mutmut_2(self) -> None:
        with self._lock:
            self._cancelled = False
            server = self._server
        if server is not None:
            server.cancel()

    def xǁSignInFlowǁcancel__mutmut_3(self) -> None:
        with self._lock:
            self._cancelled = True
            server = None
        if server is not None:
            server.cancel()

    def xǁSignInFlowǁcancel__mutmut_4(self) -> None:
        with self._lock:
            self._cancelled = True
            server = self._server
        if server is None:
            server.cancel()

    @_mutmut_mutated(mutants_xǁSignInFlowǁ_check_cancelled__mutmut)
    def _check_cancelled(self) -> None:
        if self._cancelled:
            raise FlowCancelledError("Sign-in cancelled.")

    def xǁSignInFlowǁ_check_cancelled__mutmut_orig(self) -> None:
        if self._cancelled:
            raise FlowCancelledError("Sign-in cancelled.")

    def xǁSignInFlowǁ_check_cancelled__mutmut_1(self) -> None:
        if self._cancelled:
            raise FlowCancelledError(None)

    def xǁSignInFlowǁ_check_cancelled__mutmut_2(self) -> None:
        if self._cancelled:
            raise FlowCancelledError("XXSign-in cancelled.XX")

    def xǁSignInFlowǁ_check_cancelled__mutmut_3(self) -> None:
        if self._cancelled:
            raise FlowCancelledError("sign-in cancelled.")

    def xǁSignInFlowǁ_check_cancelled__mutmut_4(self) -> None:
        if self._cancelled:
            raise FlowCancelledError("SIGN-IN CANCELLED.")

    @_mutmut_mutated(mutants_xǁSignInFlowǁ_show__mutmut)
    def _show(self, url: str) -> None:
        """Show the URL (window/terminal), then open the browser on it."""
        if self._on_url is not None:
            self._on_url(url)
        self._open_browser(url)

    def xǁSignInFlowǁ_show__mutmut_orig(self, url: str) -> None:
        """Show the URL (window/terminal), then open the browser on it."""
        if self._on_url is not None:
            self._on_url(url)
        self._open_browser(url)

    def xǁSignInFlowǁ_show__mutmut_1(self, url: str) -> None:
        """Show the URL (window/terminal), then open the browser on it."""
        if self._on_url is None:
            self._on_url(url)
        self._open_browser(url)

    def xǁSignInFlowǁ_show__mutmut_2(self, url: str) -> None:
        """Show the URL (window/terminal), then open the browser on it."""
        if self._on_url is not None:
            self._on_url(None)
        self._open_browser(url)

    def xǁSignInFlowǁ_show__mutmut_3(self, url: str) -> None:
        """Show the URL (window/terminal), then open the browser on it."""
        if self._on_url is not None:
            self._on_url(url)
        self._open_browser(None)

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

mutants_xǁSignInFlowǁ__init____mutmut['_mutmut_orig'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_1'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_2'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_3'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_4'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_5'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_6'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_7'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_8'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_9'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ__init____mutmut['xǁSignInFlowǁ__init____mutmut_10'] = SignInFlow.xǁSignInFlowǁ__init____mutmut_10 # type: ignore # mutmut generated

mutants_xǁSignInFlowǁcancel__mutmut['_mutmut_orig'] = SignInFlow.xǁSignInFlowǁcancel__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSignInFlowǁcancel__mutmut['xǁSignInFlowǁcancel__mutmut_1'] = SignInFlow.xǁSignInFlowǁcancel__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁcancel__mutmut['xǁSignInFlowǁcancel__mutmut_2'] = SignInFlow.xǁSignInFlowǁcancel__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁcancel__mutmut['xǁSignInFlowǁcancel__mutmut_3'] = SignInFlow.xǁSignInFlowǁcancel__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁcancel__mutmut['xǁSignInFlowǁcancel__mutmut_4'] = SignInFlow.xǁSignInFlowǁcancel__mutmut_4 # type: ignore # mutmut generated

mutants_xǁSignInFlowǁ_check_cancelled__mutmut['_mutmut_orig'] = SignInFlow.xǁSignInFlowǁ_check_cancelled__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ_check_cancelled__mutmut['xǁSignInFlowǁ_check_cancelled__mutmut_1'] = SignInFlow.xǁSignInFlowǁ_check_cancelled__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ_check_cancelled__mutmut['xǁSignInFlowǁ_check_cancelled__mutmut_2'] = SignInFlow.xǁSignInFlowǁ_check_cancelled__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ_check_cancelled__mutmut['xǁSignInFlowǁ_check_cancelled__mutmut_3'] = SignInFlow.xǁSignInFlowǁ_check_cancelled__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ_check_cancelled__mutmut['xǁSignInFlowǁ_check_cancelled__mutmut_4'] = SignInFlow.xǁSignInFlowǁ_check_cancelled__mutmut_4 # type: ignore # mutmut generated

mutants_xǁSignInFlowǁ_show__mutmut['_mutmut_orig'] = SignInFlow.xǁSignInFlowǁ_show__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ_show__mutmut['xǁSignInFlowǁ_show__mutmut_1'] = SignInFlow.xǁSignInFlowǁ_show__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ_show__mutmut['xǁSignInFlowǁ_show__mutmut_2'] = SignInFlow.xǁSignInFlowǁ_show__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSignInFlowǁ_show__mutmut['xǁSignInFlowǁ_show__mutmut_3'] = SignInFlow.xǁSignInFlowǁ_show__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁAuthorizationCodeFlowǁrun__mutmut: MutantDict = {}  # type: ignore


class AuthorizationCodeFlow(SignInFlow):
    """OAuth 2.0 authorization code + PKCE through the loopback catcher."""

    @_mutmut_mutated(mutants_xǁAuthorizationCodeFlowǁ__init____mutmut)
    def __init__(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = scopes

    def xǁAuthorizationCodeFlowǁ__init____mutmut_orig(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = scopes

    def xǁAuthorizationCodeFlowǁ__init____mutmut_1(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = None
        self._scopes = scopes

    def xǁAuthorizationCodeFlowǁ__init____mutmut_2(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = None

    @_mutmut_mutated(mutants_xǁAuthorizationCodeFlowǁrun__mutmut)
    def run(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_orig(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_1(self) -> ConnectResult:
        provider = None
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_2(self) -> ConnectResult:
        provider = self._client.provider
        state = None
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_3(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = None
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_4(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_5(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=None, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_6(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=None,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_7(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=None, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_8(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=None,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_9(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=None,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_10(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_11(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_12(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_13(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_14(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_15(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_16(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(None):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_17(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = None
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_18(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(None, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_19(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, None, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_20(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, None)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_21(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_22(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_23(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, )
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_24(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(None)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_25(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = None
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_26(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(None)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_27(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(None, pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_28(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, None, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_29(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, None, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_30(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, None)

    def xǁAuthorizationCodeFlowǁrun__mutmut_31(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(pending, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_32(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, response.code, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_33(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, self._check_cancelled)

    def xǁAuthorizationCodeFlowǁrun__mutmut_34(self) -> ConnectResult:
        provider = self._client.provider
        state = new_state()
        server = LoopbackRedirectServer(
            state, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, expected_issuer=provider.issuer,
            linger_seconds=self._linger,
        )
        with self._serving(server):
            pending = self._client.authorization_request(server.redirect_uri, self._scopes, state)
            self._show(pending.url)
            response = server.wait(self._timeout)
        self._check_cancelled()
        return finish_sign_in(self._client, pending, response.code, )

mutants_xǁAuthorizationCodeFlowǁ__init____mutmut['_mutmut_orig'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁ__init____mutmut['xǁAuthorizationCodeFlowǁ__init____mutmut_1'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁ__init____mutmut['xǁAuthorizationCodeFlowǁ__init____mutmut_2'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁ__init____mutmut_2 # type: ignore # mutmut generated

mutants_xǁAuthorizationCodeFlowǁrun__mutmut['_mutmut_orig'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_1'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_2'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_3'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_4'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_5'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_6'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_7'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_8'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_9'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_10'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_11'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_12'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_13'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_14'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_15'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_16'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_17'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_18'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_19'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_20'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_21'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_22'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_23'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_24'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_25'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_26'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_27'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_28'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_29'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_30'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_31'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_32'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_33'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAuthorizationCodeFlowǁrun__mutmut['xǁAuthorizationCodeFlowǁrun__mutmut_34'] = AuthorizationCodeFlow.xǁAuthorizationCodeFlowǁrun__mutmut_34 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_finish_sign_in__mutmut)
def finish_sign_in(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_orig(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_1(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = None
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_2(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(None, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_3(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, None)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_4(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_5(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, )
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_6(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = None
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_7(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(None)
    return ConnectResult(client.provider.id, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_8(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(None, tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_9(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, None, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_10(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, None, pending.redirect_uri)


def x_finish_sign_in__mutmut_11(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, None)


def x_finish_sign_in__mutmut_12(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(tokens, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_13(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, account, pending.redirect_uri)


def x_finish_sign_in__mutmut_14(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, pending.redirect_uri)


def x_finish_sign_in__mutmut_15(
    client: OAuth2Client, pending: PendingAuthorization, code: Secret,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ConnectResult:
    """Exchange the code (exactly once) and ask the provider who the token is for."""
    tokens = client.exchange_code(pending, code)
    check_cancelled()
    account = client.fetch_account(tokens)
    return ConnectResult(client.provider.id, tokens, account, )

mutants_x_finish_sign_in__mutmut['_mutmut_orig'] = x_finish_sign_in__mutmut_orig # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_1'] = x_finish_sign_in__mutmut_1 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_2'] = x_finish_sign_in__mutmut_2 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_3'] = x_finish_sign_in__mutmut_3 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_4'] = x_finish_sign_in__mutmut_4 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_5'] = x_finish_sign_in__mutmut_5 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_6'] = x_finish_sign_in__mutmut_6 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_7'] = x_finish_sign_in__mutmut_7 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_8'] = x_finish_sign_in__mutmut_8 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_9'] = x_finish_sign_in__mutmut_9 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_10'] = x_finish_sign_in__mutmut_10 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_11'] = x_finish_sign_in__mutmut_11 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_12'] = x_finish_sign_in__mutmut_12 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_13'] = x_finish_sign_in__mutmut_13 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_14'] = x_finish_sign_in__mutmut_14 # type: ignore # mutmut generated
mutants_x_finish_sign_in__mutmut['x_finish_sign_in__mutmut_15'] = x_finish_sign_in__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPastedCodeFlowǁrun__mutmut: MutantDict = {}  # type: ignore


class PastedCodeFlow(SignInFlow):
    """Paste-the-code, for OAuth 2 providers that cannot redirect to loopback (the
    Dropbox SDK's "no redirect" flow): the provider shows a code (or lands on an
    address the user copies); ``ask_code`` gets it; the same PKCE verifier and
    ``state`` check apply (a pasted URL is validated like a redirect)."""

    @_mutmut_mutated(mutants_xǁPastedCodeFlowǁ__init____mutmut)
    def __init__(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("PastedCodeFlow needs ask_code")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_orig(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("PastedCodeFlow needs ask_code")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_1(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is not None:
            raise ValueError("PastedCodeFlow needs ask_code")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_2(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError(None)
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_3(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("XXPastedCodeFlow needs ask_codeXX")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_4(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("pastedcodeflow needs ask_code")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_5(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("PASTEDCODEFLOW NEEDS ASK_CODE")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_6(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("PastedCodeFlow needs ask_code")
        self._client = None
        self._redirect_uri = redirect_uri
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_7(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("PastedCodeFlow needs ask_code")
        self._client = client
        self._redirect_uri = None
        self._scopes = scopes

    def xǁPastedCodeFlowǁ__init____mutmut_8(self, client: OAuth2Client, *, redirect_uri: str,
                 scopes: tuple[str, ...] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        if self._ask_code is None:
            raise ValueError("PastedCodeFlow needs ask_code")
        self._client = client
        self._redirect_uri = redirect_uri
        self._scopes = None

    @_mutmut_mutated(mutants_xǁPastedCodeFlowǁrun__mutmut)
    def run(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_orig(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_1(self) -> ConnectResult:
        pending = None
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_2(self) -> ConnectResult:
        pending = self._client.authorization_request(None, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_3(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, None)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_4(self) -> ConnectResult:
        pending = self._client.authorization_request(self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_5(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, )
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_6(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(None)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_7(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_8(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = None
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_9(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            None)
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_10(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "XXyour browser landed on:XX")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_11(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "YOUR BROWSER LANDED ON:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_12(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = None
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_13(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(None, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_14(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, None,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_15(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=None)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_16(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_17(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_18(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   )
        return finish_sign_in(self._client, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_19(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(None, pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_20(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, None, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_21(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, None, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_22(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, None)

    def xǁPastedCodeFlowǁrun__mutmut_23(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(pending, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_24(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, response.code, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_25(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, self._check_cancelled)

    def xǁPastedCodeFlowǁrun__mutmut_26(self) -> ConnectResult:
        pending = self._client.authorization_request(self._redirect_uri, self._scopes)
        self._show(pending.url)
        assert self._ask_code is not None
        pasted = self._ask_code(
            f"Paste the code {self._client.provider.name} shows, or the whole address "
            "your browser landed on:")
        self._check_cancelled()
        response = validate_pasted(pasted, pending.state,
                                   expected_issuer=self._client.provider.issuer)
        return finish_sign_in(self._client, pending, response.code, )

mutants_xǁPastedCodeFlowǁ__init____mutmut['_mutmut_orig'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_1'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_2'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_3'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_4'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_5'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_6'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_7'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁ__init____mutmut['xǁPastedCodeFlowǁ__init____mutmut_8'] = PastedCodeFlow.xǁPastedCodeFlowǁ__init____mutmut_8 # type: ignore # mutmut generated

mutants_xǁPastedCodeFlowǁrun__mutmut['_mutmut_orig'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_1'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_2'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_3'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_4'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_5'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_6'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_7'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_8'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_9'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_10'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_11'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_12'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_13'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_14'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_15'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_16'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_17'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_18'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_19'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_20'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_21'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_22'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_23'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_24'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_25'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPastedCodeFlowǁrun__mutmut['xǁPastedCodeFlowǁrun__mutmut_26'] = PastedCodeFlow.xǁPastedCodeFlowǁrun__mutmut_26 # type: ignore # mutmut generated
