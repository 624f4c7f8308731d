"""Build the shared ``AccountService`` for a CLI verb (real keyring, XDG paths)."""

from __future__ import annotations

from tokenmgr.accounts import AccountService


def build_service() -> AccountService:
    from tokenmgr import paths
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    store = TokenStore(KeyringAccess(), paths.runtime_dir() / "store.lock")
    return AccountService(store, providers_file=paths.providers_file())


def iso_utc(epoch: float | None) -> str | None:
    """RFC 3339 UTC, as ``--json`` promises."""
    if epoch is None:
        return None
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")
