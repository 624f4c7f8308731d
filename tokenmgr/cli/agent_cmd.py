"""``tokenmgr agent``: the headless agent, in the foreground, until SIGTERM or Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import signal
import threading


def run(args: argparse.Namespace) -> int:
    from tokenmgr.agent.server import start_agent

    if not args.debug:  # say what is served (never a token) on stderr
        logging.getLogger("tokenmgr").setLevel(logging.INFO)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: stop.set())
    server = start_agent("headless")
    try:
        while not stop.wait(3600):
            pass
    finally:
        server.stop()
    return 0
