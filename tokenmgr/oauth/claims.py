"""Read a token's header and claims locally, without verifying it (issue 19, item 1).

A JWT (access token or ID token) is three base64url parts; the first two are
JSON. This module decodes them for *display* only: nothing here trusts a
claim, checks a signature or sends the token anywhere (ID token verification
happens at connect, see issue 16). Anything that is not a readable JWS —
opaque strings, encrypted JWEs, broken base64 — is said to be so, never an
exception. Times become local time plus words ("expires in 42 min").

Provider text is plain text: claim values are shown with ``str``/``json``,
control characters removed, long values cut.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tokenmgr.secret import Secret
from tokenmgr.values.text import format_duration

TIME_CLAIMS = ("exp", "nbf", "iat", "auth_time", "updated_at")
# What a claim means, in words, for the table (RFC 7519, OIDC Core, RFC 9068).
CLAIM_LABELS = {
    "iss": "issuer", "sub": "subject", "aud": "audience", "exp": "expires",
    "nbf": "not before", "iat": "issued", "jti": "token id", "auth_time": "signed in",
    "nonce": "nonce", "azp": "authorized party", "scope": "scopes", "scp": "scopes",
    "roles": "roles", "groups": "groups", "client_id": "client", "email": "email",
    "name": "name", "preferred_username": "user name", "tid": "tenant", "oid": "object id",
    "at_hash": "access-token hash", "acr": "auth context", "amr": "auth methods",
    "sid": "session", "updated_at": "profile updated",
}
HEADER_KEYS = ("alg", "kid", "typ", "cty")
MAX_VALUE = 300


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims table: the claim, what it means, its value in words."""

    name: str
    label: str
    value: str
    detail: str = ""  # for times: "in 42 min" / "3 h ago"


@dataclass(frozen=True)
class DecodedToken:
    """What can be read from a token. ``kind`` is "jwt", "jwe" or "opaque"."""

    kind: str
    header: Mapping[str, Any] = field(default_factory=dict)
    claims: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""

    @property
    def is_jwt(self) -> bool:
        return self.kind == "jwt"

    @property
    def audience(self) -> tuple[str, ...]:
        aud = self.claims.get("aud")
        if isinstance(aud, str):
            return (aud,)
        if isinstance(aud, list):
            return tuple(str(a) for a in aud)
        return ()

    @property
    def scopes(self) -> tuple[str, ...]:
        """``scope`` (RFC 9068, space-separated) or ``scp`` (Entra: a string; Okta: a list)."""
        for key in ("scope", "scp"):
            value = self.claims.get(key)
            if isinstance(value, str):
                return tuple(value.split())
            if isinstance(value, list):
                return tuple(str(v) for v in value)
        return ()

    @property
    def roles(self) -> tuple[str, ...]:
        value = self.claims.get("roles")
        if isinstance(value, list):
            return tuple(str(v) for v in value)
        return (value,) if isinstance(value, str) else ()

    def time(self, name: str) -> float | None:
        value = self.claims.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value)

    def rows(self, now: float) -> list[ClaimRow]:
        return [claim_row(name, value, now) for name, value in self.claims.items()]


def _b64url_json(part: str) -> Any:
    padded = part + "=" * (-len(part) % 4)
    raw = base64.b64decode(padded.translate(str.maketrans("-_", "+/")), validate=True)
    return json.loads(raw.decode())


def decode_token(token: Secret | str) -> DecodedToken:
    """Decode ``token`` for display; never raises on a token that is not a JWT."""
    text = token.reveal() if isinstance(token, Secret) else token
    text = text.strip()
    parts = text.split(".")
    if len(parts) == 5:
        return DecodedToken("jwe", note="Encrypted JWT (JWE): only its audience can read it.")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        return DecodedToken("opaque", note="Opaque token: it carries no readable claims; "
                                           "only the provider knows what it grants.")
    try:
        header = _b64url_json(parts[0])
        claims = _b64url_json(parts[1])
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return DecodedToken("opaque", note="Not a readable JWT (its parts are not base64url "
                                           "JSON); treated as opaque.")
    if not isinstance(header, dict) or not isinstance(claims, dict):
        return DecodedToken("opaque", note="Not a readable JWT (header or claims are not "
                                           "JSON objects); treated as opaque.")
    return DecodedToken("jwt", header=header, claims=claims)


def plain(value: Any) -> str:
    """A claim value as one line of plain text (no control characters, cut if long)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                           sort_keys=True)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


def relative(when: float, now: float, *, name: str = "") -> str:
    """``in 42 min`` / ``3 h ago``; ``exp`` reads "expires in …" / "expired … ago"."""
    delta = when - now
    span = format_duration(abs(delta))
    if name == "exp":
        return f"expires in {span}" if delta > 0 else f"expired {span} ago"
    return f"in {span}" if delta > 0 else f"{span} ago"


def local_time(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def claim_row(name: str, value: Any, now: float) -> ClaimRow:
    label = CLAIM_LABELS.get(name, "")
    if name in TIME_CLAIMS and isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return ClaimRow(name, label, local_time(float(value)),
                            relative(float(value), now, name=name))
        except (OverflowError, OSError, ValueError):
            pass  # out of range: shown as the raw number
    if name in ("scope", "scp") and isinstance(value, str):
        return ClaimRow(name, label, plain(" ".join(value.split())))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ClaimRow(name, label, plain(", ".join(value)))
    return ClaimRow(name, label, plain(value))


def header_summary(decoded: DecodedToken) -> dict[str, str]:
    return {k: plain(decoded.header[k]) for k in HEADER_KEYS if k in decoded.header}


def to_json(decoded: DecodedToken, now: float) -> dict[str, Any]:
    """The ``inspect --json`` shape of one token (claims as the token has them)."""
    out: dict[str, Any] = {"format": decoded.kind}
    if decoded.note:
        out["note"] = decoded.note
    if decoded.is_jwt:
        out["header"] = dict(decoded.header)
        out["claims"] = dict(decoded.claims)
        out["audience"] = list(decoded.audience)
        out["scopes"] = list(decoded.scopes)
        out["roles"] = list(decoded.roles)
        times: dict[str, Any] = {}
        for name in TIME_CLAIMS:
            when = decoded.time(name)
            if when is not None:
                times[name] = {"epoch": when, "local": claim_row(name, when, now).value,
                               "relative": relative(when, now, name=name)}
        out["times"] = times
    return out
