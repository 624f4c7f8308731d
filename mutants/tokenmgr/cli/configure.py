"""``tokenmgr configure PROVIDER``: client id to providers.toml, secret to the keyring."""

from __future__ import annotations

import argparse
import sys

from tokenmgr.cli import context
from tokenmgr.cli.terminal import plain
from tokenmgr.secret import Secret


def read_secret_line(prompt: str) -> str:
    """One line from stdin; no echo when it is a terminal (secrets never in argv)."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def run(args: argparse.Namespace) -> int:
    service = context.build_service()
    secret = None
    if args.client_secret_stdin:
        value = read_secret_line("Client secret: ")
        if not value:
            print("tokenmgr: no client secret on standard input", file=sys.stderr)
            return 2
        secret = Secret(value)
    if args.client_id is None and secret is None:
        provider = service.provider(args.provider)
        print(f"{plain(provider.name)}: client id {plain(provider.client_id or '(not set)')}")
        print("Register this redirect URI with the provider: "
              f"{plain(provider.redirect_uri_to_register)}")
        return 0
    provider = service.configure(args.provider, args.client_id, secret)
    print(f"Configured {plain(provider.name)}. Redirect URI to register: "
          f"{plain(provider.redirect_uri_to_register)}", file=sys.stderr)
    return 0
