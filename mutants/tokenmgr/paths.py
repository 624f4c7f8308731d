"""Where tokenmgr keeps its (non-secret) files: XDG dirs via platformdirs.

One path logic for the window and the CLI (QStandardPaths would not serve the
CLI). Directories are created 0700; nothing secret is ever written to them.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "tokenmgr"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def providers_file() -> Path:
    return config_dir() / "providers.toml"


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def runtime_dir() -> Path:
    """For lock files: the per-user runtime dir, else the cache dir."""
    candidates = []
    if os.environ.get("XDG_RUNTIME_DIR"):
        candidates.append(Path(platformdirs.user_runtime_dir(APP, appauthor=False)))
    candidates.append(Path(platformdirs.user_cache_dir(APP, appauthor=False)))
    for candidate in candidates:
        try:
            ensure_private_dir(candidate)
        except OSError:
            continue
        return candidate
    raise OSError("no writable runtime or cache directory for tokenmgr's lock file")


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path
