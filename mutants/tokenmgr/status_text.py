"""Words for an account's state, shared by the window and ``tokenmgr list``."""

from __future__ import annotations

from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary


def format_duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        hours, minutes = seconds // 3600, seconds % 3600 // 60
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{seconds // 86400} d"


def describe_state(summary: AccountSummary, now: float) -> str:
    if summary.status == STATUS_NEEDS_RECONNECT:
        return "needs re-connect"
    if summary.expires_at is None:
        return "connected · no expiry"
    left = summary.expires_at - now
    if left <= 0:
        return "expired · refreshable" if summary.has_refresh_token else "expired"
    return f"expires in {format_duration(left)}"
