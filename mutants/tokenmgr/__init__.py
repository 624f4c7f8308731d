"""tokenmgr: a desktop OAuth token manager.

The package is layered: ``oauth``, ``store`` and ``providers`` are the Qt-free
core; ``accounts`` is the service the window and the CLI share; ``cli`` and
``ui`` are the two faces. See docs/DESIGN.md.
"""

__version__ = "0.1.0"
APP_NAME = "tokenmgr"
APP_ID = "io.github.tokenmgr.TokenMgr"
