"""Start an installed tokenmgr's window as a user would and wait until its event loop runs."""

from __future__ import annotations

import os
import selectors
import subprocess
import time
from collections.abc import Mapping, Sequence

WINDOW_OPEN = "window open on the offscreen platform"


def window_comes_up(command: Sequence[str], env: Mapping[str, str], timeout: float = 90.0) -> str:
    """Run ``command --debug`` offscreen until it logs that its window is open; return stderr.

    Fails with the process's output if it exits first or says nothing in ``timeout`` s.
    The process is ended (SIGTERM, then SIGKILL) either way.
    """
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([*command, "--debug"], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, bufsize=0)
    assert proc.stderr is not None
    fd = proc.stderr.fileno()
    seen = b""  # raw reads: a buffered readline could hold the line select() waits for
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    try:
        while WINDOW_OPEN.encode() not in seen:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                raise AssertionError(f"no open window after {timeout} s:\n{seen.decode()}")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"exited {proc.wait()} before its window opened:\n"
                                     + seen.decode())
            seen += chunk
    finally:
        selector.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    return seen.decode(errors="replace")
