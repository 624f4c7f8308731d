"""Token health: is there a refresh token, how old, and when will it stop working?

Pure (no I/O, no Qt): built from an account's summary (no secrets) and its
provider's documented refresh-token limits (``refresh_token_lifetime_days``
counts from the authorization, ``refresh_token_inactivity_days`` from the last
refresh; see providers.toml and docs/DESIGN.md "Token health"). The window's
detail pane and ``tokenmgr inspect`` show the same words; the refresh schedule
uses ``keep_alive_at`` to refresh before an inactivity limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tokenmgr.status_text import format_duration
from tokenmgr.store.schema import AccountSummary
from tokenmgr.values.provider import Provider

DAY = 86400.0
WARN_AHEAD = 7 * DAY  # warn at most a week ahead…
WARN_FRACTION = 0.25  # …or a quarter of a short limit (2 days of Google's 7)


@dataclass(frozen=True)
class TokenHealth:
    has_refresh_token: bool
    obtained_at: float | None  # the current tokens: last refresh, else the connect
    authorized_at: float | None  # the connect (the grant's start)
    expected_end: float | None  # when the refresh token is expected to stop working
    end_rule: str | None  # "90 days without use", "6 months from the authorization"
    source: str | None  # the provider's page documenting the limit
    note: str | None
    keep_alive_at: float | None  # refresh from this time on to reset an inactivity limit

    def age(self, now: float) -> float | None:
        return None if self.obtained_at is None else max(0.0, now - self.obtained_at)

    def warning(self, now: float) -> str | None:
        """A sentence when the end is near or past, else None."""
        if self.expected_end is None or not self.has_refresh_token:
            return None
        left = self.expected_end - now
        limit = self.expected_end - (self.authorized_at or self.expected_end)
        ahead = min(WARN_AHEAD, WARN_FRACTION * limit) if limit > 0 else WARN_AHEAD
        if left <= 0:
            return (f"The refresh token has probably stopped working ({self.end_rule}); "
                    "re-connect if refreshing fails.")
        if left <= ahead:
            return (f"The refresh token is expected to stop working in "
                    f"{format_duration(left)} ({self.end_rule}); re-connect before then"
                    + (" or let tokenmgr refresh it." if self.keep_alive_at else "."))
        return None

    def keep_alive_due(self, now: float) -> bool:
        return (self.has_refresh_token and self.keep_alive_at is not None
                and now >= self.keep_alive_at
                and (self.expected_end is None or now < self.expected_end))

    def lines(self, now: float) -> list[str]:
        """Plain words, one fact a line (``inspect`` and the detail pane)."""
        out = []
        if not self.has_refresh_token:
            out.append("Refresh token: none — when the access token expires, re-connect.")
        else:
            out.append("Refresh token: present")
        if self.obtained_at is not None:
            out.append(f"Obtained: {_local(self.obtained_at)} "
                       f"({format_duration(now - self.obtained_at)} ago)")
        if self.authorized_at is not None and self.authorized_at != self.obtained_at:
            out.append(f"Authorized: {_local(self.authorized_at)} "
                       f"({format_duration(now - self.authorized_at)} ago)")
        if self.has_refresh_token:
            if self.expected_end is None:
                out.append("Expected end: none documented by the provider")
            else:
                left = self.expected_end - now
                when = (f"in {format_duration(left)}" if left > 0
                        else f"{format_duration(-left)} ago")
                out.append(f"Expected end: {_local(self.expected_end)} ({when}; "
                           f"{self.end_rule})")
            if self.note:
                out.append(f"Provider rule: {self.note}")
            if self.source:
                out.append(f"Source: {self.source}")
        warning = self.warning(now)
        if warning:
            out.append(f"Warning: {warning}")
        return out


def _local(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).astimezone().strftime("%Y-%m-%d %H:%M %Z")


def _days(days: int) -> str:
    if days % 30 == 0 and days >= 180:  # "6 months" (Spotify); Microsoft says "90 days"
        return f"{days // 30} months"
    return f"{days} days"


def token_health(summary: AccountSummary, *, lifetime_days: int | None = None,
                 inactivity_days: int | None = None, source: str | None = None,
                 note: str | None = None) -> TokenHealth:
    authorized = summary.connected_at or None
    last = summary.refreshed_at or authorized
    ends: list[tuple[float, str]] = []
    keep_alive_at = None
    if lifetime_days and authorized is not None:
        ends.append((authorized + lifetime_days * DAY,
                     f"{_days(lifetime_days)} from the authorization"))
    if inactivity_days and last is not None:
        idle_end = last + inactivity_days * DAY
        ends.append((idle_end, f"{_days(inactivity_days)} without use"))
        keep_alive_at = idle_end - min(WARN_AHEAD, WARN_FRACTION * inactivity_days * DAY)
    end, rule = min(ends) if ends else (None, None)
    return TokenHealth(
        has_refresh_token=summary.has_refresh_token, obtained_at=last,
        authorized_at=authorized, expected_end=end, end_rule=rule,
        source=source if ends else None, note=note if ends else None,
        keep_alive_at=keep_alive_at,
    )


def health_for(summary: AccountSummary, provider: Provider | None) -> TokenHealth:
    """``token_health`` with the documented limits of ``provider`` (None: unknown)."""
    if provider is None:
        return token_health(summary)
    return token_health(
        summary, lifetime_days=provider.refresh_token_lifetime_days,
        inactivity_days=provider.refresh_token_inactivity_days,
        source=provider.refresh_token_limits_source, note=provider.refresh_token_limits_note,
    )
