"""``tokenmgr completion bash|zsh|fish``: a completion script generated from the parser.

shtab walks the same parser that parses the command line, so every verb and option any
module adds is completed without a hand-kept list.
"""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    import shtab

    from tokenmgr.cli import build_parser

    sys.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return 0
