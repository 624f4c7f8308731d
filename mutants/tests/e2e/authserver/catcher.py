"""A tiny loopback HTTP server that plays an OAuth client's redirect target, for tests that
drive the authorization server without the app."""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def pkce_pair() -> tuple[str, str]:
    """A fresh PKCE ``(code_verifier, S256 code_challenge)``."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


class CallbackCatcher:
    """``http://127.0.0.1:<port>/callback`` answering ``ok`` and recording each query.

    ``with CallbackCatcher() as c: ...``; ``c.redirect_uri``, ``c.wait(timeout)`` returns the
    first query as ``{name: value}``; ``c.queries`` holds all of them.
    """

    def __init__(self, path: str = "/callback") -> None:
        self.path = path
        self.queries: list[dict[str, str]] = []
        self._got = threading.Event()
        catcher = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                if parts.path != catcher.path:
                    self.send_error(404)
                    return
                body = b"<html><body><p>ok</p></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                catcher.queries.append({k: v[0] for k, v in parse_qs(parts.query).items()})
                catcher._got.set()

            def log_message(self, format, *args):  # quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.redirect_uri = f"http://127.0.0.1:{self.port}{path}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def wait(self, timeout: float = 10.0) -> dict[str, str]:
        if not self._got.wait(timeout):
            raise TimeoutError(f"no request on {self.redirect_uri} within {timeout}s")
        return self.queries[0]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> CallbackCatcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
