"""Arguments of ``tokenmgr providers``: kept import-free, since the parser is built for
every command (``tokenmgr token`` included)."""

from __future__ import annotations

import argparse

# option dest -> providers.toml key
FIELDS = {
    "name": "name", "issuer": "issuer", "client_id": "client_id",
    "authorize_url": "authorize_url", "token_url": "token_url",
    "revoke_url": "revoke_url", "userinfo_url": "userinfo_url",
    "device_authorization_url": "device_authorization_url", "base_url": "base_url",
    "tenant": "tenant", "account_name_field": "account_name_field",
    "account_id_field": "account_id_field",
}

# option dest -> its help text (every option says what it is for: tests/cli/test_conventions.py)
FIELD_HELP = {
    "name": "the name shown for the provider",
    "issuer": "the OpenID issuer URL; its metadata fills in the endpoints",
    "client_id": "the OAuth client id registered with the provider",
    "authorize_url": "the authorization endpoint (https, or http on loopback)",
    "token_url": "the token endpoint",
    "revoke_url": "the token revocation endpoint (RFC 7009)",
    "userinfo_url": "the endpoint that says whose token it is",
    "device_authorization_url": "the device authorization endpoint (RFC 8628)",
    "base_url": "the instance's address, for presets that ask for it",
    "tenant": "Microsoft: common, organizations, consumers or a tenant id",
    "account_name_field": "the userinfo field naming the account (dotted paths work)",
    "account_id_field": "the userinfo field holding the provider's stable user id",
}
ID_HELP = "the provider's id, as `tokenmgr providers` lists it"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="machine-readable output (stable snake_case keys)")
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    for action, text in (("add", "add a provider (an OpenID issuer alone is enough)"),
                         ("edit", "change a provider's settings")):
        p = sub.add_parser(action, help=text)
        p.add_argument("id", help=ID_HELP)
        for dest in FIELDS:
            p.add_argument("--" + dest.replace("_", "-"), dest=dest, help=FIELD_HELP[dest])
        p.add_argument("--scopes", help="space- or comma-separated scopes")
        p.add_argument("--client-secret-stdin", action="store_true",
                       help="read the client secret from standard input (never from argv)")
    p = sub.add_parser("discover", help="fetch a provider's metadata again now and show "
                                        "the endpoints it gives (the cache lasts a day)")
    p.add_argument("id", help=ID_HELP)
    p = sub.add_parser("remove", help="remove a provider you added (or your settings of a "
                                      "preset)")
    p.add_argument("id", help=ID_HELP)
    p.add_argument("--force", action="store_true",
                   help="also forget the provider's accounts (no revocation)")
