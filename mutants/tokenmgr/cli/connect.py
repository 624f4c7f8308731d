"""``tokenmgr connect PROVIDER``: the same Connect flow as the window, in a terminal."""

from __future__ import annotations

import argparse
import sys

from tokenmgr.cli import context
from tokenmgr.cli.terminal import label, plain


def run(args: argparse.Namespace) -> int:
    from tokenmgr.oauth.browser import open_in_browser

    service = context.build_service()
    scopes = tuple(args.scopes.replace(",", " ").split()) if args.scopes else None

    def show_url(url: str) -> None:
        verb = "Visit" if args.no_browser else "Opening your browser; if it does not open, visit"
        print(f"{verb}:\n  {plain(url)}", file=sys.stderr, flush=True)

    def ask_code(prompt: str) -> str:
        """One line from stdin: typed at a terminal, or piped by a script."""
        print(plain(prompt), file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:
            from tokenmgr.errors import FlowCancelledError

            raise FlowCancelledError("No code on standard input; sign-in cancelled.")
        return line.strip()

    def show_user_code(code: str, uri: str) -> None:
        print(f"Your one-time code: {plain(code)}\nEnter it at {plain(uri)} (the page must "
              "show the same code).", file=sys.stderr, flush=True)

    job = service.begin_connect(
        args.provider,
        open_browser=(lambda url: None) if args.no_browser else open_in_browser,
        on_authorization_url=show_url, ask_code=ask_code, on_user_code=show_user_code,
        scopes=scopes, timeout=args.timeout, device=args.device,
    )
    try:
        account = job.run()
    except KeyboardInterrupt:
        job.cancel()
        raise
    print(f"Connected {label(account)}")
    return 0
