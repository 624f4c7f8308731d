"""Build the shared ``AccountService`` for a CLI verb (real keyring, XDG paths)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tokenmgr.accounts import AccountService, build_default_service

if TYPE_CHECKING:
    from tokenmgr.store.schema import Account


def build_service() -> AccountService:
    return build_default_service()


def iso_utc(epoch: float | None) -> str | None:
    """RFC 3339 UTC, as ``--json`` promises."""
    if epoch is None:
        return None
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")


def record_read(account: Account, *, via: str, program: str | None = None,
                pid: int | None = None) -> None:
    """Note a token read in the access log: by the process that ran us, unless named."""
    import time

    from tokenmgr.access_log import Read, default_log
    from tokenmgr.agent.peercred import calling_program

    if program is None or pid is None:
        found_program, found_pid = calling_program(skip_shells=via == "git")
        program, pid = program or found_program, pid or found_pid
    default_log().record(account.key, Read(
        at=time.time(), program=program, pid=pid, via=via,
        account=f"{account.provider_id}:{account.name}"))
