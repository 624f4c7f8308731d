"""The window benchmark still runs (N = 10, one run, in its own throwaway
keyring): every figure is printed as ``name value floor ratio target``. Timings
are not asserted here — these machines are noisy; ``bench/run`` reports them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(\w+) ([\d.]+)(ms|MiB) ([\d.]+)(ms|MiB) ([\d.]+) ([\d.]+)(ms)?\b")


@pytest.mark.timeout(600)
def test_window_benchmark_prints_every_figure_at_n10():
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("bench/run uses ./.venv (made by scripts/test)")
    done = subprocess.run(["bash", "bench/run", "window_bench", "--quick"], cwd=ROOT,
                          capture_output=True, text=True, timeout=540)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = {m.group(1): m for m in map(LINE.match, done.stdout.splitlines()) if m}
    assert set(figures) == {"window_start_N10", "window_peak_rss_N10", "ui_stall_N10"}, \
        done.stdout
    for match in figures.values():
        assert float(match.group(2)) > 0 and float(match.group(4)) > 0
