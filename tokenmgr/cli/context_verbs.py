"""Parsers of the issue-18 verbs (agent, run, git-credential, which, log), and
``tokenmgr which`` and ``tokenmgr log`` themselves."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

GIT_HELP = """\
git credential helper. Set it up with:
  git config --global credential.helper '!tokenmgr git-credential'
(add `git config --global credential.useHttpPath true` for rules with a path).
get: answers username, password (a fresh access token) and password_expiry_utc for the
account the rules choose (host and path, then the repository's remotes and directory).
store and erase do nothing: tokenmgr keeps and refreshes tokens itself, so git's copy is
never stored, and a token git rejected is not erased (re-connect in tokenmgr instead)."""


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("agent", help="serve tokens to scripts over a Unix socket (foreground)",
                       description="Serve tokens on $XDG_RUNTIME_DIR/tokenmgr/agent.sock until "
                       "SIGTERM or Ctrl-C; the window runs one while it is open. Logs go to "
                       "stderr.")
    p = sub.add_parser("run", help="run a command with fresh tokens in its environment",
                       description="Run COMMAND with fresh tokens in its environment; its "
                       "exit status and signals are its own (tokenmgr execs it).")
    p.add_argument("--account", action="append", default=[], metavar="ACCOUNT[=ENVVAR]",
                   help="repeatable; default variable TOKENMGR_TOKEN for a single account; "
                        "without --account the rules choose for the current directory")
    p.add_argument("--min-valid", type=float, default=60.0, metavar="SECONDS",
                   help="each token stays valid at least this long at start (default 60)")
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...]")
    p = sub.add_parser("git-credential", help="git credential helper (get; store/erase do "
                       "nothing)", description=GIT_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("operation", choices=("get", "store", "erase"),
                   help="what git asks: get prints a credential; store and erase do nothing")
    p = sub.add_parser("which", help="the account the rules choose here, and why")
    p.add_argument("--url", help="choose for this URL (host and path rules)")
    p.add_argument("--cwd", help="choose for this directory (default: the current one)")
    p = sub.add_parser("log", help="who read which token, when (last 50 reads per account)")
    p.add_argument("account", nargs="?", help="only this account (PROVIDER or PROVIDER:NAME)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace) -> int:
    return run_which(args) if args.verb == "which" else run_log(args)


def run_which(args: argparse.Namespace) -> int:
    from tokenmgr.errors import AccountNotFoundError
    from tokenmgr.rules import choose, rules_file

    cwd = args.cwd or os.getcwd()
    choice = choose(url=args.url, cwd=cwd)
    if choice is None:
        where = f"{args.url} or {cwd}" if args.url else cwd
        raise AccountNotFoundError(f"No rule in {rules_file()} chooses an account for {where}.")
    print(choice.account)
    print(f"chosen by {choice.reason}")
    return 0


def run_log(args: argparse.Namespace) -> int:
    from tokenmgr.access_log import default_log
    from tokenmgr.cli.context import iso_utc

    log = default_log()
    keys: list[str]
    if args.account:
        from tokenmgr.cli import context

        keys = [context.build_service().resolve(args.account).key]
    else:
        keys = log.account_keys()
    reads = sorted(((read, key) for key in keys for read in log.reads(key)),
                   key=lambda pair: pair[0].at)
    if args.json:
        print(json.dumps({"version": 1, "reads": [
            {"key": key, "account": r.account, "at": iso_utc(r.at), "program": r.program,
             "pid": r.pid, "via": r.via} for r, key in reads]}, indent=2))
        return 0
    if not reads:
        print("No token reads recorded yet.", file=sys.stderr)
    import time

    for read, _ in reads:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(read.at))
        print(f"{when}  {read.account:<28} {read.describe()}")
    return 0
