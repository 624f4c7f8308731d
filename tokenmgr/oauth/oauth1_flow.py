"""The Connect flow for OAuth 1: 1.0a (callback with the request token), legacy
1.0 (callback on the authorize URL, no verifier) and out-of-band PIN.

Same callbacks as the OAuth 2 flow, plus ``ask_code`` for the PIN. The request
token and its secret exist only inside ``run()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from tokenmgr.errors import BadRequestError, FlowCancelledError
from tokenmgr.oauth.flow import DEFAULT_TIMEOUT, ConnectResult
from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.oauth.oauth1 import OOB, OAuth1Client, RequestToken
from tokenmgr.oauth.redirect import validate_oauth1_redirect
from tokenmgr.secret import Secret


class OAuth1Flow:
    def __init__(
        self,
        client: OAuth1Client,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        linger_seconds: float = 3.0,
    ) -> None:
        self._client = client
        self._open_browser = open_browser
        self._on_url = on_authorization_url
        self._ask_code = ask_code
        self._timeout = timeout
        self._linger = linger_seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._server: LoopbackRedirectServer | None = None

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
        if self._on_url is not None:
            self._on_url(url)
        self._open_browser(url)

    def run(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def _ask_pin(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def _run_with_catcher(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        server.start()
        try:
            with self._lock:
                self._server = server
            self._check_cancelled()
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        except BaseException:
            server.close()
            raise
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def _finish(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)
