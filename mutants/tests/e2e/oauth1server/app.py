"""The e2e OAuth 1.0a / legacy 1.0 provider as a WSGI app (RFC 5849, oauthlib's endpoints).

Routes (``{base}`` = ``http://127.0.0.1:<port>``):

- ``POST /oauth/request_token``: 1.0a consumers must send ``oauth_callback`` (a loopback URL
  or ``oob``); answer ``oauth_token``, ``oauth_token_secret``, ``oauth_callback_confirmed=true``.
  Legacy 1.0 consumers: any ``oauth_callback`` is ignored and the answer has no
  ``oauth_callback_confirmed``.
- ``GET /oauth/authorize?oauth_token=T`` (legacy: ``&oauth_callback=URL``): login + consent page,
  form ``#oauth1-authorize`` with ``#username``, ``#password``, buttons ``#approve`` / ``#deny``;
  a failed login re-renders it with ``#login-error``. ``POST /oauth/authorize`` answers it:
  approve -> 302 to the callback with ``oauth_token`` + ``oauth_verifier`` (legacy:
  ``oauth_token`` only), or for ``oob`` a page with the verifier in ``#pin``; for a legacy token
  without callback a page with ``#authorized``. Deny -> 302 with ``denied=T`` or a page with
  ``#denied``. Bad/used tokens -> 400 page with ``#error``.
- ``POST /oauth/access_token``: 1.0a needs ``oauth_verifier``; legacy needs none but the
  request token must have been approved. Answer ``oauth_token``, ``oauth_token_secret``,
  ``oauth_authorized_realms``, ``user_id``, ``screen_name``. Request tokens are single use.
- ``GET /api/me`` (realm ``read``), ``POST /api/echo`` (realm ``write``; form body echoed as
  ``params``): 200 JSON ``{"id", "screen_name"}``; 401 + ``WWW-Authenticate: OAuth`` otherwise.
- ``POST /oauth/invalidate_token``: signed with the access token; revokes it, answers
  ``{"access_token": T}``.

Only HMAC-SHA1 and HMAC-SHA256 are accepted (PLAINTEXT would expose the secrets on plain http).
"""

from __future__ import annotations

import hmac
import html
import json
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit
from wsgiref.util import request_uri

from oauthlib.common import Request, add_params_to_uri
from oauthlib.oauth1 import (
    AccessTokenEndpoint,
    AuthorizationEndpoint,
    RequestTokenEndpoint,
    ResourceEndpoint,
)
from oauthlib.oauth1.rfc5849 import errors
from oauthlib.oauth1.rfc5849.endpoints.base import BaseEndpoint

from .validator import Validator, is_allowed_callback

FORM = "application/x-www-form-urlencoded"

StartResponse = Callable[[str, list[tuple[str, str]]], object]

_REASONS = {
    200: "OK",
    302: "Found",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    500: "Internal Server Error",
}


class Response:
    def __init__(
        self,
        status: int,
        body: str | bytes = b"",
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.headers = dict(headers or {})
        if content_type:
            self.headers["Content-Type"] = content_type

    @classmethod
    def form(cls, status: int, body: str | None) -> Response:
        return cls(status, body or "", FORM)

    @classmethod
    def json(cls, status: int, data: object) -> Response:
        return cls(status, json.dumps(data), "application/json")

    @classmethod
    def page(cls, status: int, title: str, body_html: str) -> Response:
        doc = (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1>{body_html}</body></html>"
        )
        return cls(status, doc, "text/html; charset=utf-8")

    @classmethod
    def redirect(cls, location: str) -> Response:
        return cls(302, b"", headers={"Location": location})


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


class LegacyEndpoint(BaseEndpoint):
    """OAuth 1.0 (pre-1.0a) token endpoints for consumers configured as ``legacy``:
    no ``oauth_callback`` at the request-token step, no ``oauth_verifier`` at the access-token
    step. Every other check (mandatory parameters, timestamp window, nonce replay, client,
    token, signature) is oauthlib's, in the same order as its own endpoints."""

    request_validator: Validator

    def _validate_common(self, request: Request) -> None:
        self._check_transport_security(request)
        self._check_mandatory_parameters(request)

    def create_request_token_response(self, uri, http_method, body, headers):
        v = self.request_validator
        try:
            request = self._create_request(uri, http_method, body, headers)
            self._validate_common(request)
            request.realms = (
                request.realm.split(" ")
                if request.realm
                else v.get_default_realms(request.client_key, request)
            )
            if not v.check_realms(request.realms):
                raise errors.InvalidRequestError(description="Invalid realm.")
            if request.resource_owner_key:
                raise errors.InvalidRequestError(description="Unexpected oauth_token.")
            if not v.validate_timestamp_and_nonce(
                request.client_key, request.timestamp, request.nonce, request
            ):
                return Response.form(401, "")
            valid_client = v.validate_client_key(request.client_key, request) and (
                v.clients[request.client_key].legacy
            )
            if not valid_client:
                request.client_key = v.dummy_client
            valid_realm = v.validate_requested_realms(request.client_key, request.realms, request)
            valid_signature = self._check_signature(request)
            if not (valid_client and valid_realm and valid_signature):
                return Response.form(401, "")
            token = {
                "oauth_token": self.token_generator(),
                "oauth_token_secret": self.token_generator(),
            }
            v.save_request_token(token, request)
            return Response.form(200, urlencode(token))
        except errors.OAuth1Error as e:
            return Response.form(e.status_code, e.urlencoded)

    def create_access_token_response(self, uri, http_method, body, headers):
        v = self.request_validator
        try:
            request = self._create_request(uri, http_method, body, headers)
            self._validate_common(request)
            if not request.resource_owner_key:
                raise errors.InvalidRequestError(description="Missing resource owner.")
            if not v.check_request_token(request.resource_owner_key):
                raise errors.InvalidRequestError(description="Invalid resource owner key format.")
            if not v.validate_timestamp_and_nonce(
                request.client_key,
                request.timestamp,
                request.nonce,
                request,
                request_token=request.resource_owner_key,
            ):
                return Response.form(401, "")
            valid_client = v.validate_client_key(request.client_key, request) and (
                v.clients[request.client_key].legacy
            )
            if not valid_client:
                request.client_key = v.dummy_client
            with v.lock:
                rec = v.request_tokens.get(request.resource_owner_key)
            valid_token = (
                rec is not None
                and rec.legacy
                and rec.client_key == request.client_key
                and rec.user is not None  # approved by the user
            )
            if not valid_token:
                request.resource_owner_key = v.dummy_request_token
            valid_signature = self._check_signature(request, is_token_request=True)
            if not (valid_client and valid_token and valid_signature):
                return Response.form(401, "")
            with v.lock:
                # single use: whoever pops it first wins
                if v.request_tokens.get(request.resource_owner_key) is not rec:
                    return Response.form(401, "")
                request.realms = list(rec.realms)
                token = {
                    "oauth_token": self.token_generator(),
                    "oauth_token_secret": self.token_generator(),
                    "oauth_authorized_realms": " ".join(rec.realms),
                }
                v.save_access_token(token, request)
                v.invalidate_request_token(request.client_key, request.resource_owner_key, request)
            token.update(user_id=str(rec.user.id), screen_name=rec.user.screen_name)
            return Response.form(200, urlencode(token))
        except errors.OAuth1Error as e:
            return Response.form(e.status_code, e.urlencoded)


class OAuth1App:
    """The WSGI application. ``requests`` records ``{"method", "path", "status", "oauth",
    "signature_type"}`` per request (``oauth``: the request's ``oauth_*`` parameters) so tests
    can check what a client sent; ``log`` holds error tracebacks."""

    def __init__(self, validator: Validator) -> None:
        self.validator = validator
        self.request_token_endpoint = RequestTokenEndpoint(validator)
        self.authorization_endpoint = AuthorizationEndpoint(validator)
        self.access_token_endpoint = AccessTokenEndpoint(validator)
        self.resource_endpoint = ResourceEndpoint(validator)
        self.legacy_endpoint = LegacyEndpoint(validator)
        self.requests: list[dict] = []
        self.log: list[str] = []
        self._lock = threading.Lock()
        self._routes = {
            "/oauth/request_token": ("POST", self.request_token),
            "/oauth/authorize": ("GET POST", self.authorize),
            "/oauth/access_token": ("POST", self.access_token),
            "/api/me": ("GET", self.me),
            "/api/echo": ("POST", self.echo),
            "/oauth/invalidate_token": ("POST", self.invalidate_token),
        }

    # ------------------------------------------------------------------ WSGI
    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"].upper()
        path = environ.get("PATH_INFO", "") or "/"
        uri = request_uri(environ, include_query=True)
        headers = {
            key[5:].replace("_", "-").title(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        if environ.get("CONTENT_TYPE"):
            headers["Content-Type"] = environ["CONTENT_TYPE"]
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        body = environ["wsgi.input"].read(length).decode("utf-8") if length > 0 else ""

        route = self._routes.get(path)
        try:
            if route is None:
                response = Response(404, "not found", "text/plain")
            elif method not in route[0].split():
                response = Response(
                    405, "method not allowed", "text/plain", {"Allow": ", ".join(route[0].split())}
                )
            else:
                response = route[1](uri, method, body, headers)
        except Exception:
            tb = traceback.format_exc()
            with self._lock:
                self.log.append(f"{method} {uri}\n{tb}")
            response = Response(500, tb, "text/plain")

        with self._lock:
            self.requests.append(
                {
                    "time": time.time(),
                    "method": method,
                    "path": path,
                    "status": response.status,
                    **_oauth_summary(environ.get("QUERY_STRING", ""), body, headers),
                }
            )
        start_response(
            f"{response.status} {_REASONS.get(response.status, 'Status')}",
            [*response.headers.items(), ("Content-Length", str(len(response.body)))],
        )
        return [response.body]

    # ------------------------------------------------------------------ helpers
    def _client_of(self, uri, method, body, headers):
        """The consumer of a signed request, to route legacy consumers (raises OAuth1Error)."""
        request = self.request_token_endpoint._create_request(uri, method, body, headers)
        return self.validator.clients.get(request.client_key or ""), request

    @staticmethod
    def _unauthorized(uri: str) -> Response:
        parts = urlsplit(uri)
        return Response(
            401,
            json.dumps({"error": "unauthorized"}),
            "application/json",
            {"WWW-Authenticate": f'OAuth realm="{parts.scheme}://{parts.netloc}/"'},
        )

    def _protected(self, uri, method, body, headers, realms):
        valid, request = self.resource_endpoint.validate_protected_resource_request(
            uri, http_method=method, body=body, headers=headers, realms=realms
        )
        if not valid:
            return None, None
        user = self.validator.user_for_access_token(request.resource_owner_key)
        return (request, user) if user else (None, None)

    # ------------------------------------------------------------------ token endpoints
    def request_token(self, uri, method, body, headers) -> Response:
        try:
            client, _ = self._client_of(uri, method, body, headers)
        except errors.OAuth1Error as e:
            return Response.form(e.status_code, e.urlencoded)
        if client is not None and client.legacy:
            return self.legacy_endpoint.create_request_token_response(uri, method, body, headers)
        h, b, s = self.request_token_endpoint.create_request_token_response(
            uri, http_method=method, body=body, headers=headers
        )
        return Response(s, b or "", h.get("Content-Type", FORM), h)

    def access_token(self, uri, method, body, headers) -> Response:
        try:
            client, request = self._client_of(uri, method, body, headers)
        except errors.OAuth1Error as e:
            return Response.form(e.status_code, e.urlencoded)
        if client is not None and client.legacy:
            return self.legacy_endpoint.create_access_token_response(uri, method, body, headers)
        # Who approved the request token (if anyone): returned with the access token, as
        # X does. A bogus token gets no credentials and fails validation anyway.
        credentials = {}
        with self.validator.lock:
            rec = self.validator.request_tokens.get(request.resource_owner_key or "")
            if rec is not None and rec.user is not None:
                credentials = {"user_id": str(rec.user.id), "screen_name": rec.user.screen_name}
        h, b, s = self.access_token_endpoint.create_access_token_response(
            uri, http_method=method, body=body, headers=headers, credentials=credentials
        )
        return Response(s, b or "", h.get("Content-Type", FORM), h)

    # ------------------------------------------------------------------ authorization
    def authorize(self, uri, method, body, headers) -> Response:
        v = self.validator
        params = dict(parse_qsl(uri.partition("?")[2], keep_blank_values=True))
        if method == "POST":
            params.update(parse_qsl(body, keep_blank_values=True))
        token = params.get("oauth_token", "")
        with v.lock:
            rec = v.request_tokens.get(token)
            answered = rec is None or rec.user is not None
        if answered:
            return self._error_page(400, "Unknown, used or already answered request token.")
        client = v.clients[rec.client_key]
        if rec.legacy:
            # OAuth 1.0: the callback comes with the authorize URL (and is not signed).
            callback = params.get("oauth_callback") or None
            if callback is not None and not (callback != "oob" and is_allowed_callback(callback)):
                return self._error_page(400, "Callback not allowed.")
        else:
            callback = rec.callback  # 1.0a: fixed at the request-token step
            try:
                self.authorization_endpoint.get_realms_and_credentials(
                    self._authorize_uri(uri, token)
                )
            except errors.OAuth1Error as e:
                return self._error_page(e.status_code, e.description or "Invalid request token.")

        if method == "GET":
            return self._consent_page(client.name, rec, callback, error=None)

        action = params.get("action", "")
        if action == "deny":
            with v.lock:
                if v.request_tokens.get(token) is not rec or rec.user is not None:
                    return self._error_page(400, "Request token already answered.")
                v.invalidate_request_token(rec.client_key, token, None)
            if callback and callback != "oob":
                return Response.redirect(add_params_to_uri(callback, [("denied", token)]))
            return Response.page(
                200,
                "Access denied",
                f"<p id='denied'>You denied {_esc(client.name)} access to your account.</p>",
            )
        if action != "approve":
            return self._error_page(400, "Choose Approve or Deny.")

        username = params.get("username", "")
        password = params.get("password", "")
        user = v.users.get(username)
        if user is None or not hmac.compare_digest(user.password.encode(), password.encode()):
            return self._consent_page(
                client.name, rec, callback, error="Wrong username or password."
            )
        with v.lock:
            if v.request_tokens.get(token) is not rec or rec.user is not None:
                return self._error_page(400, "Request token already answered.")
            rec.user = user

        if rec.legacy:
            if callback:
                return Response.redirect(add_params_to_uri(callback, [("oauth_token", token)]))
            return Response.page(
                200,
                "Authorized",
                f"<p id='authorized'>{_esc(client.name)} may now access your account. "
                "Return to the application to finish.</p>",
            )
        try:
            h, b, s = self.authorization_endpoint.create_authorization_response(
                self._authorize_uri(uri, token)
            )
        except errors.OAuth1Error as e:
            with v.lock:
                rec.user = None
            return self._error_page(e.status_code, e.description or "Invalid request token.")
        if s == 302:
            return Response.redirect(h["Location"])
        pin = dict(parse_qsl(b or ""))["oauth_verifier"]
        return Response.page(
            200,
            "Authorized",
            "<p>Enter this PIN in the application to finish:</p>"
            f"<p><code id='pin'>{_esc(pin)}</code></p>",
        )

    @staticmethod
    def _authorize_uri(uri: str, token: str) -> str:
        return uri.partition("?")[0] + "?" + urlencode({"oauth_token": token})

    def _consent_page(self, client_name, rec, callback, error) -> Response:
        hidden = f"<input type='hidden' name='oauth_token' value='{_esc(rec.token)}'>"
        if rec.legacy and callback:
            hidden += f"<input type='hidden' name='oauth_callback' value='{_esc(callback)}'>"
        err = f"<p id='login-error' role='alert'>{_esc(error)}</p>" if error else ""
        realms = " ".join(rec.realms)
        return Response.page(
            200,
            f"Authorize {client_name}",
            f"<p id='client'>{_esc(client_name)} wants access to your account "
            f"(<span id='realms'>{_esc(realms)}</span>).</p>{err}"
            "<form id='oauth1-authorize' method='post' action='/oauth/authorize'>"
            f"{hidden}"
            "<p><label>Username <input id='username' name='username' autocomplete='off'>"
            "</label></p>"
            "<p><label>Password <input id='password' name='password' type='password'>"
            "</label></p>"
            "<p><button id='approve' type='submit' name='action' value='approve'>Approve"
            "</button> "
            "<button id='deny' type='submit' name='action' value='deny'>Deny</button></p>"
            "</form>",
        )

    @staticmethod
    def _error_page(status: int, message: str) -> Response:
        return Response.page(status, "Error", f"<p id='error'>Error: {_esc(message)}</p>")

    # ------------------------------------------------------------------ resources
    def me(self, uri, method, body, headers) -> Response:
        _, user = self._protected(uri, method, body, headers, ["read"])
        if user is None:
            return self._unauthorized(uri)
        return Response.json(200, {"id": user.id, "screen_name": user.screen_name})

    def echo(self, uri, method, body, headers) -> Response:
        _, user = self._protected(uri, method, body, headers, ["write"])
        if user is None:
            return self._unauthorized(uri)
        form = body if FORM in headers.get("Content-Type", "") else ""
        return Response.json(
            200,
            {
                "id": user.id,
                "screen_name": user.screen_name,
                "params": {
                    k: v
                    for k, v in parse_qsl(form, keep_blank_values=True)
                    if not k.startswith("oauth_")
                },
                "query": {
                    k: v[0]
                    for k, v in parse_qs(uri.partition("?")[2]).items()
                    if not k.startswith("oauth_")
                },
            },
        )

    def invalidate_token(self, uri, method, body, headers) -> Response:
        request, user = self._protected(uri, method, body, headers, [])
        if user is None:
            return self._unauthorized(uri)
        token = request.resource_owner_key
        with self.validator.lock:
            self.validator.access_tokens.pop(token, None)
        return Response.json(200, {"access_token": token})


def _oauth_summary(query: str, body: str, headers: dict[str, str]) -> dict:
    """The ``oauth_*`` parameters of a request and where they were (header/body/query)."""
    from oauthlib.oauth1.rfc5849 import utils

    auth = headers.get("Authorization", "")
    if auth[:6].lower() == "oauth ":
        try:
            params = {k: utils.unescape(v) for k, v in utils.parse_authorization_header(auth)}
        except (ValueError, IndexError):
            params = {}
        return {"signature_type": "header", "oauth": params}
    form = body if FORM in headers.get("Content-Type", "") else ""
    for kind, source in (("body", form), ("query", query)):
        params = {
            k: v for k, v in parse_qsl(source, keep_blank_values=True) if k.startswith("oauth_")
        }
        if params:
            return {"signature_type": kind, "oauth": params}
    return {"signature_type": None, "oauth": {}}
