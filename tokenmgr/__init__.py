"""tokenmgr: a desktop OAuth token manager.

The package is layered: ``oauth``, ``store`` and ``providers`` are the Qt-free
core; ``accounts`` is the service the window and the CLI share; ``cli`` and
``ui`` are the two faces. See docs/DESIGN.md.

The Python API (``from tokenmgr import Accounts``) is loaded on first use, so
``import tokenmgr.cli`` stays free of requests and PySide6.
"""

from __future__ import annotations

# Not `import typing`: the agent's fast path (`tokenmgr token` through the agent) imports
# nothing beyond what it needs, and this module is the first thing it loads.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__version__ = "0.1.0"
APP_NAME = "tokenmgr"
APP_ID = "io.github.tokenmgr.TokenMgr"

__all__ = ["APP_ID", "APP_NAME", "AccountEntry", "Accounts", "__version__"]


def __getattr__(name: str) -> Any:
    if name in ("Accounts", "AccountEntry"):
        from tokenmgr import library

        return getattr(library, name)
    raise AttributeError(f"module 'tokenmgr' has no attribute {name!r}")
