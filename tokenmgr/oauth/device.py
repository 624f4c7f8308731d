"""The device authorization grant (RFC 8628): for headless machines and providers
whose apps cannot use a loopback redirect (GitHub, Google "TV and limited input").

tokenmgr shows the user code (the user compares it with what the provider's
page asks for), opens the verification page, and polls the token endpoint:
every ``interval`` seconds (5 when the provider gives none), 5 s more for all
later polls after each ``slow_down``, and never past ``expires_in``
(SECURITY.md #20). Waiting is a cancellable ``Event.wait``, injectable for tests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tokenmgr.errors import (
    FlowTimeoutError,
    NotApprovedError,
    ProviderError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.flow import ConnectResult, SignInFlow
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.oauth.tokens import TokenSet, decode_body, raise_for_oauth_error
from tokenmgr.secret import Secret

DEFAULT_INTERVAL = 5.0
SLOW_DOWN_STEP = 5.0
MAX_INTERVAL = 60.0


@dataclass(frozen=True)
class DeviceAuthorization:
    device_code: Secret
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: float
    interval: float


def request_device_authorization(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def _seconds(value: Any, *, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


class DeviceCodeFlow(SignInFlow):
    """``on_user_code(user_code, verification_uri)`` shows the code to compare."""

    def __init__(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def cancel(self) -> None:
        super().cancel()
        self._stop.set()

    def run(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def _poll(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None
