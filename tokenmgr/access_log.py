"""Who read which token, when: the last reads of each account (no secrets).

One small JSON-lines file per account under the state dir
(``$XDG_STATE_HOME/tokenmgr/access/``, directory 0700, files 0600), outside the
keyring: a read must not cost a keyring write. Writers take an ``flock`` so the
agent, CLI processes and git helpers can record at once; a file is trimmed to
the last ``KEEP`` reads when it grows past twice that. Qt-free: the window's
detail pane calls :func:`last_read_text`.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

KEEP = 50
_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


@dataclass(frozen=True)
class Read:
    at: float
    program: str
    pid: int | None
    via: str
    account: str  # PROVIDER:NAME, for display

    def describe(self) -> str:
        pid = f" (pid {self.pid})" if self.pid else ""
        return f"{self.program}{pid} via {self.via}"


def _file_name(key: str) -> str:
    return "".join(c if c in _SAFE else f"%{ord(c):02X}" for c in key) + ".jsonl"


def _key_of(file_name: str) -> str:
    from urllib.parse import unquote

    return unquote(file_name.removesuffix(".jsonl"))


class AccessLog:
    def __init__(self, folder: Path, keep: int = KEEP) -> None:
        self.folder = folder
        self.keep = keep

    def path_for(self, key: str) -> Path:
        return self.folder / _file_name(key)

    def record(self, key: str, read: Read) -> None:
        """Append one read; never raises (the token is served even if the log cannot be
        written, e.g. on a read-only home)."""
        with contextlib.suppress(OSError):
            self._append(key, read)

    def _append(self, key: str, read: Read) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        line = (json.dumps(asdict(read), separators=(",", ":")) + "\n").encode()
        fd = os.open(self.path_for(key), os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            _lock(fd)
            os.write(fd, line)
            if os.fstat(fd).st_size > self.keep * 60:  # cheap check before counting lines
                self._trim(fd)
        finally:
            os.close(fd)  # also drops the lock

    def _trim(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        lines = b"".join(chunks).splitlines(keepends=True)
        if len(lines) > 2 * self.keep:
            os.ftruncate(fd, 0)
            os.write(fd, b"".join(lines[-self.keep:]))

    def reads(self, key: str) -> list[Read]:
        """The kept reads of one account, oldest first (bad lines skipped)."""
        try:
            text = self.path_for(key).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
        found = []
        for line in text.splitlines():
            try:
                data = json.loads(line)
                found.append(Read(at=float(data["at"]), program=str(data["program"]),
                                  pid=data.get("pid") if isinstance(data.get("pid"), int)
                                  else None, via=str(data["via"]),
                                  account=str(data.get("account", ""))))
            except (ValueError, KeyError, TypeError):
                continue
        return found[-self.keep:]

    def last(self, key: str) -> Read | None:
        reads = self.reads(key)
        return reads[-1] if reads else None

    def account_keys(self) -> list[str]:
        try:
            return sorted(_key_of(p.name) for p in self.folder.glob("*.jsonl"))
        except OSError:
            return []

    def forget(self, key: str) -> None:
        self.path_for(key).unlink(missing_ok=True)


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: appends are small and rare
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


def default_log() -> AccessLog:
    from tokenmgr import paths

    return AccessLog(paths.state_dir() / "access")


def last_read_text(read: Read | None, now: float | None = None,
                   localtime: Callable[[float], time.struct_time] = time.localtime) -> str:
    """``"last read by git at 10:42"`` (or ``"... on 2026-11-29 at 10:42"``) for a
    detail pane; ``"never read"`` when nothing is recorded."""
    if read is None:
        return "never read"
    when, today = localtime(read.at), localtime(time.time() if now is None else now)
    clock = time.strftime("%H:%M", when)
    if when[:3] != today[:3]:
        clock = f"{time.strftime('%Y-%m-%d', when)} at {clock}"
        return f"last read by {read.program} on {clock}"
    return f"last read by {read.program} at {clock}"


def describe_last_read(key: str, log: AccessLog | None = None) -> str:
    """The detail pane's line for an account key (``PROVIDER:ACCOUNT_ID``)."""
    return last_read_text((log or default_log()).last(key))
