"""The ``tokenmgr`` entry point: no arguments opens the window, anything else is the CLI.

Kept apart from ``tokenmgr.cli`` so the CLI package never imports the Qt layer
(the import-linter contract checks that).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not [a for a in args if a != "--debug"]:
        from tokenmgr.ui.app import main as gui_main

        return gui_main(args)
    from tokenmgr.cli import main as cli_main

    return cli_main(args)
