"""The Qt binding must not drain the reference counts of None, True and False.

PySide6 6.12.0 on CPython 3.11 did, and the window died with ``none_dealloc``
at once with 1,000 accounts or after hours with ten. The probe performs what
the window does 10,000 times each, in a child process (an abort fails this
test, not the session); every count must hold (small moves from caches and
garbage collection are fine, a drain of one per operation is not).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tokenmgr.ui.binding_check import binding_problem

ROOT = Path(__file__).resolve().parents[2]
N = 10_000
TOLERANCE = N // 100  # a leaky binding loses at least one reference per operation


def test_no_operation_the_window_performs_drains_none_true_or_false():
    probe = subprocess.run(
        [sys.executable, "-m", "tests.ui.refcount_probe", str(N)], cwd=ROOT,
        capture_output=True, text=True, timeout=240,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    reports = [json.loads(line) for line in probe.stdout.splitlines() if line.startswith("{")]
    assert probe.returncode == 0, (
        f"the probe died (exit {probe.returncode}) after {[r['op'] for r in reports]}:\n"
        f"{probe.stderr[-2000:]}")
    assert len(reports) == 6
    drained = [(r["op"], name, delta) for r in reports for name, delta in r["delta"].items()
               if delta < -TOLERANCE]
    assert not drained, f"reference counts fell: {drained}"


@pytest.mark.parametrize(("version", "python", "bad"), [
    ("6.12.0", (3, 11), True), ("6.12.0", (3, 12), False), ("6.11.3", (3, 11), False),
])
def test_the_app_refuses_a_known_bad_binding_with_a_reason(version, python, bad):
    problem = binding_problem(version, python)
    assert (problem is not None) == bad
    if bad:
        assert "6.12.0" in problem and "3.11" in problem


def test_the_installed_binding_is_not_a_known_bad_one():
    import PySide6

    assert binding_problem(PySide6.__version__) is None
