"""Start and stop the e2e OAuth 1 provider (``app.py``) in a background thread, and poke its
in-memory state from tests.

    with OAuth1Server() as srv:          # or srv = OAuth1Server().start(); ...; srv.stop()
        srv.request_token_url, srv.consumer_key, ...
"""

from __future__ import annotations

import socketserver
import threading
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from .app import OAuth1App
from .validator import Client, User, Validator

USERS: dict[str, str] = {"alice": "alice-password", "bob": "bob-password"}
USER_IDS: dict[str, int] = {"alice": 1001, "bob": 1002}
CONSUMER_KEY = "tokenmgr-consumer"
CONSUMER_SECRET = "consumer-secret"
LEGACY_KEY = "tokenmgr-legacy"
LEGACY_SECRET = "legacy-secret"


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # the app keeps its own request log
        pass


class OAuth1Server:
    """An OAuth 1.0a + legacy 1.0 provider on ``http://127.0.0.1:<free port>``.

    Attributes (URLs set by :meth:`start`): ``base_url``, ``request_token_url``,
    ``authorize_url``, ``access_token_url``, ``me_url``, ``echo_url``, ``invalidate_url``,
    ``consumer_key`` / ``consumer_secret`` (1.0a), ``legacy_key`` / ``legacy_secret``
    (1.0, callback on the authorize URL, no verifier), ``users`` (username -> password),
    ``user_ids`` (username -> numeric id), ``validator`` (the in-memory stores), ``app``.

    ``allow_plaintext=True`` makes the server accept PLAINTEXT signatures even on plain http;
    never do that except to prove that a *client* refuses to send them (SECURITY.md #18).
    """

    consumer_key = CONSUMER_KEY
    consumer_secret = CONSUMER_SECRET
    legacy_key = LEGACY_KEY
    legacy_secret = LEGACY_SECRET

    def __init__(self, *, allow_plaintext: bool = False) -> None:
        self.users = dict(USERS)
        self.user_ids = dict(USER_IDS)
        self.validator = Validator(
            clients={
                CONSUMER_KEY: Client(CONSUMER_KEY, CONSUMER_SECRET, "tokenmgr (OAuth 1.0a)"),
                LEGACY_KEY: Client(LEGACY_KEY, LEGACY_SECRET, "tokenmgr (OAuth 1.0)", legacy=True),
            },
            users={name: User(USER_IDS[name], name, password) for name, password in USERS.items()},
            allow_plaintext=allow_plaintext,
        )
        self.app = OAuth1App(self.validator)
        self._server: _ThreadingWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    # ---------------------------------------------------------------- lifecycle
    def start(self) -> OAuth1Server:
        """Bind 127.0.0.1:0 and serve in a daemon thread; returns self."""
        if self._server is not None:
            return self
        server = _ThreadingWSGIServer(("127.0.0.1", 0), _QuietHandler)
        server.set_app(self.app)
        self._server = server
        port = server.server_address[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self.request_token_url = self.base_url + "/oauth/request_token"
        self.authorize_url = self.base_url + "/oauth/authorize"
        self.authenticate_url = self.base_url + "/oauth/authenticate"
        self.access_token_url = self.base_url + "/oauth/access_token"
        self.me_url = self.base_url + "/api/me"
        self.echo_url = self.base_url + "/api/echo"
        self.app_url = self.base_url + "/api/app"  # two-legged (consumer-only) signing
        self.invalidate_url = self.base_url + "/oauth/invalidate_token"
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"oauth1server:{port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> OAuth1Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---------------------------------------------------------------- helpers
    def authorization_url(self, request_token: str, legacy_callback: str | None = None) -> str:
        """``authorize_url?oauth_token=…`` (+ ``&oauth_callback=…`` for legacy 1.0)."""
        params = {"oauth_token": request_token}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        return f"{self.authorize_url}?{urlencode(params)}"

    @property
    def requests(self) -> list[dict]:
        """Every request so far: ``{"time", "method", "path", "status", "signature_type"
        ("header"|"body"|"query"|None), "oauth": {oauth_* params}}``."""
        with self.app._lock:
            return list(self.app.requests)

    def log(self) -> str:
        """Tracebacks of requests that crashed the app (500s); empty when all is well."""
        with self.app._lock:
            return "\n".join(self.app.log)

    def revoke_all(self, username: str | None = None) -> int:
        """Drop the access tokens of ``username`` (everyone if None), like the user revoking
        the app on the provider's side. Returns how many were dropped."""
        v = self.validator
        with v.lock:
            doomed = [
                t
                for t, rec in v.access_tokens.items()
                if username is None or rec.user.screen_name == username
            ]
            for t in doomed:
                del v.access_tokens[t]
        return len(doomed)

    def token_counts(self, username: str | None = None) -> dict[str, int]:
        """``{"request": pending request tokens, "access": live access tokens}`` (access
        tokens of ``username`` only if given)."""
        v = self.validator
        with v.lock:
            access = sum(
                1
                for rec in v.access_tokens.values()
                if username is None or rec.user.screen_name == username
            )
            return {"request": len(v.request_tokens), "access": access}

    def access_token_valid(self, token: str) -> bool:
        with self.validator.lock:
            return token in self.validator.access_tokens
