"""``tokenmgr token`` / ``header`` through the agent, before argparse is even imported.

The launcher calls :func:`serve` for ``token [ACCOUNT]`` and ``header ACCOUNT``;
it returns an exit status when the agent settled the request (token printed, or
the agent's error said), or None, and the normal CLI then reads the keyring.
Standard library only.
"""

from __future__ import annotations

import os
import sys

from tokenmgr.agent import client

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

attempted = False  # the normal CLI does not ask a second time


def parse(args: Sequence[str]) -> tuple[str, str | None] | None:
    """(verb, account or None) for the simple forms; None for anything else."""
    if not args or args[0] not in ("token", "header"):
        return None
    rest = list(args[1:])
    if len(rest) > 1 or (rest and rest[0].startswith("-")):
        return None
    return args[0], (rest[0] if rest else None)


def selector_for(account: str | None) -> str | None:
    """The account given, else ``TOKENMGR_ACCOUNT``, else the rules for the cwd."""
    if account:
        return account
    from tokenmgr.rules import choose

    choice = choose(cwd=os.getcwd())
    return choice.account if choice else None


def ask_agent(selector: str, *, via: str, min_valid: float = 0.0,
              program: str | None = None, pid: int | None = None) -> dict[str, Any] | None:
    global attempted
    attempted = True
    if client.agent_disabled():
        return None
    return client.ask(client.token_request(selector, via=via, min_valid=min_valid,
                                           program=program, pid=pid))


def checked(reply: dict[str, Any]) -> dict[str, Any]:
    """The reply if it carries a token; ``AgentRefusedError`` with its words otherwise."""
    if not reply["ok"]:
        from tokenmgr.errors import TokenmgrError

        error = TokenmgrError(str(reply["error"]))
        error.exit_code = int(reply["exit_code"])  # the agent's, e.g. 3 for unknown
        raise error
    return reply


def emit(verb: str, reply: dict[str, Any]) -> int | None:
    """Print the agent's answer; None when the keyring path must do it (OAuth 1 headers)."""
    if not reply["ok"]:
        print(f"tokenmgr: {reply['error']}", file=sys.stderr)
        return int(reply["exit_code"])
    if verb == "header":
        if reply.get("token_type") == "OAuth1":
            return None  # signatures need the request and oauthlib: the normal path
        value = f"Bearer {reply['token']}"
    else:
        value = reply["token"]
    sys.stdout.write(value + "\n")
    sys.stdout.flush()
    return 0


def serve(args: Sequence[str]) -> int | None:
    parsed = parse(args)
    if parsed is None:
        return None
    verb, account = parsed
    try:
        selector = selector_for(account)
    except Exception:  # a bad rules file: the normal path reports it
        return None
    if selector is None:
        return None
    reply = ask_agent(selector, via="agent")
    return None if reply is None else emit(verb, reply)
