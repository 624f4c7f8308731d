"""``tokenmgr configure PROVIDER`` with no flags, at a real terminal (a pty): asks for the
client id (echoed) and the secret (not echoed); the secret goes to the real Secret Service."""

from __future__ import annotations

import os
import pty
import select
import sys
import time

import pytest

from tokenmgr.accounts import build_default_service

SECRET = "s3cret-value-0123456789"


class Terminal:
    """A child process on a pty; reads with a deadline (no sleeps)."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # pragma: no cover - the child
            os.execve(argv[0], argv, env)  # noqa: S606 - a fixed argv
        self.seen = b""

    def read_until(self, text: bytes, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise AssertionError(f"waited for {text!r}; terminal shows {self.seen!r}")
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                raise AssertionError(f"ended before {text!r}; terminal shows {self.seen!r}")
            self.seen += chunk

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def wait(self) -> int:
        while True:
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.seen += chunk
        os.close(self.fd)
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])


@pytest.fixture
def github_secret_cleanup():
    yield
    build_default_service().store.delete_client_secret("github")


def test_configure_asks_for_id_and_secret_and_never_echoes_the_secret(
        tmp_path, github_secret_cleanup):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    term = Terminal([sys.executable, "-m", "tokenmgr", "configure", "github"], env)
    term.read_until(b"Client id")
    term.type("Iv1.typed-at-the-prompt")
    term.read_until(b"Client secret")
    term.type(SECRET)
    assert term.wait() == 0
    assert b"Iv1.typed-at-the-prompt" in term.seen  # the id is echoed as typed
    assert SECRET.encode() not in term.seen
    assert b"Configured GitHub" in term.seen
    saved = (tmp_path / "config" / "tokenmgr" / "providers.toml").read_text()
    assert 'client_id = "Iv1.typed-at-the-prompt"' in saved and SECRET not in saved
    assert build_default_service().store.client_secret("github").reveal() == SECRET


def test_empty_answers_change_nothing(tmp_path):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    term = Terminal([sys.executable, "-m", "tokenmgr", "configure", "github"], env)
    term.read_until(b"Client id")
    term.type("")
    term.read_until(b"Client secret")
    term.type("")
    assert term.wait() == 0
    assert b"Nothing changed." in term.seen
    assert not (tmp_path / "config" / "tokenmgr" / "providers.toml").exists()
