"""The ``tokenmgr`` command: argument parsing and dispatch. No Qt, no requests here.

Bare ``tokenmgr`` opens the window (see launcher.py). Every verb lives in its own module and is
imported only when chosen, so ``tokenmgr token`` pays for nothing it does not
use. Exit codes are listed in ``EXIT_CODES`` (and in ``--help``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_CODES = """exit codes:
  0  success
  1  other failure
  2  usage error, cancelled or timed-out sign-in, provider not configured
  3  unknown or ambiguous account or provider
  4  the account needs to be (re-)connected
  5  the provider failed or could not be reached
  6  the keyring is unavailable, locked or holds an unreadable entry
"""

VERBS = {
    "list": "tokenmgr.cli.listing",
    "providers": "tokenmgr.cli.listing",
    "configure": "tokenmgr.cli.configure",
    "connect": "tokenmgr.cli.connect",
    "token": "tokenmgr.cli.token",
    "header": "tokenmgr.cli.token",
    "refresh": "tokenmgr.cli.manage",
    "revoke": "tokenmgr.cli.manage",
    "disconnect": "tokenmgr.cli.manage",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tokenmgr",
        description="OAuth token manager. Without a command, opens the window.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--debug", action="store_true", help="verbose logs (secrets redacted)")
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")

    p = sub.add_parser("list", help="accounts with state and expiry (never secrets)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("providers", help="known providers and whether they are configured")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("configure", help="set a provider's client id (and secret)")
    p.add_argument("provider")
    p.add_argument("--client-id")
    p.add_argument("--client-secret-stdin", action="store_true",
                   help="read the client secret from standard input (never from argv)")

    p = sub.add_parser("connect", help="sign in to a provider in the browser")
    p.add_argument("provider")
    p.add_argument("--scopes", help="space- or comma-separated scopes (default: the provider's)")
    p.add_argument("--no-browser", action="store_true", help="only print the URL")
    p.add_argument("--device", action="store_true",
                   help="sign in with a user code (RFC 8628 device grant), e.g. over SSH")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds to wait (default 300)")

    p = sub.add_parser("token", help="print a valid access token (refreshing it if needed)")
    p.add_argument("account", help="PROVIDER or PROVIDER:NAME")
    p = sub.add_parser("header", help="print the Authorization header value (OAuth 1: signed "
                                      "for --method and --url)")
    p.add_argument("account")
    p.add_argument("--method", default="GET")
    p.add_argument("--url", help="the request's URL (required for OAuth 1 accounts)")
    p.add_argument("--data", action="append", default=[], metavar="KEY=VALUE",
                   help="a form body parameter the signature must cover (repeatable)")

    p = sub.add_parser("refresh", help="refresh an account's token now")
    p.add_argument("account", nargs="?")
    p.add_argument("--all", action="store_true")
    p = sub.add_parser("revoke", help="revoke at the provider, then forget locally")
    p.add_argument("account")
    p.add_argument("--local-only", action="store_true", help="only forget locally")
    p = sub.add_parser("disconnect", help="forget an account locally (no revocation)")
    p.add_argument("account")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        parser.print_help(sys.stderr)
        return 2
    from tokenmgr.errors import TokenmgrError
    from tokenmgr.logsetup import configure_logging

    configure_logging(args.debug)
    import importlib

    module = importlib.import_module(VERBS[args.verb])
    try:
        return int(module.run(args) or 0)
    except TokenmgrError as exc:
        from tokenmgr.cli.terminal import plain

        print(f"tokenmgr: {plain(exc)}", file=sys.stderr)
        if args.debug:
            import traceback

            from tokenmgr.logsetup import redact

            lines = redact(traceback.format_exc()).splitlines()
            print("\n".join(plain(line) for line in lines), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("tokenmgr: interrupted", file=sys.stderr)
        return 2
