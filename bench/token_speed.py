"""Benchmark: ``tokenmgr token ACCOUNT`` for a still-valid token vs. the floor.

The floor is what any keyring-backed CLI pays: Python start-up, ``import
keyring`` (with backend detection) and one read from the real Secret Service:
``python -c "import keyring; keyring.get_password(S, U)"``. Both run as fresh
processes, paired and interleaved, N times; the medians' ratio is printed
(target: <= 1.15). Run it inside a throwaway keyring: ``bench/run``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "21"))
TARGET = 1.15


def seed_account() -> None:
    from tokenmgr import paths
    from tokenmgr.oauth.tokens import TokenSet
    from tokenmgr.secret import Secret
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.schema import Account
    from tokenmgr.store.token_store import TokenStore

    store = TokenStore(KeyringAccess(), paths.runtime_dir() / "store.lock")
    now = time.time()
    store.save(Account(
        provider_id="bench", account_id="1", name="bench-user",
        tokens=TokenSet(Secret("bench-access-token-0123456789"), expires_at=now + 86400,
                        refresh_token=Secret("bench-refresh"), obtained_at=now),
        connected_at=now))
    import keyring

    keyring.set_password("tokenmgr-bench", "probe", "floor-value")


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{cmd} failed: {done.stderr.strip()}")
    return elapsed


def main() -> int:
    seed_account()
    floor_cmd = [sys.executable, "-c",
                 "import keyring; keyring.get_password('tokenmgr-bench', 'probe')"]
    token_cmd = [sys.executable, "-m", "tokenmgr", "token", "bench"]
    expected = subprocess.run(token_cmd, capture_output=True, text=True, check=True).stdout
    assert expected.strip() == "bench-access-token-0123456789", "token command broken"
    for cmd in (floor_cmd, token_cmd):  # warm the page cache and .pyc files
        timed(cmd)
    floor, token = [], []
    for _ in range(RUNS):
        floor.append(timed(floor_cmd))
        token.append(timed(token_cmd))
    f, t = statistics.median(floor), statistics.median(token)
    ratio = t / f
    print(f"runs={RUNS} floor median={f * 1000:.1f} ms  token median={t * 1000:.1f} ms  "
          f"ratio={ratio:.3f} (target <= {TARGET})")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp())
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
