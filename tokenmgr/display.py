"""Is there a display for the window? Asked before Qt starts, since Qt aborts without one.

Without a display Qt's xcb and wayland plugins end the process with SIGABRT (exit 134) and
a page of plugin advice; over SSH that is the common case. This says so in one line and
points at the command line instead. Platforms that need no display server (offscreen,
vnc, eglfs, Windows, macOS) are left to Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

NEEDS = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",),
         "wayland-egl": ("WAYLAND_DISPLAY",), "": ("DISPLAY", "WAYLAND_DISPLAY")}


def missing_display(env: Mapping[str, str] = os.environ,
                    platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, as a sentence; None when it can (or Qt will decide)."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    wanted = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    for name in wanted:
        needs = NEEDS.get(name)
        if needs is None or any(env.get(var) for var in needs):
            return None  # a platform that needs no server, or one whose server is named
    return ("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "the command line works without one: tokenmgr --help")
