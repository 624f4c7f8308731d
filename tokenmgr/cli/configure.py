"""``tokenmgr configure PROVIDER``: client id to providers.toml, secret to the keyring."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tokenmgr.cli import context
from tokenmgr.cli.terminal import plain
from tokenmgr.secret import Secret

if TYPE_CHECKING:
    from tokenmgr.values.provider import Provider


def read_secret_line(prompt: str) -> str:
    """One line from stdin; no echo when it is a terminal (secrets never in argv)."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def prompt_for_client(provider: Provider) -> tuple[str | None, Secret | None]:
    """Ask a person at a terminal for the client id (echoed) and secret (not echoed).

    An empty answer keeps what is configured. Prompts go to stderr, as getpass's do.
    """
    print(f"Configuring {provider.name}. Register this redirect URI with it: "
          f"{provider.redirect_uri_to_register}", file=sys.stderr)
    current = f" [{provider.client_id}]" if provider.client_id else ""
    print(f"Client id{current}: ", end="", file=sys.stderr, flush=True)
    client_id = sys.stdin.readline().strip() or None
    need = "required" if provider.client_secret_required else "optional"
    value = read_secret_line(f"Client secret ({need}; not shown, empty keeps the current one): ")
    return client_id, Secret(value) if value else None


def run(args: argparse.Namespace) -> int:
    service = context.build_service()
    secret = None
    if args.client_secret_stdin:
        value = read_secret_line("Client secret: ")
        if not value:
            print("tokenmgr: no client secret on standard input", file=sys.stderr)
            return 2
        secret = Secret(value)
    settings = {key: getattr(args, key) for key in ("base_url", "tenant", "issuer")
                if getattr(args, key, None)}
    client_id = args.client_id
    if client_id is None and secret is None and not settings and sys.stdin.isatty():
        client_id, secret = prompt_for_client(service.provider(args.provider))
        if client_id is None and secret is None:
            print("Nothing changed.", file=sys.stderr)
            return 0
    if client_id is None and secret is None and not settings:
        provider = service.provider(args.provider)
        print(f"{plain(provider.name)}: client id {plain(provider.client_id or '(not set)')}")
        missing = service.provider_missing(provider)
        if missing:
            print("Still needed: " + ", ".join(missing))
        print("Register this redirect URI with the provider: "
              f"{plain(provider.redirect_uri_to_register)}")
        return 0
    provider = service.configure(args.provider, client_id, secret, settings)
    print(f"Configured {plain(provider.name)}. Redirect URI to register: "
          f"{plain(provider.redirect_uri_to_register)}", file=sys.stderr)
    return 0
