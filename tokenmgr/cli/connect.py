"""``tokenmgr connect PROVIDER``: the same Connect flow as the window, in a terminal."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tokenmgr.cli import context
from tokenmgr.cli.terminal import label, plain

if TYPE_CHECKING:
    from tokenmgr.accounts import ConnectJob


def run(args: argparse.Namespace) -> int:
    from tokenmgr.cli.recovery import Recovery
    from tokenmgr.errors import FlowCancelledError
    from tokenmgr.oauth.browser import open_in_browser

    service = context.build_service()
    provider_id, scopes = service.plan_scopes(args.provider, args.scopes,
                                              replace_scopes=args.replace_scopes)
    provider = service.provider(provider_id)
    recovery = Recovery(sys.stdin, sys.stderr, device_available=bool(
        provider.protocol == "oauth2" and provider.device_authorization_url))
    device_mode = args.device or provider.redirect_mode == "device"

    def show_url(url: str) -> None:
        if args.no_browser and not device_mode:
            recovery.offer(url)
            return
        verb = "Visit" if args.no_browser else "Opening your browser; if it does not open, visit"
        print(f"{verb}:\n  {plain(url)}", file=sys.stderr, flush=True)
        if device_mode and sys.stderr.isatty():
            from tokenmgr.qr import qr_text

            print(f"Or scan this with a phone:\n{qr_text(url)}", file=sys.stderr, flush=True)

    def open_browser(url: str) -> None:
        if not args.no_browser:
            open_in_browser(url, on_failure=lambda: recovery.offer(url))

    def ask_code(prompt: str) -> str:
        """One line from stdin: typed at a terminal, or piped by a script."""
        print(plain(prompt), file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:
            raise FlowCancelledError("No code on standard input; sign-in cancelled.")
        return line.strip()

    def show_user_code(code: str, uri: str) -> None:
        print(f"Your one-time code: {plain(code)}\nEnter it at {plain(uri)} (the page must "
              "show the same code).", file=sys.stderr, flush=True)

    def start(device: bool) -> ConnectJob:
        job = service.begin_connect(
            provider_id, open_browser=open_browser, on_authorization_url=show_url,
            ask_code=ask_code, on_user_code=show_user_code, scopes=scopes,
            timeout=args.timeout, device=device)
        job.replace_scopes = args.replace_scopes
        return job

    job = start(args.device)
    recovery.attach(job.flow)
    try:
        try:
            account = job.run()
        except FlowCancelledError:
            if not recovery.switch_to_device:
                raise
            print("Switching to a one-time code (device grant)…", file=sys.stderr, flush=True)
            device_mode = True
            job = start(True)
            account = job.run()
    except KeyboardInterrupt:
        job.cancel()
        raise
    print(f"Connected {label(account)}")
    if job.change is not None:
        for line in job.change.lines():
            print(plain(line))
    return 0
