"""``tokenmgr token`` and ``tokenmgr header``: the scripting fast path.

stdout carries the token and nothing else; on any failure stdout stays empty
and one line goes to stderr (promise 31). A still-valid token costs one index
read and one entry read; requests is imported only when a refresh is due.
"""

from __future__ import annotations

import argparse
import sys

from tokenmgr.cli import context


def run(args: argparse.Namespace) -> int:
    service = context.build_service()
    token = service.token(args.account).reveal()
    if args.verb == "header":
        sys.stdout.write(f"Bearer {token}\n")
    else:
        sys.stdout.write(token + "\n")
    sys.stdout.flush()
    return 0
