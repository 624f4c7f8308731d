"""Locate the top-level ``resources/`` folder in a checkout, a wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (
        here / "resources",  # PyInstaller: copied into the package
        here.parent / "resources",  # source checkout, editable install
        Path(sys.prefix) / "share" / "tokenmgr" / "resources",  # installed wheel
        Path(getattr(sys, "_MEIPASS", here)) / "resources",
    ):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("tokenmgr's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
