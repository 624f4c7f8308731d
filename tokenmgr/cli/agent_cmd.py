"""``tokenmgr agent``: the headless agent, in the foreground, until SIGTERM or Ctrl-C.

SIGINT and SIGTERM go through ``tokenmgr.interrupts``: a refresh the agent is
in the middle of is stored before it stops (a rotated refresh token is never
lost). SIGHUP (the SSH session ended) stops it the same way.
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading

from tokenmgr import interrupts


def run(args: argparse.Namespace) -> int:
    from tokenmgr.agent.server import start_agent

    if not args.debug:  # say what is served (never a token) on stderr
        logging.getLogger("tokenmgr").setLevel(logging.INFO)
    stop = threading.Event()
    interrupts.install()
    signal.signal(signal.SIGHUP, lambda *_: stop.set())
    server = start_agent("headless")
    try:
        while not stop.wait(3600):
            pass
    except KeyboardInterrupt:  # interrupts.Interrupted: no refresh is in flight any more
        pass
    finally:
        server.stop()
    return 0
