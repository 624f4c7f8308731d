"""No display: one clear line and exit 2, not Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tokenmgr.display import missing_display


@pytest.mark.parametrize("env", [
    {"DISPLAY": ":0"},
    {"WAYLAND_DISPLAY": "wayland-0"},
    {"QT_QPA_PLATFORM": "offscreen"},
    {"QT_QPA_PLATFORM": "vnc:size=800x600"},
    {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"},
    {"QT_QPA_PLATFORM": "xcb", "DISPLAY": "localhost:10.0"},
])
def test_a_named_display_or_a_serverless_platform_is_left_to_qt(env):
    assert missing_display(env, "linux") is None


@pytest.mark.parametrize("env", [
    {},
    {"DISPLAY": ""},
    {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"},
    {"QT_QPA_PLATFORM": "wayland"},
])
def test_no_usable_display_is_named(env):
    assert "no display" in missing_display(env, "linux")


def test_other_systems_are_left_to_qt():
    assert missing_display({}, "darwin") is None
    assert missing_display({}, "win32") is None


def test_bare_tokenmgr_without_display_says_so_in_one_line_and_exits_2():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "tokenmgr"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("tokenmgr: no display") and "tokenmgr --help" in done.stderr
