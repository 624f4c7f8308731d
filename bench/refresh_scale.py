"""Benchmarks of refresh at scale (issue 14). Each line: ``name value floor ratio target``
(seconds; ratio = value / floor), every floor measured in the same run:

- ``refresh_all_50x200ms``: ``tokenmgr refresh --all`` on 50 accounts against a local
  token endpoint answering in 200 ms, ``[refresh] concurrency`` 8. Floor: the ideal
  ``ceil(50/8) * 0.2 s`` plus the process floor (Python start-up, ``import keyring,
  requests`` and one keyring read, as a fresh process). Target ≤ 1.3.
- ``read_during_bulk_refresh``: the window's Copy path (``TaskRunner`` general lane →
  ``AccountService.copyable_credentials`` → result on the GUI thread), median while 50
  refreshes run on the refresh lane. Floor: the same read when idle. Target ≤ 1.5.
- ``refresh_overhead_N``: ``AccountService.refresh`` minus its HTTP call (median), with N
  accounts in the keyring. Floor: what storing a refresh cannot avoid at that size, one
  raw read and one raw write of an account entry, interleaved with the refreshes
  (gnome-keyring rewrites its whole file on every write, so that floor grows with N for
  any client). ``refresh_overhead_1000_vs_10``: the 1,000-account ratio over the
  10-account ratio (target ≤ 1.2); ``keyring_floor_1000_vs_10`` shows the keyring's own
  growth, which no client can avoid.

Run inside a throwaway keyring: ``bench/run``.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def line(name: str, value: float, floor: float, target: str) -> float:
    ratio = value / floor
    print(f"{name} {value:.4f} {floor:.4f} {ratio:.3f} {target}", flush=True)
    return ratio


def make_account(i: int | str, expires_in: float = 3600.0):
    from tokenmgr.oauth.tokens import TokenSet
    from tokenmgr.secret import Secret
    from tokenmgr.store.schema import Account

    now = time.time()
    return Account(provider_id="bench", account_id=str(i), name=f"user{i}", connected_at=now,
                   tokens=TokenSet(Secret(f"access-{i}-0123456789abcdef"),
                                   refresh_token=Secret(f"refresh-{i}-0123456789"),
                                   expires_at=now + expires_in, obtained_at=now,
                                   scopes=("read", "write")))


def write_provider(token_url: str, concurrency: int = 8) -> None:
    from tokenmgr import paths

    paths.config_dir().mkdir(parents=True, exist_ok=True)
    paths.providers_file().write_text(f"""
[providers.bench]
name = "Bench"
authorize_url = "{token_url}"
token_url = "{token_url}"
client_id = "bench"
""", encoding="utf-8")
    paths.settings_file().write_text(f"[refresh]\nconcurrency = {concurrency}\n",
                                     encoding="utf-8")


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{cmd} failed: {done.stderr.strip()[-2000:]}")
    return elapsed


def wipe() -> None:
    import secretstorage

    connection = secretstorage.dbus_init()
    for item in secretstorage.get_default_collection(connection).search_items(
            {"service": "tokenmgr"}):
        item.delete()
    connection.close()


def refresh_all(endpoint_url: str) -> None:
    from tokenmgr.accounts import build_default_service

    wipe()
    write_provider(endpoint_url)
    store = build_default_service().store
    for i in range(50):
        store.save(make_account(i))
    floor_cmd = [sys.executable, "-c", "import keyring, requests; "
                 "keyring.get_password('tokenmgr', 'index')"]
    cmd = [sys.executable, "-m", "tokenmgr", "refresh", "--all"]
    timed(floor_cmd)
    timed(cmd)  # warm .pyc files and the page cache
    floors, values = [], []
    for _ in range(RUNS):
        floors.append(timed(floor_cmd))
        values.append(timed(cmd))
    ideal = math.ceil(50 / 8) * 0.2
    line("refresh_all_50x200ms", statistics.median(values),
         ideal + statistics.median(floors), "<=1.3")


def read_during_bulk(endpoint_url: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from tokenmgr.accounts import build_default_service
    from tokenmgr.ui.workers import REFRESH_LANE, TaskRunner

    app = QCoreApplication.instance() or QCoreApplication([])
    wipe()
    write_provider(endpoint_url)
    service = build_default_service()
    for i in range(50):
        service.store.save(make_account(i))
    service.store.save(make_account("reader"))
    runner = TaskRunner(refresh_concurrency=8)

    def read() -> float:
        loop = QEventLoop()
        start = time.perf_counter()
        took: list[float] = []

        def got(_value: object) -> None:
            took.append(time.perf_counter() - start)
            loop.quit()

        runner.submit(lambda: service.copyable_credentials("bench:userreader").reveal(), got,
                      lambda exc: (loop.quit(), print("read failed:", exc)))
        if not took:
            loop.exec()
        return took[0]

    for _ in range(5):
        read()
    idle = [read() for _ in range(60)]
    busy: list[float] = []
    for _ in range(3):
        for i in range(50):
            runner.submit(lambda i=i: service.refresh(f"bench:{i}"), lane=REFRESH_LANE)
        while runner.lane_running(REFRESH_LANE):
            busy.append(read())
            app.processEvents()
    runner.wait_for_done(60000)
    line("read_during_bulk_refresh", statistics.median(busy), statistics.median(idle), "<=1.5")
    print(f"#   reads: {len(busy)} during bulk, {len(idle)} idle; p90 bulk "
          f"{statistics.quantiles(busy, n=10)[-1] * 1000:.1f} ms, p90 idle "
          f"{statistics.quantiles(idle, n=10)[-1] * 1000:.1f} ms", flush=True)


def seed(store, count: int) -> None:
    """``count`` accounts: one raw write per entry and one index write (``save`` would
    also read back and rewrite the index every time: minutes at 1,000)."""
    from tokenmgr.store.schema import INDEX_ENTRY, account_entry_name, encode_index

    accounts = [make_account(i) for i in range(count)]
    for account in accounts:
        store.keyring.set(account_entry_name(account.key), account.to_json())
    store.keyring.set(INDEX_ENTRY, encode_index([a.summary() for a in accounts]))


def overhead(endpoint_url: str, count: int) -> tuple[float, float]:
    """Median (refresh - its HTTP call) over the floor: what a refresh cannot avoid at
    this size, one raw read and one raw write of an account entry (interleaved)."""
    from tokenmgr.accounts import build_default_service
    from tokenmgr.oauth.http import HttpClient
    from tokenmgr.store.schema import account_entry_name

    wipe()
    write_provider(endpoint_url)
    service = build_default_service()
    store = service.store
    seed(store, count)
    backend = store.keyring.backend
    probe = make_account("probe").to_json()
    http_times: list[float] = []
    real_request = HttpClient.request

    def request(self, *args, **kw):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return real_request(self, *args, **kw)
        finally:
            http_times.append(time.perf_counter() - start)

    HttpClient.request = request  # type: ignore[method-assign]
    try:
        service.refresh("bench:0")  # warm: HTTP session, catalog, client secret
        overheads, floors = [], []
        for i in range(1, 22):
            start = time.perf_counter()
            backend.get_password("tokenmgr", account_entry_name(f"bench:{i % count}"))
            backend.set_password("tokenmgr", account_entry_name("bench:probe"), probe)
            floors.append(time.perf_counter() - start)
            http_times.clear()
            start = time.perf_counter()
            service.refresh(f"bench:{i % count}")
            overheads.append(time.perf_counter() - start - sum(http_times))
    finally:
        HttpClient.request = real_request  # type: ignore[method-assign]
    value_s, floor_s = statistics.median(overheads), statistics.median(floors)
    line(f"refresh_overhead_{count}", value_s, floor_s, "-")
    return floor_s, value_s / floor_s


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.token_endpoint import TokenEndpoint

    print("# name value floor ratio target (seconds)", flush=True)
    with TokenEndpoint(latency=0.2) as slow:
        refresh_all(slow.url)
        print(f"#   endpoint peak concurrency: {slow.peak} (setting 8)", flush=True)
        read_during_bulk(slow.url)
    with TokenEndpoint() as fast:
        write10, ratio10 = overhead(fast.url, 10)
        write1000, ratio1000 = overhead(fast.url, 1000)
    line("refresh_overhead_1000_vs_10", ratio1000, ratio10, "<=1.2")
    line("keyring_floor_1000_vs_10", write1000, write10, "-")
    wipe()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp())
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        os.environ.pop(name, None)
    raise SystemExit(main())
