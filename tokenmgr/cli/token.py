"""``tokenmgr token`` and ``tokenmgr header``: the scripting fast path.

stdout carries the token and nothing else; on any failure stdout stays empty
and one line goes to stderr (SECURITY.md #31). The agent is asked first (see
``tokenmgr.agent.fastpath``); without one, a still-valid token costs one index
read and one entry read, and requests is imported only when a refresh is due.
Every read is written to the access log.
"""

from __future__ import annotations

import argparse
import os
import sys

from tokenmgr import interrupts
from tokenmgr.agent import fastpath
from tokenmgr.cli import context
from tokenmgr.errors import AccountNotFoundError
from tokenmgr.values.keys import Selector


def chosen_selector(account: str | None) -> str:
    selector = fastpath.selector_for(account)
    if selector is None:
        from tokenmgr.rules import rules_file

        raise AccountNotFoundError(
            f"No account given and no rule in {rules_file()} chooses one for {os.getcwd()} "
            "(give ACCOUNT, set TOKENMGR_ACCOUNT, or see `tokenmgr which`).")
    return selector


def run(args: argparse.Namespace) -> int:
    selector = chosen_selector(args.account)
    plain_header = args.verb == "header" and not args.url and not args.data
    if not fastpath.attempted and (args.verb == "token" or plain_header):
        reply = fastpath.ask_agent(selector, via="agent")
        if reply is not None:
            served = fastpath.emit(args.verb, reply)
            if served is not None:
                return served
    interrupts.install()  # a refresh on the way is stored before SIGINT/SIGTERM act
    service = context.build_service()
    body = [(k, v) for k, _, v in (item.partition("=") for item in args.data)] or None \
        if args.verb == "header" else None
    if args.verb == "header" and args.consumer_only:  # two-legged: no account, no log entry
        from tokenmgr.errors import UnsupportedError
        from tokenmgr.signing import AccountSigner

        if not args.url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --url.")
        signed = AccountSigner(service, selector, consumer_only=True).header(
            args.method, args.url, body)
        sys.stdout.write(signed.reveal() + "\n")
        sys.stdout.flush()
        return 0
    account = service.fresh_account(selector)
    if args.verb == "header" and account.tokens.token_type == "OAuth1":
        value = service.authorization_header(Selector(selector), args.method, args.url,
                                             body).reveal()
    elif args.verb == "header":
        value = f"Bearer {account.tokens.access_token.reveal()}"
    else:
        value = account.tokens.access_token.reveal()
    context.record_read(account, via="cli")
    sys.stdout.write(value + "\n")
    sys.stdout.flush()
    return 0
