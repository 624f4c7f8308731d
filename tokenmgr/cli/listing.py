"""``tokenmgr list`` and ``tokenmgr providers``: what is there, never a secret."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tokenmgr.access_log import AccessLog, default_log
from tokenmgr.cli import context
from tokenmgr.cli.context import iso_utc
from tokenmgr.cli.terminal import plain
from tokenmgr.status_text import describe_state
from tokenmgr.store.schema import AccountSummary


def last_used(summary: AccountSummary, log: AccessLog) -> dict[str, Any]:
    read = log.last(summary.key)
    if read is None:
        return {"last_used_at": None, "last_used_by": None}
    return {"last_used_at": iso_utc(read.at),
            "last_used_by": {"program": read.program, "pid": read.pid, "via": read.via}}


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
        providers = []
        for provider in catalog.providers.values():
            missing = service.provider_missing(provider)
            providers.append({**provider.to_public_dict(), "missing": list(missing),
                              "ready": not missing, "configured": not missing})
        if args.json:
            print(json.dumps({"version": 1, "providers": providers}, indent=2))
        else:
            for p in providers:
                state = "ready" if p["ready"] else "needs " + ", ".join(p["missing"])
                print(f"{plain(p['id']):<20} {plain(p['name']):<36} {p['protocol']:<7} {state}")
        return 0
    summaries = service.summaries()
    keyring = service.keyring_verdict()
    if args.json:
        log = default_log()
        print(json.dumps({
            "version": 1,
            "providers": [p.to_public_dict() for p in catalog.providers.values()],
            "accounts": [account_json(s, now) | last_used(s, log) for s in summaries],
            "keyring": {"backend": keyring.name, "allowed_by_settings": keyring.opted_in},
        }, indent=2))
        return 0
    if keyring.opted_in:  # only settings.toml admits it: say where the tokens are
        print(f"tokenmgr: tokens are kept in {plain(keyring.describe())}", file=sys.stderr)
    if not summaries:
        print("No accounts yet. Connect one with: tokenmgr connect PROVIDER", file=sys.stderr)
        return 0
    for s in summaries:
        note = _health_note(s, catalog, now)
        print(f"{plain(s.provider_id)}:{plain(s.name):<30} {describe_state(s, now)}{note}")
    return 0


def _health_note(summary: AccountSummary, catalog: Any, now: float) -> str:
    """" · refresh token ends in 4 d" when a documented limit is near (see inspect)."""
    from tokenmgr.health import health_for
    from tokenmgr.status_text import format_duration

    health = health_for(summary, catalog.get(summary.provider_id))
    if health.expected_end is None or health.warning(now) is None:
        return ""
    left = health.expected_end - now
    return (f" · refresh token ends in {format_duration(left)}" if left > 0
            else " · refresh token probably ended")
