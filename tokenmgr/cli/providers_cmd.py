"""``tokenmgr providers [--json] | add | edit | remove``: the provider catalogue.

``add ID --issuer URL --client-id ID`` is enough for an OpenID provider (the rest is
discovered); endpoints may be given by hand instead. The secret is read from stdin
(never argv) into the keyring. Comments in the user's providers.toml are kept.
"""

from __future__ import annotations

import argparse
import sys

from tokenmgr.cli import context
from tokenmgr.cli.configure import read_secret_line
from tokenmgr.cli.providers_args import FIELDS
from tokenmgr.secret import Secret


def _values(args: argparse.Namespace) -> dict[str, object]:
    values: dict[str, object] = {key: getattr(args, dest) for dest, key in FIELDS.items()
                                 if getattr(args, dest) is not None}
    if args.scopes is not None:
        values["scopes"] = [s for s in args.scopes.replace(",", " ").split() if s]
    return values


def run(args: argparse.Namespace) -> int:
    if args.action is None:
        from tokenmgr.cli import listing

        return listing.run(args)
    service = context.build_service()
    if args.action == "discover":
        found = service.refresh_metadata(args.id)
        for key in ("issuer", "authorize_url", "token_url", "userinfo_url", "revoke_url",
                    "device_authorization_url", "jwks_uri"):
            print(f"{key:<26} {getattr(found, key) or '-'}")
        methods = found.metadata.get("code_challenge_methods_supported")
        print(f"{'pkce_methods':<26} {' '.join(map(str, methods)) if methods else '-'}")
        print(f"{'redirect_iss':<26} {'yes' if found.redirect_iss else 'no'}")
        return 0
    if args.action == "remove":
        forgotten = service.remove_provider(args.id, force=args.force)
        extra = f" and forgot {forgotten} account(s)" if forgotten else ""
        print(f"Removed provider {args.id}{extra}", file=sys.stderr)
        return 0
    secret = None
    if args.client_secret_stdin:
        value = read_secret_line("Client secret: ")
        if not value:
            print("tokenmgr: no client secret on standard input", file=sys.stderr)
            return 2
        secret = Secret(value)
    values = _values(args)
    if args.action == "add":
        if not values.get("client_id"):
            print("tokenmgr: providers add needs --client-id", file=sys.stderr)
            return 2
        if not values.get("issuer") and not (values.get("authorize_url")
                                             and values.get("token_url")):
            print("tokenmgr: providers add needs --issuer URL, or --authorize-url and "
                  "--token-url", file=sys.stderr)
            return 2
        values.setdefault("name", args.id)
        if values.get("issuer"):
            values.setdefault("scopes", ["openid", "profile", "email"])
            values.setdefault("account_name_field", "preferred_username")
            values.setdefault("account_id_field", "sub")
    elif not values and secret is None:
        print("tokenmgr: nothing to change", file=sys.stderr)
        return 2
    provider = service.save_provider(args.id, values, new=args.action == "add",
                                     client_secret=secret)
    missing = service.provider_missing(provider)
    state = "ready" if not missing else "incomplete: needs " + ", ".join(missing)
    verb = "Added" if args.action == "add" else "Updated"
    print(f"{verb} provider {provider.id} ({state}). Redirect URI to register: "
          f"{provider.redirect_uri_to_register}", file=sys.stderr)
    return 0
