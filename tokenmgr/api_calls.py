"""Send a signed API request for an account: what ``tokenmgr api`` and the window's
Try it do (Tornado's ``github_request``, python-oauth2's ``Client.request``).

The URL is resolved against the provider's ``api_base_url`` when relative and must
pass the transport rule (https, or http to loopback) before any token is read.
Form pairs go in the query for GET/HEAD/DELETE and in the body otherwise, in
order, repeated keys kept; the body sent is the one the OAuth 1 signature covers.
The project's ``HttpClient`` sends it: deadlines, a size cap, TLS verification,
no redirects followed (the ``Authorization`` must not travel to another host),
no proxy for loopback.
"""

from __future__ import annotations

import http
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tokenmgr.errors import UnsupportedError
from tokenmgr.signing import AccountSigner, mask_authorization
from tokenmgr.values.transport import check_endpoint

if TYPE_CHECKING:
    from tokenmgr.accounts import AccountService
    from tokenmgr.oauth.http import HttpClient, HttpResponse
    from tokenmgr.values.provider import Provider

API_MAX_BYTES = 16 << 20
QUERY_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class ApiRequest:
    method: str
    url: str  # absolute, or relative to the provider's api_base_url
    form: Sequence[tuple[str, str]] = ()
    json_body: str | None = None  # JSON text, sent as it is
    headers: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True)
class ApiResponse:
    method: str
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    request_headers: tuple[tuple[str, str], ...] = ()  # as sent, Authorization masked
    rejected: bool = False  # 401 with a fresh (or just refreshed) token
    retried: bool = False  # 401, refreshed, sent again
    refreshed: bool = False  # the token was refreshed for this call
    _signer: AccountSigner | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def reason(self) -> str:
        try:
            return http.HTTPStatus(self.status).phrase
        except ValueError:
            return ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def is_json(self) -> bool:
        ct = self.content_type
        return ct == "application/json" or ct.endswith("+json")

    def pretty_body(self) -> str:
        """JSON indented (non-ASCII kept), anything else decoded as UTF-8."""
        text = self.body.decode("utf-8", "replace")
        if self.is_json:
            try:
                return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
            except ValueError:
                pass
        return text

    def mask(self, text: str) -> str:
        """``text`` with the secrets the request used masked (for showing it)."""
        return self._signer.mask(text) if self._signer is not None else text


def resolve_url(provider: Provider, url: str) -> str:
    """An absolute URL as it is; a path against ``api_base_url`` (``/user`` → GitHub's)."""
    if "://" in url:
        return url
    if not provider.api_base_url:
        raise UnsupportedError(
            f"{url!r} is relative and {provider.name} has no api_base_url: give the full "
            f"URL, or set api_base_url in [providers.{provider.id}] of providers.toml.")
    return provider.api_base_url.rstrip("/") + "/" + url.lstrip("/")


def _with_query(url: str, query: str) -> str:
    base, _, _fragment = url.partition("#")
    return base + ("&" if "?" in base else "?") + query if query else base


class ApiCaller:
    """``call(selector, request)`` → ``ApiResponse``; typed errors for tokenmgr's own
    failures (unknown account, needs re-connect, network, insecure URL …)."""

    def __init__(self, service: AccountService, http_client: HttpClient | None = None) -> None:
        self._service = service
        self._http = http_client

    def http(self) -> HttpClient:
        if self._http is None:
            from tokenmgr.oauth.http import HttpClient

            self._http = HttpClient(max_bytes=API_MAX_BYTES)
        return self._http

    def call(self, selector: str, request: ApiRequest, *,
             consumer_only: bool = False) -> ApiResponse:
        from requests.utils import requote_uri

        from tokenmgr.oauth.oauth1 import encode_form

        method = request.method.upper()
        if request.form and request.json_body is not None:
            raise UnsupportedError("Give form fields or a JSON body, not both.")
        signer = AccountSigner(self._service, selector, consumer_only=consumer_only)
        url = resolve_url(signer.provider, request.url)
        form = list(request.form)
        if form and method in QUERY_METHODS:
            url, form = _with_query(url, encode_form(form)), []
        url = requote_uri(url.partition("#")[0])  # what requests would send, signed as such
        check_endpoint(url)  # before anything is signed
        headers = self._headers(request)
        body: bytes | None = None
        if form:
            body = encode_form(form).encode("ascii")
            headers["Content-Type"] = FORM
        elif request.json_body is not None:
            body = request.json_body.encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        response = self._send(signer, method, url, form, body, headers)
        retried, refreshed = False, signer.last_refreshed
        if response.status == 401 and signer.refresh_after_unauthorized():
            response = self._send(signer, method, url, form, body, headers)
            retried = refreshed = True
        shown = tuple((k, mask_authorization(v) if k == "Authorization" else v)
                      for k, v in headers.items())
        return ApiResponse(method, url, response.status, response.headers, response.body,
                           request_headers=shown, rejected=response.status == 401,
                           retried=retried, refreshed=refreshed, _signer=signer)

    @staticmethod
    def _headers(request: ApiRequest) -> dict[str, str]:
        headers = {"Accept": "application/json, */*;q=0.5"}
        for name, value in request.headers:
            name = name.strip()
            if name.lower() == "authorization":
                raise UnsupportedError("tokenmgr signs the request itself: leave out the "
                                       "Authorization header.")
            canonical = next((k for k in headers if k.lower() == name.lower()), name)
            headers.pop(canonical, None)
            headers[name] = value.strip()
        return headers

    def _send(self, signer: AccountSigner, method: str, url: str, form: list[tuple[str, str]],
              body: bytes | None, headers: dict[str, str]) -> HttpResponse:
        headers["Authorization"] = signer.header(method, url, form or None).reveal()
        return self.http().request(method, url, data=body, headers=headers)
