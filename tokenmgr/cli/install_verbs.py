"""Verbs that fit tokenmgr into the user's shell and desktop: completion, man, desktop-entry.

Kept out of ``tokenmgr.cli.__init__`` (which only calls ``add_parsers``) so other verbs'
edits there stay small. Each verb's module is imported only when it runs.
"""

from __future__ import annotations

import argparse

VERBS = {
    "completion": "tokenmgr.cli.completion",
    "man": "tokenmgr.cli.manpage",
    "desktop-entry": "tokenmgr.cli.desktop",
}
SHELLS = ("bash", "zsh", "fish")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("completion", help="print a shell completion script",
                       description="Print a completion script for SHELL, e.g. "
                       "`tokenmgr completion bash > ~/.local/share/bash-completion/"
                       "completions/tokenmgr`.")
    p.add_argument("shell", choices=SHELLS, metavar="SHELL",
                   help="the shell to complete for: %(choices)s")
    sub.add_parser("man", help="print the manual page (roff), e.g. `man <(tokenmgr man)`",
                   description="Print tokenmgr(1), generated from this command's options.")
    p = sub.add_parser("desktop-entry",
                       help="add or remove the applications-menu entry for this user",
                       description="Write (install) or delete (remove) tokenmgr's .desktop "
                       "file, icon and metainfo under $XDG_DATA_HOME (~/.local/share), with "
                       "Exec naming the tokenmgr command installed now. For pip and pipx "
                       "installs, whose own copies stay inside the virtualenv.")
    p.add_argument("action", choices=("install", "remove"), metavar="ACTION",
                   help="install: write or update the entry; remove: delete it")
