"""``tokenmgr refresh | revoke | disconnect``."""

from __future__ import annotations

import argparse
import sys

from tokenmgr.cli import context
from tokenmgr.cli.terminal import label, plain
from tokenmgr.errors import TokenmgrError
from tokenmgr.values.keys import Selector


def run(args: argparse.Namespace) -> int:
    service = context.build_service()
    if args.verb == "refresh":
        if args.all:
            worst = 0
            for summary in service.summaries():
                if not summary.has_refresh_token and summary.expires_at is None:
                    print(f"Skipped {label(summary)}: its token does not expire",
                          file=sys.stderr)
                    continue  # without an expiry there is nothing to refresh; said, not silent
                try:
                    service.refresh(summary.key)
                    print(f"Refreshed {label(summary)}", file=sys.stderr)
                except TokenmgrError as exc:
                    print(f"tokenmgr: {label(summary)}: {plain(exc)}",
                          file=sys.stderr)
                    worst = max(worst, exc.exit_code)
            return worst
        if not args.account:
            print("tokenmgr: refresh needs an ACCOUNT or --all", file=sys.stderr)
            return 2
        summary = service.resolve(Selector(args.account))
        service.refresh(summary.key)
        print(f"Refreshed {label(summary)}", file=sys.stderr)
        return 0
    summary = service.resolve(Selector(args.account))
    if args.verb == "disconnect" or args.local_only:
        service.disconnect(summary.key)
        print(f"Forgot {label(summary)} locally", file=sys.stderr)
        return 0
    service.revoke(summary.key)
    print(f"Revoked {label(summary)}", file=sys.stderr)
    return 0
