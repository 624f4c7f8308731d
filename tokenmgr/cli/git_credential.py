"""``tokenmgr git-credential get|store|erase``: git's credential helper protocol.

git writes ``key=value`` lines (protocol, host, path, ...) and a blank line;
``get`` answers ``username``, ``password`` (a fresh access token) and
``password_expiry_utc`` for the account the rules choose — or nothing, so git
asks its next helper, when no rule chooses one. ``store`` and ``erase`` read
their input and do nothing: tokenmgr keeps the tokens (see ``--help``).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO


def read_attributes(stream: TextIO) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for raw in stream:
        line = raw.rstrip("\r\n")
        if not line:
            break
        key, sep, value = line.partition("=")
        if sep and key and not key.endswith("[]"):
            attributes[key] = value
    return attributes


def url_of(attributes: dict[str, str]) -> str | None:
    if attributes.get("url"):
        return attributes["url"]
    if not attributes.get("host"):
        return None
    path = attributes.get("path", "").lstrip("/")
    return f"{attributes.get('protocol', 'https')}://{attributes['host']}/{path}"


def git_username(provider_id: str) -> str | None:
    from tokenmgr import paths
    from tokenmgr.providers.config import load_catalog

    provider = load_catalog(paths.providers_file()).get(provider_id)
    return provider.git_username if provider else None


def answer(selector: str) -> tuple[str, float | None, str, str]:
    """(token, expires_at, provider id, account name) via the agent, else the keyring."""
    from tokenmgr.agent import fastpath
    from tokenmgr.agent.peercred import calling_program

    program, pid = calling_program(skip_shells=True)
    reply = fastpath.ask_agent(selector, via="git", program=program, pid=pid)
    if reply is not None:
        fastpath.checked(reply)
        name = reply["account"].partition(":")[2]
        return reply["token"], reply.get("expires_at"), reply["provider"], name
    from tokenmgr import interrupts
    from tokenmgr.cli import context

    interrupts.install()  # a refresh on the way is stored before SIGINT/SIGTERM act
    account = context.build_service().fresh_account(selector)
    context.record_read(account, via="git", program=program, pid=pid)
    return (account.tokens.access_token.reveal(), account.tokens.expires_at,
            account.provider_id, account.name)


def run(args: argparse.Namespace) -> int:
    attributes = read_attributes(sys.stdin)
    if args.operation != "get":
        return 0  # tokenmgr keeps its tokens; git's store/erase do not touch them
    from tokenmgr.rules import choose

    choice = choose(url=url_of(attributes), cwd=os.getcwd())
    if choice is None:
        return 0  # not ours: git asks its next helper
    token, expires_at, provider_id, name = answer(choice.account)
    username = choice.username or git_username(provider_id) or name
    if any(c in value for value in (username, token) for c in "\r\n\0"):
        from tokenmgr.errors import TokenResponseError

        raise TokenResponseError("The token or username holds a line break; git cannot take it.")
    lines = [f"username={username}", f"password={token}"]
    if expires_at is not None:
        lines.append(f"password_expiry_utc={int(expires_at)}")
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    return 0
