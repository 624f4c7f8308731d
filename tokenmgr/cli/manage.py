"""``tokenmgr refresh | revoke | disconnect``."""

from __future__ import annotations

import argparse
import sys

from tokenmgr.cli import context
from tokenmgr.errors import TokenmgrError


def run(args: argparse.Namespace) -> int:
    service = context.build_service()
    if args.verb == "refresh":
        if args.all:
            worst = 0
            for summary in service.summaries():
                if not summary.has_refresh_token:
                    continue
                try:
                    service.refresh(summary.key)
                    print(f"Refreshed {summary.provider_id}:{summary.name}", file=sys.stderr)
                except TokenmgrError as exc:
                    print(f"tokenmgr: {summary.provider_id}:{summary.name}: {exc}",
                          file=sys.stderr)
                    worst = max(worst, exc.exit_code)
            return worst
        if not args.account:
            print("tokenmgr: refresh needs an ACCOUNT or --all", file=sys.stderr)
            return 2
        summary = service.resolve(args.account)
        service.refresh(summary.key)
        print(f"Refreshed {summary.provider_id}:{summary.name}", file=sys.stderr)
        return 0
    summary = service.resolve(args.account)
    if args.verb == "disconnect" or args.local_only:
        service.disconnect(summary.key)
        print(f"Forgot {summary.provider_id}:{summary.name} locally", file=sys.stderr)
        return 0
    service.revoke(summary.key)
    print(f"Revoked {summary.provider_id}:{summary.name}", file=sys.stderr)
    return 0
