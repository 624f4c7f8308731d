"""Builds the packaging tests run: the wheel and the PyInstaller folder, cached by content.

The cache lives outside the test session's throwaway HOME (``TOKENMGR_BUILD_CACHE``, set by
scripts/test-in-session to ``~/.cache/tokenmgr-build``), so a rerun with the same sources,
spec and installed packages reuses the last build. A file lock keeps sessions that share
the cache from building into one folder at once; only the newest few builds are kept.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parents[2]
KEEP_BUILDS = 3


def cache_root() -> Path:
    root = Path(os.environ.get("TOKENMGR_BUILD_CACHE") or ROOT / "build" / "test-cache")
    root.mkdir(parents=True, exist_ok=True)
    return root


def _sources() -> list[Path]:
    files = [p for p in (ROOT / "tokenmgr").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    return sorted([*files, ROOT / "pyproject.toml", ROOT / "packaging" / "tokenmgr.spec"])


def content_key(*extra: str) -> str:
    digest = hashlib.sha256()
    for path in _sources():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    installed = sorted(f"{d.metadata['Name']}=={d.version}"
                       for d in importlib.metadata.distributions())
    for part in (sys.version, *installed, *extra):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:20]


@dataclass(frozen=True)
class Build:
    path: Path
    seconds: float  # 0.0 when reused from the cache


def _prune(kind_dir: Path) -> None:
    builds = sorted((p for p in kind_dir.iterdir() if p.is_dir() and p.name != "work"),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[KEEP_BUILDS:]:
        shutil.rmtree(old, ignore_errors=True)


def pyinstaller_bundle() -> Build:
    """dist/tokenmgr/ built from packaging/tokenmgr.spec, or the cached one for this content."""
    kind_dir = cache_root() / "bundle"
    kind_dir.mkdir(exist_ok=True)
    target = kind_dir / content_key()
    executable = target / "tokenmgr" / "tokenmgr"
    with FileLock(str(kind_dir / ".lock")):
        if executable.is_file():
            os.utime(target)
            return Build(target / "tokenmgr", 0.0)
        started = time.monotonic()
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(kind_dir / "pyinstaller-config")}
        done = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(partial), "--workpath", str(kind_dir / "work"),
             str(ROOT / "packaging" / "tokenmgr.spec")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
        partial.rename(target)
        _prune(kind_dir)
        return Build(target / "tokenmgr", time.monotonic() - started)


def wheel() -> Path:
    """tokenmgr's wheel (pip wheel, build isolation as a user's pip would do it), cached."""
    kind_dir = cache_root() / "wheel"
    kind_dir.mkdir(exist_ok=True)
    target = kind_dir / content_key()
    with FileLock(str(kind_dir / ".lock")):
        found = sorted(target.glob("tokenmgr-*.whl"))
        if found:
            os.utime(target)
            return found[0]
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        env = {**os.environ, "PIP_CACHE_DIR": str(cache_root() / "pip")}
        done = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(partial),
             str(ROOT)], env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
        partial.rename(target)
        _prune(kind_dir)
        return next(target.glob("tokenmgr-*.whl"))


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
