"""Build the shared ``AccountService`` for a CLI verb (real keyring, XDG paths)."""

from __future__ import annotations

from tokenmgr.accounts import AccountService, build_default_service


def build_service() -> AccountService:
    return build_default_service()


def iso_utc(epoch: float | None) -> str | None:
    """RFC 3339 UTC, as ``--json`` promises."""
    if epoch is None:
        return None
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")
