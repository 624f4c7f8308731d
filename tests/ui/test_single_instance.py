"""Single instance with two real processes: the second launch raises the first."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

PROBE = Path(__file__).with_name("single_instance_probe.py")
ROOT = Path(__file__).resolve().parents[2]


def launch(name: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(PROBE), name], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)


def test_a_second_launch_raises_the_first_and_exits():
    name = f"tokenmgr-test-{uuid.uuid4().hex[:8]}"
    first = launch(name)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "first"
        second = launch(name)
        out, _ = second.communicate(timeout=30)
        assert (out.strip(), second.returncode) == ("second", 0)
        assert first.stdout.readline().strip() == "raised"
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
        first.stdout.close()


def test_a_stale_socket_left_by_a_crash_does_not_block_the_next_start():
    name = f"tokenmgr-test-{uuid.uuid4().hex[:8]}"
    crashed = launch(name)
    assert crashed.stdout is not None and crashed.stdout.readline().strip() == "first"
    crashed.kill()  # no clean-up: the socket file stays behind
    crashed.wait()
    crashed.stdout.close()
    again = launch(name)
    try:
        assert again.stdout is not None and again.stdout.readline().strip() == "first"
    finally:
        again.kill()
        again.wait()
        again.stdout.close()
