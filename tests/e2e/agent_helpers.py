"""Start and stop a real ``tokenmgr agent`` for end-to-end tests."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tokenmgr.accounts import build_default_service
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account


class RunningAgent:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.socket = Path(env["XDG_RUNTIME_DIR"]) / "tokenmgr" / "agent.sock"
        self.process = subprocess.Popen([sys.executable, "-m", "tokenmgr", "agent"], env=env,
                                        stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        assert self.process.stderr is not None
        for line in self.process.stderr:  # event-driven: its own "serving" line
            self.lines.append(line)
            if "serving" in line:
                return
        raise AssertionError(f"the agent did not start: {''.join(self.lines)}")

    def stop(self) -> str:
        """SIGTERM, wait, and return everything it logged."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        _, rest = self.process.communicate(timeout=60)
        self.lines.append(rest)
        return "".join(self.lines)


def agent_env(base: dict[str, str]) -> tuple[dict[str, str], Path]:
    """``base`` with a private, short ``XDG_RUNTIME_DIR`` (socket paths are short), and
    a patient acknowledgement deadline: on a loaded CI machine a 200 ms miss would
    turn "served by the agent" into a (correct, but different) keyring read."""
    runtime = Path(tempfile.mkdtemp(prefix="tme", dir="/tmp"))
    os.chmod(runtime, 0o700)
    return {**base, "XDG_RUNTIME_DIR": str(runtime), "TOKENMGR_AGENT_ACK_MS": "20000"}, runtime


def cleanup(runtime: Path) -> None:
    shutil.rmtree(runtime, ignore_errors=True)


def seed(token: str = "seeded-token", expires_in: float | None = 3600.0,
         provider_id: str = "seeded", name: str = "sam") -> Account:
    """An account stored directly (no provider needed while the token is valid)."""
    now = time.time()
    account = Account(provider_id=provider_id, account_id="77", name=name,
                      tokens=TokenSet(Secret(token), refresh_token=Secret("seeded-refresh"),
                                      expires_at=None if expires_in is None else now + expires_in,
                                      obtained_at=now),
                      connected_at=now)
    build_default_service().store.save(account)
    return account
