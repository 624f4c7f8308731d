"""Words for an account's state, shared by the window and ``tokenmgr list``."""

from __future__ import annotations

from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary
from tokenmgr.values.text import format_duration

__all__ = ["describe_state", "format_duration"]

def describe_state(summary: AccountSummary, now: float) -> str:
    if summary.status == STATUS_NEEDS_RECONNECT:
        return "needs re-connect"
    if summary.expires_at is None:
        return "connected · no expiry"
    left = summary.expires_at - now
    if left <= 0:
        return "expired · refreshable" if summary.has_refresh_token else "expired"
    return f"expires in {format_duration(left)}"
