"""Which accounts the running window should refresh now, with back-off on failure.

Pure bookkeeping (no Qt, no I/O): the window asks ``due()`` on every tick and
reports outcomes. An access token expiring within the margin is due; after a
failure (network, provider 5xx) the account waits 30 s, then 60 s, … up to
15 min before the next try, so a provider outage is not hammered.
"""

from __future__ import annotations

from collections.abc import Iterable

from tokenmgr.store.schema import STATUS_ACTIVE, AccountSummary

BASE_BACKOFF = 30.0
MAX_BACKOFF = 900.0
MIN_INTERVAL = 60.0  # tokens living shorter than the margin must not loop on refresh


class RefreshSchedule:
    def __init__(self, margin: float, base_backoff: float = BASE_BACKOFF,
                 max_backoff: float = MAX_BACKOFF) -> None:
        self.margin = margin
        self._base = base_backoff
        self._max = max_backoff
        self._in_flight: set[str] = set()
        self._retry_at: dict[str, float] = {}
        self._failures: dict[str, int] = {}

    def due(self, summaries: Iterable[AccountSummary], now: float) -> list[str]:
        return [
            s.key for s in summaries
            if s.status == STATUS_ACTIVE and s.has_refresh_token and s.expires_at is not None
            and s.expires_at - now <= self.margin and s.key not in self._in_flight
            and now >= self._retry_at.get(s.key, 0.0)
        ]

    def started(self, key: str) -> None:
        self._in_flight.add(key)

    def succeeded(self, key: str, now: float) -> None:
        self._in_flight.discard(key)
        self._failures.pop(key, None)
        self._retry_at[key] = now + MIN_INTERVAL

    def failed(self, key: str, now: float) -> float:
        """Record a failure; return the seconds until the next try."""
        self._in_flight.discard(key)
        count = self._failures.get(key, 0) + 1
        self._failures[key] = count
        delay = float(min(self._max, self._base * 2 ** (count - 1)))
        self._retry_at[key] = now + delay
        return delay

    def gave_up(self, key: str) -> None:
        """No retry (needs re-connect): the account's status keeps it off the list."""
        self._in_flight.discard(key)
        self._failures.pop(key, None)
        self._retry_at.pop(key, None)
