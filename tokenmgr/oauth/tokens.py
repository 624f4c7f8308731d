"""The parser that turns any token endpoint answer into a ``TokenSet``.

Providers answer JSON, form-encoded (GitHub without ``Accept``), with
``expires_in`` as a number, a string or not at all, and with a granted scope
that differs from the one asked for. The parser accepts what is safe, stores
the scope actually granted, and raises one specific error for everything
else, so a bad answer never overwrites a good stored token.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from tokenmgr.errors import (
    InvalidGrantError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.secret import Secret
from tokenmgr.values.tokens import TokenSet

if TYPE_CHECKING:
    from tokenmgr.oauth.http import HttpResponse

__all__ = ["MAX_LIFETIME", "TokenSet", "decode_body", "parse_token_response",
           "raise_for_oauth_error"]

BUSY_STATUSES = (408, 429)  # with 5xx: "not now", never a reason to re-connect
MAX_LIFETIME = 10 * 365 * 24 * 3600  # beyond this an expires_in is nonsense: no expiry


def decode_body(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def raise_for_oauth_error(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500 or response.status in BUSY_STATUSES:
        from tokenmgr.oauth.failures import busy_error, parse_retry_after

        raise busy_error(response.status, parse_retry_after(response.headers.get("retry-after")))
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def _expires_at(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def _scopes(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", " ").split() if s)
    return requested


def _token_type(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def parse_token_response(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float,
    hook: str = "standard",
) -> TokenSet:
    """``hook`` names the provider's answer quirk (see token_hooks.py)."""
    from tokenmgr.oauth.token_hooks import unwrap_token_answer

    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    if 200 <= response.status < 300:
        data = unwrap_token_answer(hook, data)
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )
