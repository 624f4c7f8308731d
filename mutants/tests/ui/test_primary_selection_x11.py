"""Copies never reach the X11 PRIMARY selection — checked on a real X server (Xvfb):
the offscreen platform has no PRIMARY selection at all, so there the test could
not fail (SECURITY.md #27)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

TOKEN = "the-secret-token-0123456789"

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (xvfb)")


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb on a free display number (it picks one and writes it to a pipe)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0",
         "640x480x24"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


COPY_ON_X11 = f"""
import json
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication
from tokenmgr.ui.clipboard import SecretClipboard

app = QApplication([])
board = QGuiApplication.clipboard()
board.setText("primary-before", QClipboard.Mode.Selection)
secret = SecretClipboard(clear_seconds=30)
secret.copy({TOKEN!r})
app.processEvents()
seen = {{"platform": app.platformName(), "supports": board.supportsSelection(),
         "clipboard": board.text(QClipboard.Mode.Clipboard),
         "primary": board.text(QClipboard.Mode.Selection)}}
secret.clear()
app.processEvents()
seen["after_clear"] = board.text(QClipboard.Mode.Clipboard)
print(json.dumps(seen))
"""


def test_a_copy_on_x11_leaves_the_primary_selection_alone(x_display):
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-c", COPY_ON_X11], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb" and seen["supports"]  # a real PRIMARY selection here
    assert seen["clipboard"] == TOKEN  # the copy itself worked on X11
    assert seen["primary"] == "primary-before"  # and PRIMARY never got the token
    assert seen["after_clear"] != TOKEN
