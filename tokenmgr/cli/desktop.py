"""``tokenmgr desktop-entry install|remove``: the applications-menu entry for this user."""

from __future__ import annotations

import argparse
import sys

from tokenmgr import desktop_entry


def run(args: argparse.Namespace) -> int:
    if desktop_entry.in_flatpak():
        print("tokenmgr: running as a Flatpak, whose menu entry Flatpak manages",
              file=sys.stderr)
        return 2
    files = desktop_entry.EntryFiles.under(desktop_entry.data_home())
    if args.action == "install":
        command = desktop_entry.launch_command()
        for path in desktop_entry.install(files, command):
            print(f"wrote {path}", file=sys.stderr)
        print(f"Menu entry installed; it starts {' '.join(command)}", file=sys.stderr)
        return 0
    removed = desktop_entry.remove(files)
    for path in removed:
        print(f"removed {path}", file=sys.stderr)
    if not removed:
        print("No menu entry to remove.", file=sys.stderr)
    return 0
