"""Who is on the other end of a Unix socket (standard library only).

Linux gives the peer's pid, uid and gid with ``SO_PEERCRED``. The agent serves
only its own user; the client trusts only an agent of its own user. Other
platforms have no agent (``supported()`` is False) and read the keyring.
"""

from __future__ import annotations

import _socket  # not ``socket``: its enum set-up costs the fast path milliseconds
import os
import struct
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class PeerCred(tuple[int, int, int]):
    """(pid, uid, gid) of a socket's peer."""

    __slots__ = ()

    def __new__(cls, pid: int, uid: int, gid: int) -> PeerCred:
        return super().__new__(cls, (pid, uid, gid))

    @property
    def pid(self) -> int:
        return self[0]

    @property
    def uid(self) -> int:
        return self[1]

    @property
    def gid(self) -> int:
        return self[2]


class PeerRejected(Exception):
    """The peer is not this user: nothing is read from or sent to it."""


def supported() -> bool:
    return sys.platform.startswith("linux") and hasattr(_socket, "SO_PEERCRED")


def peer_cred(sock: Any) -> PeerCred:
    """Credentials of a connected ``AF_UNIX`` socket's peer (socket or _socket object)."""
    raw = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i"))
    return PeerCred(*struct.unpack("3i", raw))


def check_same_user(cred: PeerCred, expected_uid: int | None = None) -> PeerCred:
    """The peer's credentials if they are this user's; ``PeerRejected`` otherwise."""
    uid = os.getuid() if expected_uid is None else expected_uid
    if cred.uid != uid:
        raise PeerRejected(f"peer pid {cred.pid} runs as uid {cred.uid}, not {uid}")
    return cred


def program_of(pid: int) -> str | None:
    """The short program name of a process (``/proc/PID/comm``), or None."""
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as handle:
            return handle.read().strip() or None
    except OSError:
        return None


SHELLS = frozenset({"sh", "bash", "dash", "zsh", "ksh", "fish", "busybox"})


def parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            # "pid (comm) state ppid ...": comm may hold spaces and parentheses
            return int(handle.read().rpartition(")")[2].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def calling_program(skip_shells: bool = False) -> tuple[str, int]:
    """(program, pid) of the process that ran us: the parent, or with
    ``skip_shells`` the first ancestor that is not a shell (git runs credential
    helpers through ``sh -c``)."""
    pid = os.getppid()
    for _ in range(8 if skip_shells else 1):
        name = program_of(pid) or "unknown"
        if not (skip_shells and name in SHELLS):
            return name, pid
        parent = parent_of(pid)
        if parent is None or parent <= 1:
            break
        pid = parent
    return program_of(pid) or "unknown", pid
