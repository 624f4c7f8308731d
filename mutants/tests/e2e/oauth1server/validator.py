"""An in-memory, spec-checking ``oauthlib.oauth1.RequestValidator`` for the e2e OAuth 1
provider (see ``app.py``).

Stores (all guarded by one lock, all in memory):

- ``clients``: consumer key -> :class:`Client` (secret, allowed realms, ``legacy`` flag).
- ``request_tokens``: token -> :class:`RequestTokenRecord` (secret, client, callback
  or None for legacy 1.0, realms, the approving user, the verifier once approved).
- ``access_tokens``: token -> :class:`AccessTokenRecord` (secret, client, realms, user).
- ``nonces``: ``(client_key, timestamp, nonce, token)`` combinations already seen
  (RFC 5849 section 3.3), pruned once older than ``timestamp_lifetime``.

Realms are used as scopes: every client may ask for ``read`` and ``write`` (the
default when the Authorization header has no ``realm``); ``/api/me`` needs ``read``,
``/api/echo`` needs ``write``.
"""

from __future__ import annotations

import hmac
import string
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from oauthlib.oauth1 import RequestValidator
from oauthlib.oauth1.rfc5849 import SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256, SIGNATURE_PLAINTEXT

REALMS = ("read", "write")

# Unknown clients/tokens are swapped for these by oauthlib so that the signature is still
# computed (near-constant time); they must pass the format checks but never validate.
DUMMY_CLIENT = "dummy-client-000000"
DUMMY_REQUEST_TOKEN = "dummy-request-token-00000000000"
DUMMY_ACCESS_TOKEN = "dummy-access-token-000000000000"
_DUMMY_SECRET = "dummy-secret-that-matches-nothing"


@dataclass(frozen=True)
class User:
    id: int
    screen_name: str
    password: str


@dataclass(frozen=True)
class Client:
    key: str
    secret: str
    name: str
    legacy: bool = False
    realms: tuple[str, ...] = REALMS


@dataclass
class RequestTokenRecord:
    token: str
    secret: str
    client_key: str
    callback: str | None  # "oob", a URL, or None (legacy 1.0: given on the authorize URL)
    realms: list[str]
    legacy: bool = False
    user: User | None = None  # set when the user approves
    verifier: str | None = None  # 1.0a: set when the user approves
    created: float = field(default_factory=time.time)


@dataclass
class AccessTokenRecord:
    token: str
    secret: str
    client_key: str
    realms: list[str]
    user: User
    created: float = field(default_factory=time.time)


def is_allowed_callback(url: str | None) -> bool:
    """``oob`` or ``http://127.0.0.1:<port>/<path>`` (explicit port, no userinfo/fragment)."""
    if url == "oob":
        return True
    if not url:
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname == "127.0.0.1"
        and port is not None
        and "@" not in parts.netloc
        and not parts.fragment
        and parts.path.startswith("/")
    )


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and hmac.compare_digest(a.encode(), b.encode())


class Validator(RequestValidator):
    """See the module docstring. ``allow_plaintext`` must stay False on plain http
    (SECURITY.md #18); it exists only to let a test prove the *client* refuses PLAINTEXT."""

    def __init__(
        self,
        clients: dict[str, Client],
        users: dict[str, User],
        *,
        allow_plaintext: bool = False,
    ) -> None:
        super().__init__()
        self.clients = dict(clients)
        self.users = dict(users)
        self.allow_plaintext = allow_plaintext
        self.lock = threading.RLock()
        self.request_tokens: dict[str, RequestTokenRecord] = {}
        self.access_tokens: dict[str, AccessTokenRecord] = {}
        self.nonces: dict[tuple[str, str, str, str], float] = {}

    # ------------------------------------------------------------------ policy
    enforce_ssl = False  # loopback test server only

    @property
    def allowed_signature_methods(self):
        methods = (SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256)
        return (*methods, SIGNATURE_PLAINTEXT) if self.allow_plaintext else methods

    @property
    def safe_characters(self):
        # RFC 3986 unreserved characters (the defaults allow only letters and digits,
        # which would reject "tokenmgr-consumer" and urlsafe nonces).
        return set(string.ascii_letters + string.digits + "-._~")

    @property
    def client_key_length(self):
        return 8, 64

    @property
    def request_token_length(self):
        return 20, 64

    @property
    def access_token_length(self):
        return 20, 64

    @property
    def nonce_length(self):
        return 8, 64

    @property
    def verifier_length(self):
        return 8, 64

    @property
    def timestamp_lifetime(self):
        return 600

    @property
    def realms(self):
        return list(REALMS)

    @property
    def dummy_client(self):
        return DUMMY_CLIENT

    @property
    def dummy_request_token(self):
        return DUMMY_REQUEST_TOKEN

    @property
    def dummy_access_token(self):
        return DUMMY_ACCESS_TOKEN

    # ------------------------------------------------------------------ clients
    def validate_client_key(self, client_key, request):
        return client_key in self.clients

    def get_client_secret(self, client_key, request):
        client = self.clients.get(client_key)
        return client.secret if client else _DUMMY_SECRET

    def get_rsa_key(self, client_key, request):
        # RSA methods are not in allowed_signature_methods, so oauthlib never gets here.
        return None

    def get_default_realms(self, client_key, request):
        client = self.clients.get(client_key)
        return list(client.realms) if client else []

    def validate_requested_realms(self, client_key, realms, request):
        client = self.clients.get(client_key)
        return client is not None and bool(realms) and set(realms) <= set(client.realms)

    def validate_redirect_uri(self, client_key, redirect_uri, request):
        client = self.clients.get(client_key)
        return client is not None and is_allowed_callback(redirect_uri)

    # ------------------------------------------------------------------ nonces
    def validate_timestamp_and_nonce(
        self,
        client_key,
        timestamp,
        nonce,
        request,
        request_token=None,
        access_token=None,
    ):
        # oauthlib has already checked that the timestamp is within timestamp_lifetime.
        key = (client_key, timestamp, nonce, request_token or access_token or "")
        now = time.time()
        with self.lock:
            horizon = now - 2 * self.timestamp_lifetime
            for k in [k for k, seen in self.nonces.items() if seen < horizon]:
                del self.nonces[k]
            if key in self.nonces:
                return False
            self.nonces[key] = now
            return True

    # ------------------------------------------------------------------ request tokens
    def save_request_token(self, token, request):
        realms = list(getattr(request, "realms", None) or [])
        client = self.clients[request.client_key]
        with self.lock:
            self.request_tokens[token["oauth_token"]] = RequestTokenRecord(
                token=token["oauth_token"],
                secret=token["oauth_token_secret"],
                client_key=request.client_key,
                callback=None if client.legacy else request.redirect_uri,
                realms=realms,
                legacy=client.legacy,
            )

    def _request_token(self, client_key, token) -> RequestTokenRecord | None:
        with self.lock:
            rec = self.request_tokens.get(token)
        if rec is None or rec.client_key != client_key:
            return None
        return rec

    def get_request_token_secret(self, client_key, token, request):
        rec = self._request_token(client_key, token)
        return rec.secret if rec else _DUMMY_SECRET

    def validate_request_token(self, client_key, token, request):
        rec = self._request_token(client_key, token)
        # 1.0a tokens only here; legacy tokens are exchanged by app.LegacyAccessTokenEndpoint.
        return rec is not None and not rec.legacy

    def verify_request_token(self, token, request):
        """Authorization endpoint: a 1.0a token that has no verifier yet (the app layer
        records the approving user just before asking oauthlib for the verifier)."""
        with self.lock:
            rec = self.request_tokens.get(token)
        return rec is not None and not rec.legacy and rec.verifier is None

    def get_realms(self, token, request):
        with self.lock:
            rec = self.request_tokens.get(token)
        return list(rec.realms) if rec else []

    def verify_realms(self, token, realms, request):
        return set(realms) <= set(self.get_realms(token, request))

    def get_redirect_uri(self, token, request):
        with self.lock:
            return self.request_tokens[token].callback

    def save_verifier(self, token, verifier, request):
        with self.lock:
            rec = self.request_tokens[token]
            if rec.user is None:
                raise RuntimeError("save_verifier before the user approved")
            rec.verifier = verifier["oauth_verifier"]

    def validate_verifier(self, client_key, token, verifier, request):
        rec = self._request_token(client_key, token)
        return rec is not None and rec.user is not None and _same(rec.verifier, verifier)

    def invalidate_request_token(self, client_key, request_token, request):
        with self.lock:
            self.request_tokens.pop(request_token, None)

    # ------------------------------------------------------------------ access tokens
    def save_access_token(self, token, request):
        with self.lock:
            rec = self.request_tokens[request.resource_owner_key]
            self.access_tokens[token["oauth_token"]] = AccessTokenRecord(
                token=token["oauth_token"],
                secret=token["oauth_token_secret"],
                client_key=request.client_key,
                realms=list(rec.realms),
                user=rec.user,
            )

    def _access_token(self, client_key, token) -> AccessTokenRecord | None:
        with self.lock:
            rec = self.access_tokens.get(token)
        if rec is None or rec.client_key != client_key:
            return None
        return rec

    def get_access_token_secret(self, client_key, token, request):
        rec = self._access_token(client_key, token)
        return rec.secret if rec else _DUMMY_SECRET

    def validate_access_token(self, client_key, token, request):
        return self._access_token(client_key, token) is not None

    def validate_realms(self, client_key, token, request, uri=None, realms=None):
        rec = self._access_token(client_key, token)
        return rec is not None and set(realms or ()) <= set(rec.realms)

    # ------------------------------------------------------------------ test helpers
    def user_for_access_token(self, token: str) -> User | None:
        with self.lock:
            rec = self.access_tokens.get(token)
        return rec.user if rec else None
