"""The ``tokenmgr`` command: argument parsing and dispatch. No Qt, no requests here.

Bare ``tokenmgr`` opens the window (see launcher.py). Every verb lives in its own module and is
imported only when chosen, so ``tokenmgr token`` pays for nothing it does not
use. Exit codes are listed in ``EXIT_CODES`` (and in ``--help``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tokenmgr import __version__
from tokenmgr.cli import install_verbs

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
    "providers": "tokenmgr.cli.providers_cmd",
    "configure": "tokenmgr.cli.configure",
    "connect": "tokenmgr.cli.connect",
    "token": "tokenmgr.cli.token",
    "inspect": "tokenmgr.cli.inspect",
    "header": "tokenmgr.cli.token",
    "refresh": "tokenmgr.cli.manage",
    "revoke": "tokenmgr.cli.manage",
    "disconnect": "tokenmgr.cli.manage",
    # issue 18: the agent and the context verbs (parsers in tokenmgr/cli/context_verbs.py)
    "agent": "tokenmgr.cli.agent_cmd",
    "run": "tokenmgr.cli.run_cmd",
    "git-credential": "tokenmgr.cli.git_credential",
    "which": "tokenmgr.cli.context_verbs",
    "log": "tokenmgr.cli.context_verbs",
    "api": "tokenmgr.cli.api",
}
VERBS.update(install_verbs.VERBS)
JSON_HELP = "machine-readable output (stable snake_case keys, RFC 3339 UTC times)"
ACCOUNT_HELP = "PROVIDER, or PROVIDER:NAME when the provider has several accounts"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tokenmgr",
        description="OAuth token manager. Without a command, opens the window.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--debug", action="store_true", help="verbose logs (secrets redacted)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")

    p = sub.add_parser("list", help="accounts with state and expiry (never secrets)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = sub.add_parser("providers", help="known providers and whether they are ready; "
                                         "add, edit or remove providers")
    from tokenmgr.cli.providers_args import add_arguments

    add_arguments(p)

    p = sub.add_parser("configure", help="set a provider's client id (and secret)")
    p.add_argument("provider", help="the provider's id, as `tokenmgr providers` lists it")
    p.add_argument("--client-id", help="the OAuth client id (without flags, on a terminal: "
                   "asks for the id and the secret)")
    p.add_argument("--client-secret-stdin", action="store_true",
                   help="read the client secret from standard input (never from argv)")
    p.add_argument("--base-url", help="the instance's address, for presets that ask for it")
    p.add_argument("--tenant", help="Microsoft: common, organizations, consumers or an id")
    p.add_argument("--issuer", help="the OpenID issuer, for the generic OIDC preset")

    p = sub.add_parser("connect", help="sign in to a provider in the browser")
    p.add_argument("provider", help="PROVIDER, or PROVIDER:NAME to re-connect that account")
    p.add_argument("--scopes", help="space- or comma-separated scopes (default: the provider's); "
                                    "'+repo,-gist' adds to / removes from the account's scopes")
    p.add_argument("--replace-scopes", action="store_true",
                   help="allow a re-connect that drops scopes the account has")
    p.add_argument("--no-browser", action="store_true",
                   help="do not open a browser: print the link (and a QR code) and accept the "
                        "address the browser landed on, pasted on standard input")
    p.add_argument("--device", action="store_true",
                   help="sign in with a user code (RFC 8628 device grant), e.g. over SSH")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds to wait (default 300)")

    p = sub.add_parser("token", help="print a valid access token (refreshing it if needed)")
    p.add_argument("account", nargs="?",
                   help="PROVIDER or PROVIDER:NAME (default: TOKENMGR_ACCOUNT, then rules.toml)")
    p = sub.add_parser("inspect", help="decode the account's tokens (JWT header, claims) and "
                                       "show token health; nothing is sent anywhere")
    p.add_argument("account", help=ACCOUNT_HELP)
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = sub.add_parser("header", help="print the Authorization header value (OAuth 1: signed "
                                      "for --method and --url)")
    p.add_argument("account", nargs="?", help="as for token")
    p.add_argument("--method", default="GET",
                   help="the request's HTTP method an OAuth 1 signature covers (default GET)")
    p.add_argument("--url", help="the request's URL (required for OAuth 1 accounts)")
    p.add_argument("--data", action="append", default=[], metavar="KEY=VALUE",
                   help="a form body parameter the signature must cover (repeatable)")
    p.add_argument("--consumer-only", action="store_true",
                   help="OAuth 1: sign with the consumer key and secret alone (two-legged); "
                        "ACCOUNT is then a PROVIDER")

    from tokenmgr.cli import api

    api.add_parser(sub)

    p = sub.add_parser("refresh", help="refresh an account's token now")
    p.add_argument("account", nargs="?", help=ACCOUNT_HELP)
    p.add_argument("--all", action="store_true", help="every account that has a refresh token")
    p.add_argument("--keep-alive", action="store_true",
                   help="only accounts whose refresh token would soon lapse from disuse "
                        "(a provider's inactivity limit); for a daily timer")
    p = sub.add_parser("revoke", help="revoke at the provider, then forget locally")
    p.add_argument("account", help=ACCOUNT_HELP)
    p.add_argument("--local-only", action="store_true", help="only forget locally")
    p = sub.add_parser("disconnect", help="forget an account locally (no revocation)")
    p.add_argument("account", help=ACCOUNT_HELP)
    from tokenmgr.cli.context_verbs import add_parsers

    add_parsers(sub)
    install_verbs.add_parsers(sub)
    return parser


def _glue_scopes(argv: Sequence[str]) -> list[str]:
    """``--scopes -gist`` → ``--scopes=-gist``: argparse would read ``-gist`` as an option."""
    out: list[str] = []
    items = iter(argv)
    for item in items:
        value = next(items, None) if item == "--scopes" else None
        out.append(item if value is None else f"--scopes={value}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_glue_scopes(sys.argv[1:] if argv is None else argv))
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
        # one line (scripts read it); the recommended next step, when there is one, on it
        step = f" Next: {exc.next_step}" if exc.next_step else ""
        from tokenmgr.cli.terminal import plain

        print(f"tokenmgr: {plain(exc)}{plain(step)}", file=sys.stderr)
        if args.debug:
            import traceback

            from tokenmgr.logsetup import redact

            lines = redact(traceback.format_exc()).splitlines()
            print("\n".join(plain(line) for line in lines), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("tokenmgr: interrupted", file=sys.stderr)
        return 2
