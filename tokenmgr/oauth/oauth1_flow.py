"""The Connect flow for OAuth 1: 1.0a (callback with the request token), legacy
1.0 (callback on the authorize URL, no verifier) and out-of-band PIN.

Same callbacks as the OAuth 2 flow, plus ``ask_code`` for the PIN. The request
token and its secret exist only inside ``run()``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tokenmgr.errors import BadRequestError
from tokenmgr.oauth.flow import ConnectResult, SignInFlow
from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.oauth.oauth1 import OOB, OAuth1Client, RequestToken
from tokenmgr.oauth.redirect import validate_oauth1_redirect
from tokenmgr.secret import Secret


class OAuth1Flow(SignInFlow):
    def __init__(self, client: OAuth1Client, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client

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
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        # legacy 1.0: the "code" is empty, and access_token sends no verifier
        return self._finish(request_token, response.code, callback)

    def _finish(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)
