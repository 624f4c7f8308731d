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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    for action, text in (("add", "add a provider (an OpenID issuer alone is enough)"),
                         ("edit", "change a provider's settings")):
        p = sub.add_parser(action, help=text)
        p.add_argument("id")
        for dest in FIELDS:
            p.add_argument("--" + dest.replace("_", "-"), dest=dest)
        p.add_argument("--scopes", help="space- or comma-separated scopes")
        p.add_argument("--client-secret-stdin", action="store_true",
                       help="read the client secret from standard input (never from argv)")
    p = sub.add_parser("discover", help="fetch a provider's metadata again now and show "
                                        "the endpoints it gives (the cache lasts a day)")
    p.add_argument("id")
    p = sub.add_parser("remove", help="remove a provider you added (or your settings of a "
                                      "preset)")
    p.add_argument("id")
    p.add_argument("--force", action="store_true",
                   help="also forget the provider's accounts (no revocation)")
