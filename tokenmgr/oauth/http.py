"""HTTP for the OAuth engine: deadlines, a response size cap, loopback-only HTTP.

``requests`` is imported when the first client is built, not before: the
CLI's fast path (a still-valid token) never pays for it. Every request has a
connect timeout, a total deadline and a byte cap (SECURITY.md 12, 13), and no
token POST is ever retried: codes are single-use and a retried rotation can
revoke a whole grant.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from tokenmgr.errors import NetworkError, OfflineError, TokenResponseError
from tokenmgr.values.transport import check_endpoint, is_loopback_host

CONNECT_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
MAX_RESPONSE_BYTES = 1 << 20
USER_AGENT = "tokenmgr/0.1"
# For sessions tokenmgr does not own (requests_auth): None removes the environment's proxy
# for that scheme, so loopback never goes through one. HttpClient uses a session that reads
# no environment instead.
NO_PROXY: dict[str, Any] = {"http": None, "https": None, "all": None}


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise TokenResponseError("The provider's answer is not valid JSON.") from None


class HttpClient:
    def __init__(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment:
        # no proxy variables, no .netrc.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes

    def request(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False,  # certificates are verified (requests' default)
            )
        except self._requests.ConnectTimeout:
            raise OfflineError(f"Offline? {host} could not be reached in time (no connection "
                               "was made). The account is fine; try again when the network "
                               "is back.") from None
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.ConnectionError as exc:
            reason = self._never_connected(exc)
            if reason is not None:
                raise OfflineError(f"Offline? Could not connect to {host} ({reason}). The "
                                   "account is fine; try again when the network is back.") from None
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def _never_connected(self, exc: Exception) -> str | None:
        """Why the request was never sent (DNS failure, refused or unreachable), in words;
        None when it may have been sent."""
        reason = getattr(exc.args[0], "reason", None) if exc.args else None
        if isinstance(reason, self._urllib3_errors.NameResolutionError):
            return "name not resolved"
        if isinstance(reason, self._urllib3_errors.NewConnectionError):
            return "connection refused or network unreachable"
        return None

    def close(self) -> None:
        self._session.close()
        self._direct.close()
