"""``tokenmgr inspect ACCOUNT [--json]``: what the account's tokens say, locally.

Decodes the access token and the ID token (header, claims with local and
relative times, audience, scopes/roles) and shows token health. Nothing is
refreshed or sent anywhere; the raw tokens stay masked (``tokenmgr token``
prints the access token when you need it).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tokenmgr.cli import context
from tokenmgr.cli.context import iso_utc


def _verified_text(verified: bool | None) -> str:
    # TODO(issue 16): ID token verification at connect records whether the signature
    # was checked; until that flag is stored with the tokens this reads "not recorded".
    if verified is None:
        return "signature: not recorded whether it was verified at connect (decoded only)"
    return "signature: verified at connect" if verified else \
        "signature: NOT verified at connect (decoded only)"


def _token_lines(title: str, token: Any, now: float, extra: str = "") -> list[str]:
    from tokenmgr.oauth.claims import decode_token, header_summary

    if token is None:
        return [f"{title}: none"]
    decoded = decode_token(token)
    lines = [f"{title}: {token.masked()} (masked)"]
    if not decoded.is_jwt:
        lines.append(f"  {decoded.note}")
        return lines
    header = " ".join(f"{k}={v}" for k, v in header_summary(decoded).items())
    lines.append(f"  JWT · {header}" + (f" · {extra}" if extra else ""))
    if decoded.audience:
        lines.append(f"  audience: {', '.join(decoded.audience)}")
    if decoded.scopes:
        lines.append(f"  scopes: {' '.join(decoded.scopes)}")
    if decoded.roles:
        lines.append(f"  roles: {', '.join(decoded.roles)}")
    rows = decoded.rows(now)
    width = max((len(r.name) for r in rows), default=0)
    label_width = max((len(r.label) for r in rows), default=0)
    for row in rows:
        detail = f"  ({row.detail})" if row.detail else ""
        lines.append(f"    {row.name:<{width}}  {row.label:<{label_width}}  {row.value}{detail}")
    return lines


def run(args: argparse.Namespace) -> int:
    from tokenmgr.health import health_for
    from tokenmgr.oauth.claims import decode_token, to_json

    service = context.build_service()
    account = service.account(args.account)
    now = service.clock()
    provider = service.catalog().get(account.provider_id)
    health = health_for(account.summary(), provider)
    tokens = account.tokens
    verified: bool | None = None  # see _verified_text
    if args.json:
        out: dict[str, Any] = {
            "version": 1, "account": f"{account.provider_id}:{account.name}",
            "token_type": tokens.token_type, "scopes": list(tokens.scopes),
            "expires_at": iso_utc(tokens.expires_at),
            "access_token": to_json(decode_token(tokens.access_token), now),
            "id_token": None if tokens.id_token is None else {
                **to_json(decode_token(tokens.id_token), now),
                "signature_verified_at_connect": verified},
            "health": {
                "has_refresh_token": health.has_refresh_token,
                "obtained_at": iso_utc(health.obtained_at),
                "age_seconds": health.age(now),
                "authorized_at": iso_utc(health.authorized_at),
                "expected_end": iso_utc(health.expected_end), "end_rule": health.end_rule,
                "source": health.source, "warning": health.warning(now),
            },
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    from tokenmgr.status_text import describe_state

    lines = [f"{account.provider_id}:{account.name} — {describe_state(account.summary(), now)}",
             f"Scopes granted: {' '.join(tokens.scopes) or '(none recorded)'}"]
    lines += _token_lines("Access token", tokens.access_token, now)
    lines += _token_lines("ID token", tokens.id_token, now, extra=_verified_text(verified))
    lines += health.lines(now)
    lines.append("Nothing was sent anywhere; `tokenmgr token` prints the access token.")
    print("\n".join(lines), file=sys.stdout)
    return 0
