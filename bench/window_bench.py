"""Benchmarks of the window at N = 10, 100 and 1,000 accounts (issue 13).

Each prints ``name value floor ratio target`` with a floor measured in the same
run, on the same machine, in the same throwaway Secret Service (``bench/run``):

- ``window_start_N``: process start → window shown with all N accounts in the
  model, against a bare PySide6 ``QMainWindow`` + ``QTableView`` + one
  ``keyring.get_password`` (median of interleaved runs); target ratio <= 1.2.
- ``window_peak_rss_N``: the same two processes' peak RSS; target <= 1.3.
- ``ui_stall_N``: the longest gap between ticks of a 10 ms ``QTimer`` on the
  UI thread while 50 due accounts refresh against a local token endpoint that
  answers in 200 ms; target <= 50 ms (absolute); the floor is the same
  window's longest gap over the same time while idle.

Accounts are seeded through the store's own API. ``--quick`` (CI) runs N = 10
once, to keep the benchmark from rotting, and checks no figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUE = 50
LATENCY = 0.2
FLOOR_SERVICE = "tokenmgr-bench-floor"

FLOOR = """
import keyring
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
keyring.get_password("tokenmgr-bench-floor", "probe")
app.processEvents()
import time
print(time.time(), flush=True)
"""

APP = """
import sys
from PySide6.QtWidgets import QApplication
from tokenmgr.ui.app import build_window
n = int(sys.argv[1])
app = QApplication([])
window = build_window(app)
def check():
    if window.isVisible() and window.model.account_count() >= n:
        import time
        print(time.time(), flush=True)
        app.quit()
window.accounts_loaded.connect(check)
app.exec()
"""

STALL = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tokenmgr.ui.app import build_window
n, due, idle_seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
app = QApplication([])
window = build_window(app)
state = {"start": None, "last": None, "gap": 0.0}
def tick():
    now = time.perf_counter()
    if state["start"] is None:
        if window.model.account_count() < n:
            return
        state["start"] = state["last"] = now
        window.tick()  # the first reload after load: due accounts start refreshing
        return
    state["gap"] = max(state["gap"], now - state["last"])
    state["last"] = now
    state["ticks"] = state.get("ticks", 0) + 1
    if state["ticks"] % 25:
        return  # the check below walks every summary: not on each tick, or it is the stall
    if due:
        done = sum(1 for s in window.model.summaries()
                   if s.expires_at is not None and s.expires_at > time.time() + 1800)
        finished = done >= due and window.runner.running == 0
    else:
        finished = now - state["start"] >= idle_seconds
    if finished:
        print(json.dumps({"gap": state["gap"], "seconds": now - state["start"]}), flush=True)
        app.quit()
timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(tick)
timer.start()
app.exec()
"""


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def run_measured(args: list[str]) -> tuple[float, int, str]:
    """Seconds from spawn to the moment the child printed (its first line, a
    ``time.time()``), peak RSS (bytes, reaped with ``wait4`` for its own usage)
    and stdout of one child process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        spawned = time.time()
        child = subprocess.Popen(args, stdout=out, stderr=err, env=env())
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if code != 0:
            raise SystemExit(f"{args[:3]} failed ({code}): {err.read().decode()[-800:]}")
        text = out.read().decode()
        first = text.split("\n", 1)[0]
        ready = float(first) if first.replace(".", "", 1).isdigit() else time.time()
        return ready - spawned, usage.ru_maxrss * 1024, text


def report(name: str, value: float, floor: float, target: float, unit: str) -> None:
    ratio = value / floor if floor else float("inf")
    print(f"{name} {value:.1f}{unit} {floor:.1f}{unit} {ratio:.2f} {target:g}", flush=True)


def seed(n: int, due: int, token_url: str) -> None:
    """N accounts of provider ``benchwin`` through the store's own API (replacing
    any earlier seed); the first ``due`` expire within the refresh margin."""
    from tokenmgr import paths
    from tokenmgr.accounts import build_default_service
    from tokenmgr.secret import Secret
    from tokenmgr.store.schema import INDEX_ENTRY, Account, account_entry_name
    from tokenmgr.values.tokens import TokenSet

    paths.config_dir().mkdir(parents=True, exist_ok=True)
    paths.providers_file().write_text(
        f'[providers.benchwin]\nname = "Bench Corp"\nauthorize_url = "{token_url}"\n'
        f'token_url = "{token_url}"\nclient_id = "bench"\n', encoding="utf-8")
    store = build_default_service().store
    for summary in store.summaries():
        store.keyring.delete(account_entry_name(summary.key))
    store.keyring.delete(INDEX_ENTRY)
    now = time.time()
    store.save_many([
        Account(provider_id="benchwin", account_id=str(i), name=f"user{i:05}",
                tokens=TokenSet(access_token=Secret(f"access-{i:05}-{'x' * 40}"),
                                refresh_token=Secret(f"refresh-{i}") if i < due else None,
                                expires_at=now + (120 if i < due else 86400 + i),
                                scopes=("read", "write")),
                profile={"email": f"user{i}@example.test"}, connected_at=now)
        for i in range(n)])


class SlowTokenEndpoint(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        time.sleep(LATENCY)
        body = json.dumps({"access_token": "refreshed-" + "y" * 40, "token_type": "Bearer",
                           "refresh_token": "rotated", "expires_in": 3600}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def bench_size(n: int, runs: int, server_url: str) -> None:
    seed(n, 0, server_url)
    floor_cmd = [sys.executable, "-c", FLOOR]
    app_cmd = [sys.executable, "-c", APP, str(n)]
    run_measured(floor_cmd), run_measured(app_cmd)  # warm caches
    floor_t, floor_rss, app_t, app_rss = [], [], [], []
    for _ in range(runs):
        t, rss, _ = run_measured(floor_cmd)
        floor_t.append(t)
        floor_rss.append(rss)
        t, rss, _ = run_measured(app_cmd)
        app_t.append(t)
        app_rss.append(rss)
    report(f"window_start_N{n}", statistics.median(app_t) * 1000,
           statistics.median(floor_t) * 1000, 1.2, "ms")
    report(f"window_peak_rss_N{n}", statistics.median(app_rss) / 2**20,
           statistics.median(floor_rss) / 2**20, 1.3, "MiB")

    seed(n, min(DUE, n), server_url)
    _, _, out = run_measured([sys.executable, "-c", STALL, str(n), str(min(DUE, n)), "0"])
    busy = json.loads(out.strip().splitlines()[-1])
    seed(n, 0, server_url)
    _, _, out = run_measured([sys.executable, "-c", STALL, str(n), "0",
                              str(max(1.0, busy["seconds"]))])
    idle = json.loads(out.strip().splitlines()[-1])
    ratio = busy["gap"] * 1000 / 50
    print(f"ui_stall_N{n} {busy['gap'] * 1000:.1f}ms {idle['gap'] * 1000:.1f}ms "
          f"{ratio:.2f} 50ms (ratio to the 50 ms target; {min(DUE, n)} refreshes took "
          f"{busy['seconds']:.1f} s)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="account counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs per figure")
    parser.add_argument("--quick", action="store_true", help="N=10, one run (CI smoke)")
    args = parser.parse_args()
    sizes = [10] if args.quick else [int(s) for s in args.sizes.split(",")]
    runs = 1 if args.quick else args.runs
    import keyring

    keyring.set_password(FLOOR_SERVICE, "probe", "floor-value")
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowTokenEndpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/token"
    # As installed (pip compiles the package): without .pyc files every start would
    # compile tokenmgr from source (~120 ms here with PYTHONDONTWRITEBYTECODE set),
    # while the floor's PySide6 and keyring come compiled.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tokenmgr")], check=True)
    print("name value floor ratio target", flush=True)
    try:
        for n in sizes:
            bench_size(n, runs, url)
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp())
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
