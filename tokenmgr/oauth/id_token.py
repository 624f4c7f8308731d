"""OpenID Connect ID token verification (OIDC Core 3.1.3.7), through PyJWT.

The signature is checked against the provider's JWKS, which tokenmgr fetches
itself (its own HTTP client: deadlines, size cap, loopback-only HTTP) and keeps
for ``JWKS_TTL`` seconds; a ``kid`` it does not know triggers one refetch (the
provider rotated its keys), never more. Algorithms come from the provider's
metadata (``id_token_signing_alg_values_supported``, RS256 by default): ``none``
is never accepted, HS* only with a confidential client's secret. Then ``iss``
(exactly the issuer), ``aud`` (our client id; ``azp`` too when several
audiences), ``exp``/``iat``/``nbf`` with ``LEEWAY`` seconds against the
injected clock, and the ``nonce`` sent in the authorization request.

PyJWT (with ``cryptography``) is imported only when an ID token arrives.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from tokenmgr.errors import IdTokenError, TokenResponseError
from tokenmgr.secret import Secret

if TYPE_CHECKING:
    from tokenmgr.oauth.http import HttpClient
    from tokenmgr.values.provider import Provider

JWKS_TTL = 3600.0
LEEWAY = 60.0
DEFAULT_ALGS = ("RS256",)  # OIDC Discovery: the default when the metadata says nothing
_ASYMMETRIC = frozenset({"RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
                         "ES256", "ES384", "ES512", "EdDSA"})
_HMAC = frozenset({"HS256", "HS384", "HS512"})


class JwksCache:
    """Key sets by ``jwks_uri``, fetched on first use and after ``ttl`` seconds."""

    def __init__(self, ttl: float = JWKS_TTL, clock: Callable[[], float] = time.monotonic):
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._sets: dict[str, tuple[float, list[dict[str, Any]]]] = {}
        self.fetches = 0

    def keys(self, http: HttpClient, uri: str, *, refetch: bool = False) -> list[dict[str, Any]]:
        now = self._clock()
        with self._lock:
            cached = self._sets.get(uri)
        if cached is not None and not refetch and now - cached[0] < self._ttl:
            return cached[1]
        response = http.request("GET", uri, headers={"Accept": "application/json"})
        if response.status != 200:
            raise IdTokenError(f"The provider's signing keys answered HTTP {response.status}.")
        try:
            data = response.json()
        except TokenResponseError:
            raise IdTokenError("The provider's signing keys are not valid JSON.") from None
        keys = data.get("keys") if isinstance(data, dict) else None
        if not isinstance(keys, list):
            raise IdTokenError("The provider's signing keys are not a JWK set.")
        found = [k for k in keys if isinstance(k, dict)]
        with self._lock:
            self.fetches += 1
            self._sets[uri] = (now, found)
        return found


DEFAULT_CACHE = JwksCache()


def allowed_algorithms(provider: Provider, confidential: bool) -> tuple[str, ...]:
    algs = provider.id_token_algs or DEFAULT_ALGS
    return tuple(a for a in algs if a in _ASYMMETRIC or (confidential and a in _HMAC))


def _pick(keys: list[dict[str, Any]], kid: str | None, alg: str) -> dict[str, Any] | None:
    usable = [k for k in keys if k.get("use", "sig") == "sig"
              and k.get("alg") in (None, alg)]
    if kid is not None:
        return next((k for k in usable if k.get("kid") == kid), None)
    return usable[0] if len(usable) == 1 else None


def verify_id_token(
    token: Secret,
    provider: Provider,
    *,
    http: HttpClient,
    nonce: Secret | None,
    client_secret: Secret | None = None,
    now: float,
    cache: JwksCache = DEFAULT_CACHE,
    leeway: float = LEEWAY,
) -> Mapping[str, Any]:
    """The verified claims, or IdTokenError saying what failed. ``nonce`` None: the
    token answers no authorization request of ours (refresh, device grant)."""
    import jwt  # PyJWT[crypto], deferred until an ID token arrives

    raw = token.reveal()
    try:
        header = jwt.get_unverified_header(raw)
    except jwt.PyJWTError:
        raise IdTokenError("The ID token is not a signed JWT.") from None
    alg = header.get("alg")
    allowed = allowed_algorithms(provider, client_secret is not None)
    if not isinstance(alg, str) or alg not in allowed:
        raise IdTokenError(f"The ID token's algorithm {str(alg)[:20]!r} is not accepted "
                           f"(accepted: {', '.join(allowed) or 'none'}).")
    key: Any
    if alg in _HMAC:
        assert client_secret is not None
        key = client_secret.reveal().encode()
    else:
        if not provider.jwks_uri:
            raise IdTokenError(f"{provider.name} names no signing keys (jwks_uri).")
        kid = header.get("kid") if isinstance(header.get("kid"), str) else None
        jwk = _pick(cache.keys(http, provider.jwks_uri), kid, alg)
        if jwk is None:  # rotated keys: refetch once, never more
            jwk = _pick(cache.keys(http, provider.jwks_uri, refetch=True), kid, alg)
        if jwk is None:
            raise IdTokenError("The ID token is signed with a key the provider does not list.")
        try:
            key = jwt.PyJWK(jwk, algorithm=alg)
        except jwt.PyJWTError:
            raise IdTokenError("The provider's signing key cannot be used.") from None
    try:
        claims = jwt.decode(
            raw, key, algorithms=[alg], audience=provider.client_id, issuer=provider.issuer,
            options={"verify_exp": False, "verify_iat": False, "verify_nbf": False,
                     "require": ["iss", "aud", "exp", "iat", "sub"]},
        )
    except jwt.InvalidSignatureError:
        raise IdTokenError("The ID token's signature does not verify.") from None
    except jwt.InvalidAudienceError:
        raise IdTokenError("The ID token was issued for another client (aud).") from None
    except jwt.InvalidIssuerError:
        raise IdTokenError("The ID token was issued by another issuer (iss).") from None
    except jwt.MissingRequiredClaimError as exc:
        raise IdTokenError(f"The ID token lacks the {exc.claim!r} claim.") from None
    except jwt.PyJWTError as exc:
        raise IdTokenError(f"The ID token is invalid ({type(exc).__name__}).") from None
    _check_times(claims, now, leeway)
    aud = claims.get("aud")
    if isinstance(aud, list) and len(aud) > 1 and claims.get("azp") != provider.client_id:
        raise IdTokenError("The ID token names several audiences but not us as azp.")
    if nonce is not None:
        got = claims.get("nonce")
        if not isinstance(got, str) or not hmac.compare_digest(
                got.encode(), nonce.reveal().encode()):
            raise IdTokenError("The ID token's nonce is missing or not the one tokenmgr sent.")
    return claims


def _check_times(claims: Mapping[str, Any], now: float, leeway: float) -> None:
    def number(name: str) -> float | None:
        value = claims.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise IdTokenError(f"The ID token's {name} is not a number.")
        return float(value)

    exp, iat, nbf = number("exp"), number("iat"), number("nbf")
    if exp is not None and exp <= now - leeway:
        raise IdTokenError("The ID token has expired.")
    if iat is not None and iat > now + leeway:
        raise IdTokenError("The ID token was issued in the future (iat); check the clock.")
    if nbf is not None and nbf > now + leeway:
        raise IdTokenError("The ID token is not valid yet (nbf).")
