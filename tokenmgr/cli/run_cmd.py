"""``tokenmgr run [--account ACCOUNT[=ENVVAR]]... [--min-valid S] -- COMMAND [ARGS...]``.

Fresh tokens go into COMMAND's environment, then tokenmgr *becomes* COMMAND
(``execvpe``): its exit status and every signal are its own, with nothing in
between to forward or lose them. ``TOKENMGR_RUN`` marks the environment so a
nested ``tokenmgr run`` refuses (it would hide which tokens the inner command
sees).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

from tokenmgr.errors import TokenmgrError, UnsupportedError

MARKER = "TOKENMGR_RUN"
DEFAULT_VARIABLE = "TOKENMGR_TOKEN"
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class UsageError(TokenmgrError):
    exit_code = 2


def plan(accounts: list[str], chosen: str | None) -> list[tuple[str, str]]:
    """(selector, variable) pairs from the ``--account`` values."""
    if not accounts:
        if chosen is None:
            from tokenmgr.errors import AccountNotFoundError

            raise AccountNotFoundError(
                f"No --account given and no rule chooses one for {os.getcwd()} "
                "(see `tokenmgr which`).")
        return [(chosen, DEFAULT_VARIABLE)]
    pairs = []
    for value in accounts:
        selector, sep, variable = value.partition("=")
        if not sep:
            if len(accounts) > 1:
                raise UsageError(f"With several accounts, name each variable: "
                                 f"--account {selector}=VARIABLE.")
            variable = DEFAULT_VARIABLE
        if not selector or not _VARIABLE.match(variable):
            raise UsageError(f"--account {value!r}: expected ACCOUNT or ACCOUNT=VARIABLE.")
        pairs.append((selector, variable))
    variables = [v for _, v in pairs]
    if len(set(variables)) != len(variables):
        raise UsageError("Two accounts would set the same variable.")
    return pairs


def fetch(selector: str, min_valid: float, program: str) -> tuple[str, float | None, str]:
    """(token, expires_at, PROVIDER:NAME): from the agent, else from the keyring."""
    from tokenmgr.agent import fastpath

    reply = fastpath.ask_agent(selector, via="run", min_valid=min_valid, program=program,
                               pid=os.getpid())
    if reply is not None:
        fastpath.checked(reply)
        return reply["token"], reply.get("expires_at"), reply["account"]
    from tokenmgr import interrupts
    from tokenmgr.cli import context

    interrupts.install()  # a refresh on the way is stored before SIGINT/SIGTERM act
    account = context.build_service().fresh_account(selector, min_valid)
    context.record_read(account, via="run", program=program, pid=os.getpid())
    return (account.tokens.access_token.reveal(), account.tokens.expires_at,
            f"{account.provider_id}:{account.name}")


def run(args: argparse.Namespace) -> int:
    if os.environ.get(MARKER):
        raise UsageError(f"tokenmgr run does not nest: this already runs under tokenmgr run "
                         f"({MARKER} is set).")
    command = list(args.command)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise UsageError("Give the command to run after --.")
    chosen = None
    if not args.account:
        from tokenmgr.agent.fastpath import selector_for

        chosen = selector_for(None)
    program = os.path.basename(command[0])
    env = dict(os.environ)
    for selector, variable in plan(args.account, chosen):
        token, expires_at, name = fetch(selector, args.min_valid, program)
        if expires_at is not None and expires_at - time.time() < args.min_valid:
            raise UnsupportedError(
                f"The token of {name} stays valid for less than --min-valid "
                f"{args.min_valid:g} s and cannot be refreshed to last longer.")
        env[variable] = token
    env[MARKER] = "1"
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execvpe(command[0], command, env)  # noqa: S606 - the user's own command
    except FileNotFoundError:
        print(f"tokenmgr: command not found: {command[0]}", file=sys.stderr)
        return 127
    except PermissionError:
        print(f"tokenmgr: command cannot be run: {command[0]}", file=sys.stderr)
        return 126
    return 1  # not reached: exec replaced this process
