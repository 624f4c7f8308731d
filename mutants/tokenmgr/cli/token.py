"""``tokenmgr token`` and ``tokenmgr header``: the scripting fast path.

stdout carries the token and nothing else; on any failure stdout stays empty
and one line goes to stderr (SECURITY.md #31). A still-valid token costs one index
read and one entry read; requests is imported only when a refresh is due.
"""

from __future__ import annotations

import argparse
import sys

from tokenmgr.cli import context
from tokenmgr.values.keys import Selector


def run(args: argparse.Namespace) -> int:
    service = context.build_service()
    if args.verb == "header":
        from tokenmgr.values.form import form_pairs

        body = form_pairs(args.data) or None  # repeated keys kept, in order
        value = service.authorization_header(Selector(args.account), args.method, args.url,
                                             body)
    else:
        value = service.token_for_selector(Selector(args.account))
    sys.stdout.write(value.reveal() + "\n")
    sys.stdout.flush()
    return 0
