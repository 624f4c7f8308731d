"""The agent inside the window: started on a background thread, stopped on quit.

Starting touches the keyring and the file system, so it runs off the UI thread;
if another agent already serves (``tokenmgr agent``, another window), the
window simply does not serve and says so in the log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from tokenmgr.agent.server import AgentError, AgentServer

log = logging.getLogger(__name__)


class EmbeddedAgent:
    def __init__(self, starter: Callable[[], AgentServer]) -> None:
        self._starter = starter
        self._server: AgentServer | None = None
        self._stopped = False
        self._lock = threading.Lock()
        self.error: str | None = None
        self.thread = threading.Thread(target=self._start, name="tokenmgr-agent-start",
                                       daemon=True)

    def _start(self) -> None:
        try:
            server = self._starter()
        except AgentError as exc:
            self.error = str(exc)
            log.warning("the window does not serve tokens: %s", exc)
            return
        except Exception as exc:  # never take the window down
            self.error = str(exc)
            log.exception("the agent could not start")
            return
        with self._lock:
            if not self._stopped:
                self._server = server
                return
        server.stop()  # quit came first

    @property
    def server(self) -> AgentServer | None:
        return self._server

    def stop(self, *_: Any) -> None:
        with self._lock:
            self._stopped = True
            server, self._server = self._server, None
        if server is not None:
            server.stop()


def start_in_background(starter: Callable[[], AgentServer] | None = None) -> EmbeddedAgent:
    if starter is None:
        from tokenmgr.agent.server import start_agent

        def starter() -> AgentServer:
            return start_agent("window")

    agent = EmbeddedAgent(starter)
    agent.thread.start()
    return agent
