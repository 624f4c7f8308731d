"""The loopback redirect catcher (RFC 8252 §7.3), hardened per SECURITY.md items 1 to 9.

One ``LoopbackRedirectServer`` serves one sign-in: it binds ``127.0.0.1``
(never all interfaces, no ``SO_REUSEADDR``), answers only ``GET`` on its
callback path with the exact ``Host``, and completes only on a redirect that
carries this flow's ``state``. Everything else gets a 4xx and the flow keeps
waiting, so a stray request or an attacker's page cannot end a sign-in.
Each connection gets its own thread and a read timeout, so an idle socket
cannot delay the real redirect. After the valid redirect, reloads see a
"finished" page for a few seconds, then the port is released.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import logging
import socket
import struct
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from tokenmgr.errors import (
    BadRequestError,
    BadStateError,
    CsrfError,
    FlowCancelledError,
    FlowError,
    FlowTimeoutError,
    IssuerMismatchError,
    NotApprovedError,
    PortInUseError,
    ProviderError,
)
from tokenmgr.oauth.pages import render_page
from tokenmgr.oauth.redirect import AuthorizationResponse, parse_query, validate_redirect
from tokenmgr.secret import Secret

log = logging.getLogger(__name__)

LOOPBACK_HOST = "127.0.0.1"
MAX_REQUEST_LINE = 8192
MAX_HEADER_BYTES = 16384
CLIENT_CLOSE_WAIT = 2.0  # seconds to let the browser close a connection first


def _reset_on_close(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


class _Server(ThreadingHTTPServer):
    allow_reuse_address = False  # HTTPServer sets SO_REUSEADDR by default
    daemon_threads = True
    request_queue_size = 16
    catcher: LoopbackRedirectServer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = False

    def process_request(self, request: Any, client_address: Any) -> None:
        # Runs on the serve_forever thread only, which has stopped before
        # end_connections() runs: no connection is accepted while aborting.
        with self.connections_changed:
            self.connections[request] = False
        super().process_request(request, client_address)

    def mark_answered(self, request: Any) -> None:
        with self.connections_changed:
            if request in self.connections:
                self.connections[request] = True
            self.connections_changed.notify_all()

    def shutdown_request(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() + CLIENT_CLOSE_WAIT
        with contextlib.suppress(OSError):
            while not self.aborting:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                request.settimeout(left)
                if not request.recv(4096):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            del self.connections[request]
            self.connections_changed.notify_all()

    def end_connections(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(self.connections.values()):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.connections_changed.wait(left)
            self.aborting = True
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    raw_requestline: bytes
    timeout = 5.0  # per-connection socket timeout (slow or idle clients)
    protocol_version = "HTTP/1.0"
    # What send_error/send_response read before (or without) a parsed request line. The
    # default "HTTP/0.9" would make every answer a bare body, without status or headers.
    default_request_version = request_version = "HTTP/1.0"
    command = requestline = ""
    server_version = "tokenmgr"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if len(args) > 1 else "")

    def parse_request(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def _answer(self) -> None:
        self.server.catcher._handle(self)

    # Every method reaches the catcher, which answers all but GET with 405.
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _answer

    def send_page(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)


class LoopbackRedirectServer:
    """Catch one authorization redirect on ``http://127.0.0.1:PORT/PATH``."""

    def __init__(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
        uri_host: str = LOOPBACK_HOST,
    ) -> None:
        """``uri_host``: the name put in the redirect URI ("localhost" for providers that
        match only that name); the catcher still binds 127.0.0.1 alone."""
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._uri_host = uri_host
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False
        self._close_done = threading.Event()  # the port is free
        self._linger_timer: threading.Timer | None = None

    # --- lifecycle -----------------------------------------------------------

    def start(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    def expect(self, expected_state: Secret) -> None:
        """Set the value the redirect must carry once it is known (OAuth 1: the
        request token exists only after the callback URL, with its port, was sent)."""
        with self._lock:
            self._state = expected_state

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("start() first")
        return self._server.server_address[1]

    @property
    def redirect_uri(self) -> str:
        return f"http://{self._uri_host}:{self.port}{self.path}"

    def wait(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("No answer from the browser in time."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def cancel(self) -> None:
        self._finish(error=FlowCancelledError("Sign-in cancelled."))

    def accept(self, *, result: AuthorizationResponse | None = None,
               error: FlowError | None = None) -> bool:
        """Finish with an answer validated elsewhere (a pasted landing address) as if
        it had arrived here; False when a redirect or an end came first."""
        return self._finish(result=result, error=error)

    def close(self) -> None:
        """Stop listening and end every connection; returns once the port is free,
        also when another thread's close (the catcher's own, after a timeout or a
        cancel) is still under way: a fixed port is then free for the next sign-in."""
        with self._lock:
            closing = self._closed
            self._closed = True
            timer = self._linger_timer
        if closing:
            self._close_done.wait(CLIENT_CLOSE_WAIT + 5.0)
            return
        if timer is not None:
            timer.cancel()  # no thread left behind to call close() again later
        try:
            server = self._server
            if server is not None:
                atexit.unregister(self.close)
                server.shutdown()
                server.server_close()
                server.end_connections(CLIENT_CLOSE_WAIT)
        finally:
            self._close_done.set()

    def __enter__(self) -> LoopbackRedirectServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _finish(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            with self._lock:
                self._linger_timer = timer
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    # --- request handling (runs on the server's connection threads) -----------

    def _handle(self, handler: _Handler) -> None:
        hosts = handler.headers.get_all("Host") or []
        # The name the redirect URI carries ("localhost" for the providers that match
        # only that name): a browser sends it, and nothing else may reach the catcher.
        if hosts != [f"{self._uri_host}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if handler.command != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = self._validate(params, expected, expected_issuer=self._issuer)
        except (BadRequestError, IssuerMismatchError, BadStateError) as exc:
            handler.send_page(400, render_page("Bad request", str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    def _deliver(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = not self._claimed and not self._done.is_set()
            self._claimed = True
        if not won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def _refusal_page(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, str(exc))


def _FINISHED_PAGE() -> bytes:
    return render_page("Sign-in finished", "This sign-in has already finished.")


def port_is_free(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return True
