"""``requests`` integration for the Python API: an auth that signs with an
``AccountSigner`` and a session that resolves API paths and keeps tokenmgr's
transport rules (https or loopback http, no proxy for loopback, deadlines)."""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
from requests.auth import AuthBase

from tokenmgr.api_calls import FORM, resolve_url
from tokenmgr.oauth.http import NO_PROXY
from tokenmgr.signing import AccountSigner
from tokenmgr.values.transport import check_endpoint, is_loopback_host


def _form_pairs(request: requests.PreparedRequest) -> list[tuple[str, str]] | None:
    content_type = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
    body = request.body
    if content_type != FORM or not body:
        return None
    text = body.decode("ascii") if isinstance(body, bytes) else str(body)
    return parse_qsl(text, keep_blank_values=True)


class TokenmgrAuth(AuthBase):
    """Sets ``Authorization`` for exactly the prepared request; on a 401 refreshes the
    token once (unless it was just refreshed) and sends the request again."""

    def __init__(self, signer: AccountSigner) -> None:
        self._signer = signer
        self._lock = threading.Lock()

    def _sign(self, request: requests.PreparedRequest) -> None:
        url = request.url or ""
        check_endpoint(url)  # never a token over plain http to another host
        with self._lock:
            value = self._signer.header(request.method or "GET", url, _form_pairs(request))
        request.headers["Authorization"] = value.reveal()

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        self._sign(request)
        request.register_hook("response", self._retry_on_401)  # type: ignore[no-untyped-call]
        return request

    def _retry_on_401(self, response: requests.Response, **kwargs: Any) -> requests.Response:
        if response.status_code != 401:
            return response
        with self._lock:
            if not self._signer.refresh_after_unauthorized():
                return response
        _ = response.content  # release the connection
        response.close()
        again = response.request.copy()
        self._sign(again)
        retried = response.connection.send(again, **kwargs)
        retried.history.append(response)
        retried.request = again
        return retried


class AccountSession(requests.Session):
    def __init__(self, signer: AccountSigner, *,
                 timeout: float | tuple[float, float]) -> None:
        super().__init__()
        self.auth = TokenmgrAuth(signer)
        self.provider = signer.provider
        self.timeout = timeout

    def request(self, method: str | bytes, url: str | bytes,
                *args: Any, **kwargs: Any) -> requests.Response:
        url = resolve_url(self.provider, url.decode() if isinstance(url, bytes) else url)
        kwargs.setdefault("timeout", self.timeout)
        if is_loopback_host(urlsplit(url).hostname or ""):
            kwargs.setdefault("proxies", NO_PROXY)
        return super().request(method, url, *args, **kwargs)
