"""Benchmark: ``tokenmgr token ACCOUNT`` for a still-valid token vs. the floor,
and the refresh path against a local token endpoint.

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


def save_account(provider_id: str, expires_in: float) -> None:
    from tokenmgr.accounts import build_default_service
    from tokenmgr.secret import Secret
    from tokenmgr.store.schema import Account
    from tokenmgr.values.tokens import TokenSet

    now = time.time()
    build_default_service().store.save(Account(
        provider_id=provider_id, account_id="1", name="bench-user",
        tokens=TokenSet(Secret("bench-access-token-0123456789"), expires_at=now + expires_in,
                        refresh_token=Secret("bench-refresh"), obtained_at=now),
        connected_at=now))


def seed_account() -> None:
    save_account("bench", 86400)
    import keyring

    keyring.set_password("tokenmgr-bench", "probe", "floor-value")


def refresh_path(floor_median: float) -> None:
    """``tokenmgr token`` when the token must be refreshed first (local token endpoint)."""
    import logging

    from pytest_httpserver import HTTPServer

    from tokenmgr import paths

    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    with HTTPServer(host="127.0.0.1", port=0) as server:
        server.expect_request("/token", method="POST").respond_with_json(
            {"access_token": "refreshed-access", "token_type": "bearer", "expires_in": 3600})
        paths.config_dir().mkdir(parents=True, exist_ok=True)
        paths.providers_file().write_text(f"""
[providers.benchrefresh]
name = "Bench"
authorize_url = "{server.url_for('/authorize')}"
token_url = "{server.url_for('/token')}"
client_id = "bench"
""", encoding="utf-8")
        cmd = [sys.executable, "-m", "tokenmgr", "token", "benchrefresh"]
        times = []
        for _ in range(max(5, RUNS // 2)):
            save_account("benchrefresh", 10)  # inside the margin: must refresh
            times.append(timed(cmd))
        median = statistics.median(times)
        print(f"refresh path: median={median * 1000:.1f} ms  "
              f"ratio to floor={median / floor_median:.2f} (includes import of requests, "
              "oauthlib and one token POST)")


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
    refresh_path(f)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp())
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
