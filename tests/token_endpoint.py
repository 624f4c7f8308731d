"""A threaded OAuth token endpoint on 127.0.0.1 that records what it sees.

Every POST to ``/token`` with ``grant_type=refresh_token`` is answered with a
fresh access token and a rotated refresh token (``acc-N`` / ``ref-N``),
unless ``answers`` holds a canned ``(status, body)`` for the refresh token
sent. It records each request's start and end (``log``) and the peak number
of requests in flight at once (``peak``). ``gate(in_flight, refresh_token)``,
when set, is called before answering (on the server's thread) to hold a
request back; ``latency`` delays each answer (benchmarks only).
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs


@dataclass
class Seen:
    refresh_token: str
    start: float
    end: float = 0.0


class TokenEndpoint:
    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.gate: Callable[[int, str], None] | None = None
        self.answers: dict[str, tuple[int, dict[str, Any]]] = {}
        self.log: list[Seen] = []
        self.peak = 0
        self.in_flight = 0
        self.lock = threading.Condition()
        self._numbers = itertools.count(1)
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                status, body = endpoint._answer(form)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/token"

    def __enter__(self) -> TokenEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.gate = None
            self.lock.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def _answer(self, form: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        refresh_token = (form.get("refresh_token") or [""])[0]
        seen = Seen(refresh_token, time.monotonic())
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            self.log.append(seen)
            self.lock.notify_all()
        try:
            if self.gate is not None:
                self.gate(self.in_flight, refresh_token)
            if self.latency:
                time.sleep(self.latency)  # the simulated provider's own latency
            if refresh_token in self.answers:
                return self.answers[refresh_token]
            n = next(self._numbers)
            return 200, {"access_token": f"acc-{n}", "refresh_token": f"ref-{n}",
                         "token_type": "Bearer", "expires_in": 3600}
        finally:
            with self.lock:
                self.in_flight -= 1
                seen.end = time.monotonic()
                self.lock.notify_all()

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Block until ``condition()`` (checked under the endpoint's lock) holds."""
        with self.lock:
            return self.lock.wait_for(condition, timeout)
