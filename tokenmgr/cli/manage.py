"""``tokenmgr refresh | revoke | disconnect``."""

from __future__ import annotations

import argparse
import sys

from tokenmgr import interrupts
from tokenmgr.cli import context
from tokenmgr.cli.terminal import label
from tokenmgr.values.keys import Selector


def run(args: argparse.Namespace) -> int:
    interrupts.install()  # a refresh in progress is stored before SIGINT/SIGTERM act
    service = context.build_service()
    if args.verb == "refresh":
        if args.all or args.keep_alive:
            from tokenmgr import paths
            from tokenmgr.cli.refresh_all import refresh_all
            from tokenmgr.settings import load_settings

            concurrency = load_settings(paths.settings_file()).refresh_concurrency
            return refresh_all(service, concurrency, keep_alive=args.keep_alive)
        if not args.account:
            print("tokenmgr: refresh needs an ACCOUNT, --all or --keep-alive", file=sys.stderr)
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
