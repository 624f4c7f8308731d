"""Why a token request failed, in plain words, and whether trying again can help.

Two families (issue 19, item 3):

- *transient*: offline (no connection), the provider busy (HTTP 408, 429,
  5xx, with ``Retry-After`` when it says one). The account is fine; these are
  retried with back-off and never turn into "needs re-connect".
- ``invalid_grant``: the grant is gone. The provider's ``error_description``
  and known codes (Entra's ``AADSTS…``, Google's and Spotify's texts) tell
  *why*: expired after inactivity, revoked, reused after rotation, password
  changed. The words say the likely cause and the fix.

Only provider-chosen codes and descriptions are used: never a token.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TypeVar

from tokenmgr.errors import (
    InvalidGrantError,
    NetworkError,
    OfflineError,
    ProviderBusyError,
    TokenEndpointError,
)

T = TypeVar("T")

BUSY_STATUSES = (408, 429)
RETRY_ATTEMPTS = 3
RETRY_BASE = 1.0
MAX_RETRY_WAIT = 30.0  # a longer Retry-After is reported, not slept through
MAX_DESCRIPTION = 200


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """RFC 9110 10.2.3: delay-seconds or an HTTP-date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def busy_error(status: int, retry_after: float | None, host: str = "the provider") -> \
        ProviderBusyError:
    what = {408: "timed out waiting for the request", 429: "is rate-limiting requests"}.get(
        status, "is having trouble")
    later = f" It asks to wait {_seconds(retry_after)}." if retry_after is not None else ""
    return ProviderBusyError(
        f"Provider busy: {host} {what} (HTTP {status}).{later} The account is fine; "
        "nothing needs re-connecting — try again later.", status=status,
        retry_after=retry_after)


def _seconds(value: float) -> str:
    seconds = round(value)
    return f"{seconds} s" if seconds < 120 else f"{seconds // 60} min"


# --- invalid_grant: why ------------------------------------------------------------

@dataclass(frozen=True)
class GrantFailure:
    """Plain words for an ``invalid_grant``: what happened and what to do."""

    cause: str
    code: str | None = None  # a provider code such as AADSTS700082

    def short(self) -> str:
        """For the account's stored ``last_error``: the cause as a sentence."""
        code = f" [{self.code}]" if self.code else ""
        return f"{self.cause[:1].upper()}{self.cause[1:]}{code}."

    def sentence(self, account: str) -> str:
        code = f" [{self.code}]" if self.code else ""
        return (f"{account} needs re-connect: {self.cause}{code}. "
                f"Fix: tokenmgr connect {account} (or Re-connect in the window).")


# (pattern on code/description, cause) — first match wins; codes before words.
_KNOWN: tuple[tuple[str, str], ...] = (
    (r"AADSTS700082", "the refresh token expired after 90 days without use"),
    (r"AADSTS700084", "the refresh token of a single-page app expired after 24 hours"),
    (r"AADSTS50173|AADSTS50133",
     "the grant ended because the password was changed or reset"),
    (r"AADSTS70043|AADSTS70008",
     "the sign-in expired (a Conditional Access sign-in frequency or session limit)"),
    (r"AADSTS50076|AADSTS50079|AADSTS50158|interaction_required",
     "the provider wants you to sign in again (multi-factor or a policy check)"),
    (r"AADSTS54005|AADSTS70000|already (been )?(used|redeemed)|reuse|reused|rotat",
     "the refresh token was already used (replaced by a newer one, e.g. by another copy "
     "of it); rotating providers accept each one only once"),
    (r"expired or revoked", "the refresh token expired or was revoked (Google: 7 days for "
                            "apps in Testing, 6 months unused, or a password change)"),
    (r"password", "the grant ended because the password was changed"),
    (r"revoked", "access was revoked (by you at the provider, an admin, or a "
                 "security policy)"),
    (r"expired", "the refresh token has expired"),
    (r"invalid refresh token|invalid_refresh_token|not found|does not exist|unknown",
     "the provider does not know this refresh token any more (revoked, expired, or "
     "dropped past the provider's limit of live tokens)"),
)


def explain_invalid_grant(error: TokenEndpointError) -> GrantFailure:
    description = (error.description or "")[:MAX_DESCRIPTION]
    code_match = re.search(r"AADSTS\d+", description)
    code = code_match.group(0) if code_match else None
    for pattern, cause in _KNOWN:
        if re.search(pattern, description, re.IGNORECASE):
            return GrantFailure(cause, code)
    said = f" (the provider says: {_plain(description)})" if description else ""
    return GrantFailure("the provider no longer accepts the refresh token — it was "
                        "revoked, expired or replaced" + said, code)


def _plain(text: str) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


# --- retrying transient failures -----------------------------------------------------

def is_retry_safe(exc: BaseException) -> bool:
    """True when the provider certainly did not act on the request: no connection was
    made, or it answered "not now" (408, 429, 503). A read timeout or a 500 may come
    after a rotating refresh token was already spent, so those are not repeated here
    (the window's schedule tries again later)."""
    if isinstance(exc, OfflineError):
        return True
    return isinstance(exc, ProviderBusyError) and exc.status in (*BUSY_STATUSES, 503)


def with_retries(call: Callable[[], T], *, sleep: Callable[[float], None],
                 attempts: int = RETRY_ATTEMPTS, base: float = RETRY_BASE,
                 max_wait: float = MAX_RETRY_WAIT) -> T:
    """Run ``call``; on a retry-safe transient failure wait (``Retry-After`` when
    given, else ``base`` doubling) and try again, up to ``attempts`` times in all."""
    for attempt in range(1, attempts):
        try:
            return call()
        except NetworkError as exc:
            if not is_retry_safe(exc):
                raise
            wait = base * 2 ** (attempt - 1)
            if isinstance(exc, ProviderBusyError) and exc.retry_after is not None:
                if exc.retry_after > max_wait:
                    raise  # said as "it asks to wait N min": not slept through
                wait = exc.retry_after
            sleep(wait)
    return call()  # the last attempt: its failure is the caller's


def is_transient(exc: BaseException) -> bool:
    """Offline or busy: never a reason to mark an account as needing re-connect."""
    return isinstance(exc, NetworkError) and not isinstance(exc, InvalidGrantError)
