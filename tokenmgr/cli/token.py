"""``tokenmgr token`` and ``tokenmgr header``: the scripting fast path.

stdout carries the token and nothing else; on any failure stdout stays empty
and one line goes to stderr (promise 31). A still-valid token costs one index
read and one entry read; requests is imported only when a refresh is due.
"""

from __future__ import annotations

import argparse
import sys

from tokenmgr import interrupts
from tokenmgr.cli import context


def run(args: argparse.Namespace) -> int:
    interrupts.install()  # a refresh on the way is stored before SIGINT/SIGTERM act
    service = context.build_service()
    if args.verb == "header":
        body = [(k, v) for k, _, v in (item.partition("=") for item in args.data)] or None
        if args.consumer_only:
            from tokenmgr.errors import UnsupportedError
            from tokenmgr.signing import AccountSigner

            if not args.url:
                raise UnsupportedError("OAuth 1 signatures cover the request: give --url.")
            value = AccountSigner(service, args.account, consumer_only=True).header(
                args.method, args.url, body)
        else:
            value = service.authorization_header(args.account, args.method, args.url, body)
    else:
        value = service.token(args.account)
    sys.stdout.write(value.reveal() + "\n")
    sys.stdout.flush()
    return 0
