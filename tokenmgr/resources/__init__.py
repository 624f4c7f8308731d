"""tokenmgr's data files (presets, pages, icons, desktop files), found through the import system.

The files live in this package, so ``importlib.resources`` finds them wherever the package was
imported from: a venv, ``pip install --user``, pipx, an editable checkout or a PyInstaller
folder (whose importer serves package data from its unpacked tree). Nothing here looks at
``sys.prefix`` or guesses at install layouts. Every file under this folder ships (see
``[tool.setuptools.package-data]``), so adding a file needs no list to be kept in step.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource(*parts: str) -> Traversable:
    """A data file (or folder) shipped in this package, e.g. ``resource("pages", "x.html")``."""
    return files(__name__).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """The same file as a real filesystem path (for Qt and other path-only APIs).

    tokenmgr is never run from a zip, so the package's files are on disk; a zip import is
    reported rather than silently extracted to a temporary copy that would outlive nobody.
    """
    found = resource(*parts)
    if not isinstance(found, Path):
        raise FileNotFoundError(
            f"tokenmgr's data file {'/'.join(parts)} is not on the filesystem "
            f"(imported from {type(found).__name__}); install tokenmgr as a package or folder"
        )
    return found


def resources_dir() -> Path:
    """The folder holding every data file."""
    return resource_path()
