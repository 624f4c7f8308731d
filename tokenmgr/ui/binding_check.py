"""Refuse to start on a Qt binding known to corrupt the interpreter.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` (and to ``True``
/ ``False``) on item updates, ``dataChanged`` emissions and ``data()`` returns;
before 3.12 these objects are not immortal, so after enough updates the count
reaches zero and the process aborts with ``Fatal Python error: none_dealloc``.
``pyproject.toml`` excludes the release; this check catches an environment
that installed it anyway (a distribution package, a manual pip install), and
``tests/ui/test_binding_refcounts.py`` catches any new release that does the
same.
"""

from __future__ import annotations

import sys

# (PySide6 version, first CPython version where the drain is harmless)
KNOWN_BAD = {"6.12.0": (3, 12)}


def binding_problem(pyside_version: str,
                    python: tuple[int, int] = (sys.version_info.major, sys.version_info.minor),
                    ) -> str | None:
    """A one-line reason not to start, or None when this binding is fine."""
    safe_from = KNOWN_BAD.get(pyside_version)
    if safe_from is None or python >= safe_from:
        return None
    return (f"PySide6 {pyside_version} on Python {python[0]}.{python[1]} corrupts reference "
            "counts and crashes the window; install another version, e.g. "
            "`pip install 'PySide6-Essentials!=6.12.0'`.")
