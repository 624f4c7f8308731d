"""``tokenmgr list`` and ``tokenmgr providers``: what is there, never a secret."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tokenmgr.cli import context
from tokenmgr.cli.context import iso_utc
from tokenmgr.cli.terminal import plain
from tokenmgr.status_text import describe_state
from tokenmgr.store.schema import AccountSummary


def account_json(summary: AccountSummary, now: float) -> dict[str, Any]:
    return {
        "provider": summary.provider_id, "account_id": summary.account_id,
        "name": summary.name, "selector": f"{summary.provider_id}:{summary.name}",
        "status": summary.status, "state": describe_state(summary, now),
        "expires_at": iso_utc(summary.expires_at), "scopes": list(summary.scopes),
        "token_type": summary.token_type, "has_refresh_token": summary.has_refresh_token,
        "connected_at": iso_utc(summary.connected_at or None),
        "refreshed_at": iso_utc(summary.refreshed_at),
    }


def run(args: argparse.Namespace) -> int:
    service = context.build_service()
    now = service.clock()
    catalog = service.catalog()
    for error in catalog.errors:
        print(f"tokenmgr: {plain(error)}", file=sys.stderr)
    if args.verb == "providers":
        providers = [p.to_public_dict() for p in catalog.providers.values()]
        if args.json:
            print(json.dumps({"version": 1, "providers": providers}, indent=2))
        else:
            for p in providers:
                state = "ready" if p["configured"] else "not configured"
                print(f"{plain(p['id']):<16} {plain(p['name']):<24} {p['protocol']:<7} {state}")
        return 0
    summaries = service.summaries()
    keyring = service.keyring_verdict()
    if args.json:
        print(json.dumps({
            "version": 1,
            "providers": [p.to_public_dict() for p in catalog.providers.values()],
            "accounts": [account_json(s, now) for s in summaries],
            "keyring": {"backend": keyring.name, "allowed_by_settings": keyring.opted_in},
        }, indent=2))
        return 0
    if keyring.opted_in:  # only settings.toml admits it: say where the tokens are
        print(f"tokenmgr: tokens are kept in {plain(keyring.describe())}", file=sys.stderr)
    if not summaries:
        print("No accounts yet. Connect one with: tokenmgr connect PROVIDER", file=sys.stderr)
        return 0
    for s in summaries:
        print(f"{plain(s.provider_id)}:{plain(s.name):<30} {describe_state(s, now)}")
    return 0
