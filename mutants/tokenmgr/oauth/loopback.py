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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__reset_on_close__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__reset_on_close__mutmut)
def _reset_on_close(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def x__reset_on_close__mutmut_orig(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def x__reset_on_close__mutmut_1(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(None):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def x__reset_on_close__mutmut_2(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(None, socket.SO_LINGER, struct.pack("ii", 1, 0))


def x__reset_on_close__mutmut_3(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, None, struct.pack("ii", 1, 0))


def x__reset_on_close__mutmut_4(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, None)


def x__reset_on_close__mutmut_5(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SO_LINGER, struct.pack("ii", 1, 0))


def x__reset_on_close__mutmut_6(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, struct.pack("ii", 1, 0))


def x__reset_on_close__mutmut_7(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, )


def x__reset_on_close__mutmut_8(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack(None, 1, 0))


def x__reset_on_close__mutmut_9(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", None, 0))


def x__reset_on_close__mutmut_10(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, None))


def x__reset_on_close__mutmut_11(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack(1, 0))


def x__reset_on_close__mutmut_12(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 0))


def x__reset_on_close__mutmut_13(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, ))


def x__reset_on_close__mutmut_14(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("XXiiXX", 1, 0))


def x__reset_on_close__mutmut_15(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("II", 1, 0))


def x__reset_on_close__mutmut_16(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 2, 0))


def x__reset_on_close__mutmut_17(request: socket.socket) -> None:
    """SO_LINGER 0: closing sends RST, so 127.0.0.1:PORT never sits in TIME_WAIT."""
    with contextlib.suppress(OSError):
        request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 1))

mutants_x__reset_on_close__mutmut['_mutmut_orig'] = x__reset_on_close__mutmut_orig # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_1'] = x__reset_on_close__mutmut_1 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_2'] = x__reset_on_close__mutmut_2 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_3'] = x__reset_on_close__mutmut_3 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_4'] = x__reset_on_close__mutmut_4 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_5'] = x__reset_on_close__mutmut_5 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_6'] = x__reset_on_close__mutmut_6 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_7'] = x__reset_on_close__mutmut_7 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_8'] = x__reset_on_close__mutmut_8 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_9'] = x__reset_on_close__mutmut_9 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_10'] = x__reset_on_close__mutmut_10 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_11'] = x__reset_on_close__mutmut_11 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_12'] = x__reset_on_close__mutmut_12 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_13'] = x__reset_on_close__mutmut_13 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_14'] = x__reset_on_close__mutmut_14 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_15'] = x__reset_on_close__mutmut_15 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_16'] = x__reset_on_close__mutmut_16 # type: ignore # mutmut generated
mutants_x__reset_on_close__mutmut['x__reset_on_close__mutmut_17'] = x__reset_on_close__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Serverǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Serverǁprocess_request__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Serverǁmark_answered__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Serverǁshutdown_request__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Serverǁend_connections__mutmut: MutantDict = {}  # type: ignore


class _Server(ThreadingHTTPServer):
    allow_reuse_address = False  # HTTPServer sets SO_REUSEADDR by default
    daemon_threads = True
    request_queue_size = 16
    catcher: LoopbackRedirectServer

    @_mutmut_mutated(mutants_xǁ_Serverǁ__init____mutmut)
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = False

    def xǁ_Serverǁ__init____mutmut_orig(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = False

    def xǁ_Serverǁ__init____mutmut_1(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = False

    def xǁ_Serverǁ__init____mutmut_2(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, )
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = False

    def xǁ_Serverǁ__init____mutmut_3(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = None  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = False

    def xǁ_Serverǁ__init____mutmut_4(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = None
        self.aborting = False

    def xǁ_Serverǁ__init____mutmut_5(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = None

    def xǁ_Serverǁ__init____mutmut_6(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every accepted connection until it is closed: an open one (an idle browser
        # preconnect, a client trickling bytes) keeps the port taken after the flow,
        # so close() ends them all (SECURITY.md #7).
        self.connections: dict[socket.socket, bool] = {}  # -> answered
        self.connections_changed = threading.Condition()
        self.aborting = True

    @_mutmut_mutated(mutants_xǁ_Serverǁprocess_request__mutmut)
    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = False
        super().process_request(request, client_address)

    def xǁ_Serverǁprocess_request__mutmut_orig(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = False
        super().process_request(request, client_address)

    def xǁ_Serverǁprocess_request__mutmut_1(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(None)
                self.close_request(request)
                return
            self.connections[request] = False
        super().process_request(request, client_address)

    def xǁ_Serverǁprocess_request__mutmut_2(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(None)
                return
            self.connections[request] = False
        super().process_request(request, client_address)

    def xǁ_Serverǁprocess_request__mutmut_3(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = None
        super().process_request(request, client_address)

    def xǁ_Serverǁprocess_request__mutmut_4(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = True
        super().process_request(request, client_address)

    def xǁ_Serverǁprocess_request__mutmut_5(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = False
        super().process_request(None, client_address)

    def xǁ_Serverǁprocess_request__mutmut_6(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = False
        super().process_request(request, None)

    def xǁ_Serverǁprocess_request__mutmut_7(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = False
        super().process_request(client_address)

    def xǁ_Serverǁprocess_request__mutmut_8(self, request: Any, client_address: Any) -> None:
        with self.connections_changed:
            if self.aborting:
                _reset_on_close(request)
                self.close_request(request)
                return
            self.connections[request] = False
        super().process_request(request, )

    @_mutmut_mutated(mutants_xǁ_Serverǁmark_answered__mutmut)
    def mark_answered(self, request: Any) -> None:
        with self.connections_changed:
            if request in self.connections:
                self.connections[request] = True
            self.connections_changed.notify_all()

    def xǁ_Serverǁmark_answered__mutmut_orig(self, request: Any) -> None:
        with self.connections_changed:
            if request in self.connections:
                self.connections[request] = True
            self.connections_changed.notify_all()

    def xǁ_Serverǁmark_answered__mutmut_1(self, request: Any) -> None:
        with self.connections_changed:
            if request not in self.connections:
                self.connections[request] = True
            self.connections_changed.notify_all()

    def xǁ_Serverǁmark_answered__mutmut_2(self, request: Any) -> None:
        with self.connections_changed:
            if request in self.connections:
                self.connections[request] = None
            self.connections_changed.notify_all()

    def xǁ_Serverǁmark_answered__mutmut_3(self, request: Any) -> None:
        with self.connections_changed:
            if request in self.connections:
                self.connections[request] = False
            self.connections_changed.notify_all()

    @_mutmut_mutated(mutants_xǁ_Serverǁshutdown_request__mutmut)
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_orig(self, request: socket.socket) -> None:  # type: ignore[override]
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_1(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = None
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_2(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = True
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_3(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = None
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_4(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() - CLIENT_CLOSE_WAIT
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_5(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() + CLIENT_CLOSE_WAIT
        with contextlib.suppress(None):
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_6(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() + CLIENT_CLOSE_WAIT
        with contextlib.suppress(OSError):
            while self.aborting:
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_7(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() + CLIENT_CLOSE_WAIT
        with contextlib.suppress(OSError):
            while not self.aborting:
                left = None
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_8(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() + CLIENT_CLOSE_WAIT
        with contextlib.suppress(OSError):
            while not self.aborting:
                left = deadline + time.monotonic()
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
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_9(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() + CLIENT_CLOSE_WAIT
        with contextlib.suppress(OSError):
            while not self.aborting:
                left = deadline - time.monotonic()
                if left < 0:
                    break
                request.settimeout(left)
                if not request.recv(4096):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_10(self, request: socket.socket) -> None:  # type: ignore[override]
        # Closing first leaves 127.0.0.1:PORT in TIME_WAIT for a minute, and without
        # SO_REUSEADDR no later flow could bind that port (SECURITY.md #7). So let the client
        # close first (within CLIENT_CLOSE_WAIT in all, however it trickles bytes); if
        # it does not, or the catcher is closing, reset the connection (no TIME_WAIT).
        closed_by_client = False
        deadline = time.monotonic() + CLIENT_CLOSE_WAIT
        with contextlib.suppress(OSError):
            while not self.aborting:
                left = deadline - time.monotonic()
                if left <= 1:
                    break
                request.settimeout(left)
                if not request.recv(4096):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_11(self, request: socket.socket) -> None:  # type: ignore[override]
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
                    return
                request.settimeout(left)
                if not request.recv(4096):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_12(self, request: socket.socket) -> None:  # type: ignore[override]
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
                request.settimeout(None)
                if not request.recv(4096):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_13(self, request: socket.socket) -> None:  # type: ignore[override]
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
                if request.recv(4096):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_14(self, request: socket.socket) -> None:  # type: ignore[override]
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
                if not request.recv(None):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_15(self, request: socket.socket) -> None:  # type: ignore[override]
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
                if not request.recv(4097):
                    closed_by_client = True
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_16(self, request: socket.socket) -> None:  # type: ignore[override]
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
                    closed_by_client = None
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_17(self, request: socket.socket) -> None:  # type: ignore[override]
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
                    closed_by_client = False
                    break
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_18(self, request: socket.socket) -> None:  # type: ignore[override]
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
                    return
        if not closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_19(self, request: socket.socket) -> None:  # type: ignore[override]
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
        if not closed_by_client and self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_20(self, request: socket.socket) -> None:  # type: ignore[override]
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
        if closed_by_client or self.aborting:
            _reset_on_close(request)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_21(self, request: socket.socket) -> None:  # type: ignore[override]
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
            _reset_on_close(None)
        self.close_request(request)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_22(self, request: socket.socket) -> None:  # type: ignore[override]
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
        self.close_request(None)
        with self.connections_changed:
            self.connections.pop(request, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_23(self, request: socket.socket) -> None:  # type: ignore[override]
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
            self.connections.pop(None, None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_24(self, request: socket.socket) -> None:  # type: ignore[override]
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
            self.connections.pop(None)
            self.connections_changed.notify_all()

    def xǁ_Serverǁshutdown_request__mutmut_25(self, request: socket.socket) -> None:  # type: ignore[override]
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
            self.connections.pop(request, )
            self.connections_changed.notify_all()

    @_mutmut_mutated(mutants_xǁ_Serverǁend_connections__mutmut)
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

    def xǁ_Serverǁend_connections__mutmut_orig(self, grace: float) -> None:
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

    def xǁ_Serverǁend_connections__mutmut_1(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = None
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

    def xǁ_Serverǁend_connections__mutmut_2(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() - grace
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

    def xǁ_Serverǁend_connections__mutmut_3(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(None):
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

    def xǁ_Serverǁend_connections__mutmut_4(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(self.connections.values()):
                left = None
                if left <= 0:
                    break
                self.connections_changed.wait(left)
            self.aborting = True
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_5(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(self.connections.values()):
                left = deadline + time.monotonic()
                if left <= 0:
                    break
                self.connections_changed.wait(left)
            self.aborting = True
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_6(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(self.connections.values()):
                left = deadline - time.monotonic()
                if left < 0:
                    break
                self.connections_changed.wait(left)
            self.aborting = True
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_7(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(self.connections.values()):
                left = deadline - time.monotonic()
                if left <= 1:
                    break
                self.connections_changed.wait(left)
            self.aborting = True
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_8(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(self.connections.values()):
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self.connections_changed.wait(left)
            self.aborting = True
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_9(self, grace: float) -> None:
        """After the listening socket is closed: give connections already answered up
        to ``grace`` seconds for the client to read the page and close, then reset
        every one still open and wait until their threads have closed them."""
        deadline = time.monotonic() + grace
        with self.connections_changed:
            while any(self.connections.values()):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.connections_changed.wait(None)
            self.aborting = True
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_10(self, grace: float) -> None:
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
            self.aborting = None
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_11(self, grace: float) -> None:
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
            self.aborting = False
            for request in self.connections:
                _reset_on_close(request)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_12(self, grace: float) -> None:
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
                _reset_on_close(None)
                with contextlib.suppress(OSError):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_13(self, grace: float) -> None:
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
                with contextlib.suppress(None):
                    request.shutdown(socket.SHUT_RD)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_14(self, grace: float) -> None:
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
                    request.shutdown(None)  # wakes a handler blocked reading
            self.connections_changed.wait_for(lambda: not self.connections, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_15(self, grace: float) -> None:
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
            self.connections_changed.wait_for(None, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_16(self, grace: float) -> None:
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
            self.connections_changed.wait_for(lambda: not self.connections, timeout=None)

    def xǁ_Serverǁend_connections__mutmut_17(self, grace: float) -> None:
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
            self.connections_changed.wait_for(timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_18(self, grace: float) -> None:
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
            self.connections_changed.wait_for(lambda: not self.connections, )

    def xǁ_Serverǁend_connections__mutmut_19(self, grace: float) -> None:
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
            self.connections_changed.wait_for(lambda: None, timeout=grace)

    def xǁ_Serverǁend_connections__mutmut_20(self, grace: float) -> None:
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
            self.connections_changed.wait_for(lambda: self.connections, timeout=grace)

mutants_xǁ_Serverǁ__init____mutmut['_mutmut_orig'] = _Server.xǁ_Serverǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Serverǁ__init____mutmut['xǁ_Serverǁ__init____mutmut_1'] = _Server.xǁ_Serverǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Serverǁ__init____mutmut['xǁ_Serverǁ__init____mutmut_2'] = _Server.xǁ_Serverǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Serverǁ__init____mutmut['xǁ_Serverǁ__init____mutmut_3'] = _Server.xǁ_Serverǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Serverǁ__init____mutmut['xǁ_Serverǁ__init____mutmut_4'] = _Server.xǁ_Serverǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Serverǁ__init____mutmut['xǁ_Serverǁ__init____mutmut_5'] = _Server.xǁ_Serverǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Serverǁ__init____mutmut['xǁ_Serverǁ__init____mutmut_6'] = _Server.xǁ_Serverǁ__init____mutmut_6 # type: ignore # mutmut generated

mutants_xǁ_Serverǁprocess_request__mutmut['_mutmut_orig'] = _Server.xǁ_Serverǁprocess_request__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_1'] = _Server.xǁ_Serverǁprocess_request__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_2'] = _Server.xǁ_Serverǁprocess_request__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_3'] = _Server.xǁ_Serverǁprocess_request__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_4'] = _Server.xǁ_Serverǁprocess_request__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_5'] = _Server.xǁ_Serverǁprocess_request__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_6'] = _Server.xǁ_Serverǁprocess_request__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_7'] = _Server.xǁ_Serverǁprocess_request__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Serverǁprocess_request__mutmut['xǁ_Serverǁprocess_request__mutmut_8'] = _Server.xǁ_Serverǁprocess_request__mutmut_8 # type: ignore # mutmut generated

mutants_xǁ_Serverǁmark_answered__mutmut['_mutmut_orig'] = _Server.xǁ_Serverǁmark_answered__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Serverǁmark_answered__mutmut['xǁ_Serverǁmark_answered__mutmut_1'] = _Server.xǁ_Serverǁmark_answered__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Serverǁmark_answered__mutmut['xǁ_Serverǁmark_answered__mutmut_2'] = _Server.xǁ_Serverǁmark_answered__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Serverǁmark_answered__mutmut['xǁ_Serverǁmark_answered__mutmut_3'] = _Server.xǁ_Serverǁmark_answered__mutmut_3 # type: ignore # mutmut generated

mutants_xǁ_Serverǁshutdown_request__mutmut['_mutmut_orig'] = _Server.xǁ_Serverǁshutdown_request__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_1'] = _Server.xǁ_Serverǁshutdown_request__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_2'] = _Server.xǁ_Serverǁshutdown_request__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_3'] = _Server.xǁ_Serverǁshutdown_request__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_4'] = _Server.xǁ_Serverǁshutdown_request__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_5'] = _Server.xǁ_Serverǁshutdown_request__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_6'] = _Server.xǁ_Serverǁshutdown_request__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_7'] = _Server.xǁ_Serverǁshutdown_request__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_8'] = _Server.xǁ_Serverǁshutdown_request__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_9'] = _Server.xǁ_Serverǁshutdown_request__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_10'] = _Server.xǁ_Serverǁshutdown_request__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_11'] = _Server.xǁ_Serverǁshutdown_request__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_12'] = _Server.xǁ_Serverǁshutdown_request__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_13'] = _Server.xǁ_Serverǁshutdown_request__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_14'] = _Server.xǁ_Serverǁshutdown_request__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_15'] = _Server.xǁ_Serverǁshutdown_request__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_16'] = _Server.xǁ_Serverǁshutdown_request__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_17'] = _Server.xǁ_Serverǁshutdown_request__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_18'] = _Server.xǁ_Serverǁshutdown_request__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_19'] = _Server.xǁ_Serverǁshutdown_request__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_20'] = _Server.xǁ_Serverǁshutdown_request__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_21'] = _Server.xǁ_Serverǁshutdown_request__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_22'] = _Server.xǁ_Serverǁshutdown_request__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_23'] = _Server.xǁ_Serverǁshutdown_request__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_24'] = _Server.xǁ_Serverǁshutdown_request__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Serverǁshutdown_request__mutmut['xǁ_Serverǁshutdown_request__mutmut_25'] = _Server.xǁ_Serverǁshutdown_request__mutmut_25 # type: ignore # mutmut generated

mutants_xǁ_Serverǁend_connections__mutmut['_mutmut_orig'] = _Server.xǁ_Serverǁend_connections__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_1'] = _Server.xǁ_Serverǁend_connections__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_2'] = _Server.xǁ_Serverǁend_connections__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_3'] = _Server.xǁ_Serverǁend_connections__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_4'] = _Server.xǁ_Serverǁend_connections__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_5'] = _Server.xǁ_Serverǁend_connections__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_6'] = _Server.xǁ_Serverǁend_connections__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_7'] = _Server.xǁ_Serverǁend_connections__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_8'] = _Server.xǁ_Serverǁend_connections__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_9'] = _Server.xǁ_Serverǁend_connections__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_10'] = _Server.xǁ_Serverǁend_connections__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_11'] = _Server.xǁ_Serverǁend_connections__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_12'] = _Server.xǁ_Serverǁend_connections__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_13'] = _Server.xǁ_Serverǁend_connections__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_14'] = _Server.xǁ_Serverǁend_connections__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_15'] = _Server.xǁ_Serverǁend_connections__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_16'] = _Server.xǁ_Serverǁend_connections__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_17'] = _Server.xǁ_Serverǁend_connections__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_18'] = _Server.xǁ_Serverǁend_connections__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_19'] = _Server.xǁ_Serverǁend_connections__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Serverǁend_connections__mutmut['xǁ_Serverǁend_connections__mutmut_20'] = _Server.xǁ_Serverǁend_connections__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Handlerǁparse_request__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Handlerǁsend_error__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Handlerǁdo_GET__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Handlerǁ_refuse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Handlerǁsend_page__mutmut: MutantDict = {}  # type: ignore


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    raw_requestline: bytes
    timeout = 5.0  # per-connection socket timeout (slow or idle clients)
    protocol_version = "HTTP/1.0"
    server_version = "tokenmgr"
    sys_version = ""

    @_mutmut_mutated(mutants_xǁ_Handlerǁlog_message__mutmut)
    def log_message(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if len(args) > 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_orig(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if len(args) > 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_1(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug(None, args[1] if len(args) > 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_2(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", None)

    def xǁ_Handlerǁlog_message__mutmut_3(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug(args[1] if len(args) > 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_4(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", )

    def xǁ_Handlerǁlog_message__mutmut_5(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("XXloopback request answered (%s)XX", args[1] if len(args) > 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_6(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("LOOPBACK REQUEST ANSWERED (%S)", args[1] if len(args) > 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_7(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if (len(args) > 1) and False else "")

    def xǁ_Handlerǁlog_message__mutmut_8(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if (len(args) > 1) or True else "")

    def xǁ_Handlerǁlog_message__mutmut_9(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[2] if len(args) > 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_10(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if len(args) >= 1 else "")

    def xǁ_Handlerǁlog_message__mutmut_11(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if len(args) > 2 else "")

    def xǁ_Handlerǁlog_message__mutmut_12(self, format: str, *args: object) -> None:
        # The default logs the request line, which carries the code and state.
        log.debug("loopback request answered (%s)", args[1] if len(args) > 1 else "XXXX")

    @_mutmut_mutated(mutants_xǁ_Handlerǁparse_request__mutmut)
    def parse_request(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_orig(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_1(self) -> bool:
        if len(self.raw_requestline) >= MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_2(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = None
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_3(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "XXXX", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_4(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "XXHTTP/1.0XX", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_5(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "http/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_6(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", "XXXX"
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_7(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(None)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_8(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(415)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_9(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return True
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_10(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_11(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return True
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_12(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = None
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_13(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(None)
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_14(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) - 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_15(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) - len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_16(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 5 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_17(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size >= MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_18(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(None)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_19(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(432)
            return False
        return True

    def xǁ_Handlerǁparse_request__mutmut_20(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return True
        return True

    def xǁ_Handlerǁparse_request__mutmut_21(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            # Not parsed yet: set what send_error/send_response read.
            self.command, self.request_version, self.requestline = "", "HTTP/1.0", ""
            self.send_error(414)
            return False
        if not super().parse_request():
            return False
        size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
        if size > MAX_HEADER_BYTES:
            self.send_error(431)
            return False
        return False

    @_mutmut_mutated(mutants_xǁ_Handlerǁsend_error__mutmut)
    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_orig(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_1(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = None
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_2(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = False
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_3(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = None  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_4(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "XXHTTP/1.0XX"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_5(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "http/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_6(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = None
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_7(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(None).phrase
        self.send_page(code, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_8(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(None, render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_9(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, None)

    def xǁ_Handlerǁsend_error__mutmut_10(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(render_page(phrase, phrase))

    def xǁ_Handlerǁsend_error__mutmut_11(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, )

    def xǁ_Handlerǁsend_error__mutmut_12(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(None, phrase))

    def xǁ_Handlerǁsend_error__mutmut_13(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, None))

    def xǁ_Handlerǁsend_error__mutmut_14(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase))

    def xǁ_Handlerǁsend_error__mutmut_15(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # The default echoes the request line (code, state) into the status line, the
        # body and the log, and sends none of the headers every page carries.
        self.close_connection = True
        self.request_version = "HTTP/1.0"  # unparsable line: still send status and headers
        phrase = HTTPStatus(code).phrase
        self.send_page(code, render_page(phrase, ))

    @_mutmut_mutated(mutants_xǁ_Handlerǁdo_GET__mutmut)
    def do_GET(self) -> None:
        self.server.catcher._handle(self, "GET")

    def xǁ_Handlerǁdo_GET__mutmut_orig(self) -> None:
        self.server.catcher._handle(self, "GET")

    def xǁ_Handlerǁdo_GET__mutmut_1(self) -> None:
        self.server.catcher._handle(None, "GET")

    def xǁ_Handlerǁdo_GET__mutmut_2(self) -> None:
        self.server.catcher._handle(self, None)

    def xǁ_Handlerǁdo_GET__mutmut_3(self) -> None:
        self.server.catcher._handle("GET")

    def xǁ_Handlerǁdo_GET__mutmut_4(self) -> None:
        self.server.catcher._handle(self, )

    def xǁ_Handlerǁdo_GET__mutmut_5(self) -> None:
        self.server.catcher._handle(self, "XXGETXX")

    def xǁ_Handlerǁdo_GET__mutmut_6(self) -> None:
        self.server.catcher._handle(self, "get")

    @_mutmut_mutated(mutants_xǁ_Handlerǁ_refuse__mutmut)
    def _refuse(self) -> None:
        self.server.catcher._handle(self, self.command)

    def xǁ_Handlerǁ_refuse__mutmut_orig(self) -> None:
        self.server.catcher._handle(self, self.command)

    def xǁ_Handlerǁ_refuse__mutmut_1(self) -> None:
        self.server.catcher._handle(None, self.command)

    def xǁ_Handlerǁ_refuse__mutmut_2(self) -> None:
        self.server.catcher._handle(self, None)

    def xǁ_Handlerǁ_refuse__mutmut_3(self) -> None:
        self.server.catcher._handle(self.command)

    def xǁ_Handlerǁ_refuse__mutmut_4(self) -> None:
        self.server.catcher._handle(self, )

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _refuse

    @_mutmut_mutated(mutants_xǁ_Handlerǁsend_page__mutmut)
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

    def xǁ_Handlerǁsend_page__mutmut_orig(self, status: int, body: bytes) -> None:
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

    def xǁ_Handlerǁsend_page__mutmut_1(self, status: int, body: bytes) -> None:
        self.send_response(None)
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

    def xǁ_Handlerǁsend_page__mutmut_2(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header(None, "text/html; charset=utf-8")
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

    def xǁ_Handlerǁsend_page__mutmut_3(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", None)
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

    def xǁ_Handlerǁsend_page__mutmut_4(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("text/html; charset=utf-8")
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

    def xǁ_Handlerǁsend_page__mutmut_5(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", )
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

    def xǁ_Handlerǁsend_page__mutmut_6(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("XXContent-TypeXX", "text/html; charset=utf-8")
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

    def xǁ_Handlerǁsend_page__mutmut_7(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("content-type", "text/html; charset=utf-8")
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

    def xǁ_Handlerǁsend_page__mutmut_8(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("CONTENT-TYPE", "text/html; charset=utf-8")
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

    def xǁ_Handlerǁsend_page__mutmut_9(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "XXtext/html; charset=utf-8XX")
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

    def xǁ_Handlerǁsend_page__mutmut_10(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "TEXT/HTML; CHARSET=UTF-8")
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

    def xǁ_Handlerǁsend_page__mutmut_11(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header(None, str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_12(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", None)
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_13(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header(str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_14(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", )
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_15(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("XXContent-LengthXX", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_16(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("content-length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_17(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("CONTENT-LENGTH", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_18(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(None))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_19(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header(None, "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_20(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", None)
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_21(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_22(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", )
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_23(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("XXCache-ControlXX", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_24(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("cache-control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_25(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("CACHE-CONTROL", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_26(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "XXno-storeXX")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_27(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "NO-STORE")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_28(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header(None, "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_29(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", None)
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_30(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_31(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", )
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_32(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("XXPragmaXX", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_33(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_34(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("PRAGMA", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_35(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "XXno-cacheXX")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_36(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "NO-CACHE")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_37(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header(None, "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_38(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", None)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_39(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_40(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", )
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_41(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("XXReferrer-PolicyXX", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_42(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("referrer-policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_43(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("REFERRER-POLICY", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_44(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "XXno-referrerXX")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_45(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "NO-REFERRER")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_46(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header(None, "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_47(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", None)
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_48(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_49(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", )
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_50(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("XXX-Content-Type-OptionsXX", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_51(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("x-content-type-options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_52(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-CONTENT-TYPE-OPTIONS", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_53(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "XXnosniffXX")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_54(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "NOSNIFF")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_55(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header(None, "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_56(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", None)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_57(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_58(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", )
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_59(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("XXContent-Security-PolicyXX", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_60(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_61(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("CONTENT-SECURITY-POLICY", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_62(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "XXdefault-src 'none'; style-src 'unsafe-inline'XX")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_63(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "DEFAULT-SRC 'NONE'; STYLE-SRC 'UNSAFE-INLINE'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_64(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command == "HEAD":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_65(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "XXHEADXX":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_66(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        if self.command != "head":
            self.wfile.write(body)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_67(self, status: int, body: bytes) -> None:
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
            self.wfile.write(None)
        self.server.mark_answered(self.request)

    def xǁ_Handlerǁsend_page__mutmut_68(self, status: int, body: bytes) -> None:
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
        self.server.mark_answered(None)

mutants_xǁ_Handlerǁlog_message__mutmut['_mutmut_orig'] = _Handler.xǁ_Handlerǁlog_message__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_1'] = _Handler.xǁ_Handlerǁlog_message__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_2'] = _Handler.xǁ_Handlerǁlog_message__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_3'] = _Handler.xǁ_Handlerǁlog_message__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_4'] = _Handler.xǁ_Handlerǁlog_message__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_5'] = _Handler.xǁ_Handlerǁlog_message__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_6'] = _Handler.xǁ_Handlerǁlog_message__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_7'] = _Handler.xǁ_Handlerǁlog_message__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_8'] = _Handler.xǁ_Handlerǁlog_message__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_9'] = _Handler.xǁ_Handlerǁlog_message__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_10'] = _Handler.xǁ_Handlerǁlog_message__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_11'] = _Handler.xǁ_Handlerǁlog_message__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁlog_message__mutmut['xǁ_Handlerǁlog_message__mutmut_12'] = _Handler.xǁ_Handlerǁlog_message__mutmut_12 # type: ignore # mutmut generated

mutants_xǁ_Handlerǁparse_request__mutmut['_mutmut_orig'] = _Handler.xǁ_Handlerǁparse_request__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_1'] = _Handler.xǁ_Handlerǁparse_request__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_2'] = _Handler.xǁ_Handlerǁparse_request__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_3'] = _Handler.xǁ_Handlerǁparse_request__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_4'] = _Handler.xǁ_Handlerǁparse_request__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_5'] = _Handler.xǁ_Handlerǁparse_request__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_6'] = _Handler.xǁ_Handlerǁparse_request__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_7'] = _Handler.xǁ_Handlerǁparse_request__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_8'] = _Handler.xǁ_Handlerǁparse_request__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_9'] = _Handler.xǁ_Handlerǁparse_request__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_10'] = _Handler.xǁ_Handlerǁparse_request__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_11'] = _Handler.xǁ_Handlerǁparse_request__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_12'] = _Handler.xǁ_Handlerǁparse_request__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_13'] = _Handler.xǁ_Handlerǁparse_request__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_14'] = _Handler.xǁ_Handlerǁparse_request__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_15'] = _Handler.xǁ_Handlerǁparse_request__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_16'] = _Handler.xǁ_Handlerǁparse_request__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_17'] = _Handler.xǁ_Handlerǁparse_request__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_18'] = _Handler.xǁ_Handlerǁparse_request__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_19'] = _Handler.xǁ_Handlerǁparse_request__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_20'] = _Handler.xǁ_Handlerǁparse_request__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁparse_request__mutmut['xǁ_Handlerǁparse_request__mutmut_21'] = _Handler.xǁ_Handlerǁparse_request__mutmut_21 # type: ignore # mutmut generated

mutants_xǁ_Handlerǁsend_error__mutmut['_mutmut_orig'] = _Handler.xǁ_Handlerǁsend_error__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_1'] = _Handler.xǁ_Handlerǁsend_error__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_2'] = _Handler.xǁ_Handlerǁsend_error__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_3'] = _Handler.xǁ_Handlerǁsend_error__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_4'] = _Handler.xǁ_Handlerǁsend_error__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_5'] = _Handler.xǁ_Handlerǁsend_error__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_6'] = _Handler.xǁ_Handlerǁsend_error__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_7'] = _Handler.xǁ_Handlerǁsend_error__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_8'] = _Handler.xǁ_Handlerǁsend_error__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_9'] = _Handler.xǁ_Handlerǁsend_error__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_10'] = _Handler.xǁ_Handlerǁsend_error__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_11'] = _Handler.xǁ_Handlerǁsend_error__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_12'] = _Handler.xǁ_Handlerǁsend_error__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_13'] = _Handler.xǁ_Handlerǁsend_error__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_14'] = _Handler.xǁ_Handlerǁsend_error__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_error__mutmut['xǁ_Handlerǁsend_error__mutmut_15'] = _Handler.xǁ_Handlerǁsend_error__mutmut_15 # type: ignore # mutmut generated

mutants_xǁ_Handlerǁdo_GET__mutmut['_mutmut_orig'] = _Handler.xǁ_Handlerǁdo_GET__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Handlerǁdo_GET__mutmut['xǁ_Handlerǁdo_GET__mutmut_1'] = _Handler.xǁ_Handlerǁdo_GET__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁdo_GET__mutmut['xǁ_Handlerǁdo_GET__mutmut_2'] = _Handler.xǁ_Handlerǁdo_GET__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁdo_GET__mutmut['xǁ_Handlerǁdo_GET__mutmut_3'] = _Handler.xǁ_Handlerǁdo_GET__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁdo_GET__mutmut['xǁ_Handlerǁdo_GET__mutmut_4'] = _Handler.xǁ_Handlerǁdo_GET__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁdo_GET__mutmut['xǁ_Handlerǁdo_GET__mutmut_5'] = _Handler.xǁ_Handlerǁdo_GET__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁdo_GET__mutmut['xǁ_Handlerǁdo_GET__mutmut_6'] = _Handler.xǁ_Handlerǁdo_GET__mutmut_6 # type: ignore # mutmut generated

mutants_xǁ_Handlerǁ_refuse__mutmut['_mutmut_orig'] = _Handler.xǁ_Handlerǁ_refuse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Handlerǁ_refuse__mutmut['xǁ_Handlerǁ_refuse__mutmut_1'] = _Handler.xǁ_Handlerǁ_refuse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁ_refuse__mutmut['xǁ_Handlerǁ_refuse__mutmut_2'] = _Handler.xǁ_Handlerǁ_refuse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁ_refuse__mutmut['xǁ_Handlerǁ_refuse__mutmut_3'] = _Handler.xǁ_Handlerǁ_refuse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁ_refuse__mutmut['xǁ_Handlerǁ_refuse__mutmut_4'] = _Handler.xǁ_Handlerǁ_refuse__mutmut_4 # type: ignore # mutmut generated

mutants_xǁ_Handlerǁsend_page__mutmut['_mutmut_orig'] = _Handler.xǁ_Handlerǁsend_page__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_1'] = _Handler.xǁ_Handlerǁsend_page__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_2'] = _Handler.xǁ_Handlerǁsend_page__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_3'] = _Handler.xǁ_Handlerǁsend_page__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_4'] = _Handler.xǁ_Handlerǁsend_page__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_5'] = _Handler.xǁ_Handlerǁsend_page__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_6'] = _Handler.xǁ_Handlerǁsend_page__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_7'] = _Handler.xǁ_Handlerǁsend_page__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_8'] = _Handler.xǁ_Handlerǁsend_page__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_9'] = _Handler.xǁ_Handlerǁsend_page__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_10'] = _Handler.xǁ_Handlerǁsend_page__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_11'] = _Handler.xǁ_Handlerǁsend_page__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_12'] = _Handler.xǁ_Handlerǁsend_page__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_13'] = _Handler.xǁ_Handlerǁsend_page__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_14'] = _Handler.xǁ_Handlerǁsend_page__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_15'] = _Handler.xǁ_Handlerǁsend_page__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_16'] = _Handler.xǁ_Handlerǁsend_page__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_17'] = _Handler.xǁ_Handlerǁsend_page__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_18'] = _Handler.xǁ_Handlerǁsend_page__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_19'] = _Handler.xǁ_Handlerǁsend_page__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_20'] = _Handler.xǁ_Handlerǁsend_page__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_21'] = _Handler.xǁ_Handlerǁsend_page__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_22'] = _Handler.xǁ_Handlerǁsend_page__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_23'] = _Handler.xǁ_Handlerǁsend_page__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_24'] = _Handler.xǁ_Handlerǁsend_page__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_25'] = _Handler.xǁ_Handlerǁsend_page__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_26'] = _Handler.xǁ_Handlerǁsend_page__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_27'] = _Handler.xǁ_Handlerǁsend_page__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_28'] = _Handler.xǁ_Handlerǁsend_page__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_29'] = _Handler.xǁ_Handlerǁsend_page__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_30'] = _Handler.xǁ_Handlerǁsend_page__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_31'] = _Handler.xǁ_Handlerǁsend_page__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_32'] = _Handler.xǁ_Handlerǁsend_page__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_33'] = _Handler.xǁ_Handlerǁsend_page__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_34'] = _Handler.xǁ_Handlerǁsend_page__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_35'] = _Handler.xǁ_Handlerǁsend_page__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_36'] = _Handler.xǁ_Handlerǁsend_page__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_37'] = _Handler.xǁ_Handlerǁsend_page__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_38'] = _Handler.xǁ_Handlerǁsend_page__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_39'] = _Handler.xǁ_Handlerǁsend_page__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_40'] = _Handler.xǁ_Handlerǁsend_page__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_41'] = _Handler.xǁ_Handlerǁsend_page__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_42'] = _Handler.xǁ_Handlerǁsend_page__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_43'] = _Handler.xǁ_Handlerǁsend_page__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_44'] = _Handler.xǁ_Handlerǁsend_page__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_45'] = _Handler.xǁ_Handlerǁsend_page__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_46'] = _Handler.xǁ_Handlerǁsend_page__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_47'] = _Handler.xǁ_Handlerǁsend_page__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_48'] = _Handler.xǁ_Handlerǁsend_page__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_49'] = _Handler.xǁ_Handlerǁsend_page__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_50'] = _Handler.xǁ_Handlerǁsend_page__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_51'] = _Handler.xǁ_Handlerǁsend_page__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_52'] = _Handler.xǁ_Handlerǁsend_page__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_53'] = _Handler.xǁ_Handlerǁsend_page__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_54'] = _Handler.xǁ_Handlerǁsend_page__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_55'] = _Handler.xǁ_Handlerǁsend_page__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_56'] = _Handler.xǁ_Handlerǁsend_page__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_57'] = _Handler.xǁ_Handlerǁsend_page__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_58'] = _Handler.xǁ_Handlerǁsend_page__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_59'] = _Handler.xǁ_Handlerǁsend_page__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_60'] = _Handler.xǁ_Handlerǁsend_page__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_61'] = _Handler.xǁ_Handlerǁsend_page__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_62'] = _Handler.xǁ_Handlerǁsend_page__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_63'] = _Handler.xǁ_Handlerǁsend_page__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_64'] = _Handler.xǁ_Handlerǁsend_page__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_65'] = _Handler.xǁ_Handlerǁsend_page__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_66'] = _Handler.xǁ_Handlerǁsend_page__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_67'] = _Handler.xǁ_Handlerǁsend_page__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Handlerǁsend_page__mutmut['xǁ_Handlerǁsend_page__mutmut_68'] = _Handler.xǁ_Handlerǁsend_page__mutmut_68 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁstart__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁexpect__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁwait__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁcancel__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁclose__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut: MutantDict = {}  # type: ignore
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut: MutantDict = {}  # type: ignore


class LoopbackRedirectServer:
    """Catch one authorization redirect on ``http://127.0.0.1:PORT/PATH``."""

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁ__init____mutmut)
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
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_orig(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_1(
        self,
        expected_state: Secret | None,
        *,
        port: int = 1,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_2(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "XX/callbackXX",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_3(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/CALLBACK",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_4(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "XXthe providerXX",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_5(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "THE PROVIDER",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_6(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 4.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_7(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_8(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith(None):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_9(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("XX/XX"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_10(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = None
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_11(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" - path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_12(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "XX/XX" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_13(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = None
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_14(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = None
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_15(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = None
        self._provider_name = provider_name
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_16(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = None
        self._issuer = expected_issuer
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_17(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = None
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

    def xǁLoopbackRedirectServerǁ__init____mutmut_18(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = None
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_19(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_20(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = ""
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_21(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = ""
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_22(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = None
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_23(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = None
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_24(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = ""
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_25(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = ""
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_26(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = None  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_27(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = True  # the valid redirect arrived and is being answered
        self._closed = False

    def xǁLoopbackRedirectServerǁ__init____mutmut_28(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = None

    def xǁLoopbackRedirectServerǁ__init____mutmut_29(
        self,
        expected_state: Secret | None,
        *,
        port: int = 0,
        path: str = "/callback",
        provider_name: str = "the provider",
        expected_issuer: str | None = None,
        linger_seconds: float = 3.0,
        validate: Callable[..., AuthorizationResponse] = validate_redirect,
    ) -> None:
        if not path.startswith("/"):
            path = "/" + path
        self._state = expected_state
        self._port_wanted = port
        self.path = path
        self._provider_name = provider_name
        self._issuer = expected_issuer
        self._linger = linger_seconds
        self._validate = validate
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: AuthorizationResponse | None = None
        self._error: FlowError | None = None
        self._claimed = False  # the valid redirect arrived and is being answered
        self._closed = True

    # --- lifecycle -----------------------------------------------------------

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁstart__mutmut)
    def start(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_orig(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_1(self) -> None:
        server = None
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_2(self) -> None:
        server = _Server(None, _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_3(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), None, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_4(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=None)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_5(self) -> None:
        server = _Server(_Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_6(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_7(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, )
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_8(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=True)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_9(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(None):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_10(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_11(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(None) from None
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

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_12(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = None
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_13(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = None
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_14(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = None
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_15(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=None, kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_16(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs=None,
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_17(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name=None, daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_18(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", daemon=None,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_19(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_20(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_21(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_22(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_23(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"XXpoll_intervalXX": 0.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_24(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"POLL_INTERVAL": 0.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_25(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 1.1},
            name="tokenmgr-loopback", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_26(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="XXtokenmgr-loopbackXX", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_27(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="TOKENMGR-LOOPBACK", daemon=True,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_28(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
                server.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError(self._port_wanted) from None
            raise
        server.catcher = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1},
            name="tokenmgr-loopback", daemon=False,
        )
        self._thread.start()
        # A CLI that exits right after the sign-in still ends every connection
        # properly (the page fully served, no port left in TIME_WAIT).
        atexit.register(self.close)

    # --- lifecycle -----------------------------------------------------------

    def xǁLoopbackRedirectServerǁstart__mutmut_29(self) -> None:
        server = _Server((LOOPBACK_HOST, self._port_wanted), _Handler, bind_and_activate=False)
        try:
            server.server_bind()
            server.server_activate()
        except OSError as exc:
            with contextlib.suppress(Exception):
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
        atexit.register(None)

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁexpect__mutmut)
    def expect(self, expected_state: Secret) -> None:
        """Set the value the redirect must carry once it is known (OAuth 1: the
        request token exists only after the callback URL, with its port, was sent)."""
        with self._lock:
            self._state = expected_state

    def xǁLoopbackRedirectServerǁexpect__mutmut_orig(self, expected_state: Secret) -> None:
        """Set the value the redirect must carry once it is known (OAuth 1: the
        request token exists only after the callback URL, with its port, was sent)."""
        with self._lock:
            self._state = expected_state

    def xǁLoopbackRedirectServerǁexpect__mutmut_1(self, expected_state: Secret) -> None:
        """Set the value the redirect must carry once it is known (OAuth 1: the
        request token exists only after the callback URL, with its port, was sent)."""
        with self._lock:
            self._state = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("start() first")
        return self._server.server_address[1]

    @property
    def redirect_uri(self) -> str:
        return f"http://{LOOPBACK_HOST}:{self.port}{self.path}"

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁwait__mutmut)
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

    def xǁLoopbackRedirectServerǁwait__mutmut_orig(self, timeout: float) -> AuthorizationResponse:
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

    def xǁLoopbackRedirectServerǁwait__mutmut_1(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("No answer from the browser in time."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_2(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(None):
            self._finish(error=FlowTimeoutError("No answer from the browser in time."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_3(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=None)
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_4(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError(None))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_5(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("XXNo answer from the browser in time.XX"))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_6(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("no answer from the browser in time."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_7(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("NO ANSWER FROM THE BROWSER IN TIME."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_8(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("No answer from the browser in time."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = None
        if error is not None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_9(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("No answer from the browser in time."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is None:
            raise error
        assert result is not None
        return result

    def xǁLoopbackRedirectServerǁwait__mutmut_10(self, timeout: float) -> AuthorizationResponse:
        """Block until the valid redirect, cancel() or timeout; then release the port."""
        if not self._done.wait(timeout):
            self._finish(error=FlowTimeoutError("No answer from the browser in time."))
            self._done.wait()  # a redirect being answered right now still completes
        with self._lock:
            result, error = self._result, self._error
        if error is not None:
            raise error
        assert result is None
        return result

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁcancel__mutmut)
    def cancel(self) -> None:
        self._finish(error=FlowCancelledError("Sign-in cancelled."))

    def xǁLoopbackRedirectServerǁcancel__mutmut_orig(self) -> None:
        self._finish(error=FlowCancelledError("Sign-in cancelled."))

    def xǁLoopbackRedirectServerǁcancel__mutmut_1(self) -> None:
        self._finish(error=None)

    def xǁLoopbackRedirectServerǁcancel__mutmut_2(self) -> None:
        self._finish(error=FlowCancelledError(None))

    def xǁLoopbackRedirectServerǁcancel__mutmut_3(self) -> None:
        self._finish(error=FlowCancelledError("XXSign-in cancelled.XX"))

    def xǁLoopbackRedirectServerǁcancel__mutmut_4(self) -> None:
        self._finish(error=FlowCancelledError("sign-in cancelled."))

    def xǁLoopbackRedirectServerǁcancel__mutmut_5(self) -> None:
        self._finish(error=FlowCancelledError("SIGN-IN CANCELLED."))

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁclose__mutmut)
    def close(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        server = self._server
        if server is not None:
            atexit.unregister(self.close)
            server.shutdown()
            server.server_close()
            server.end_connections(CLIENT_CLOSE_WAIT)

    def xǁLoopbackRedirectServerǁclose__mutmut_orig(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        server = self._server
        if server is not None:
            atexit.unregister(self.close)
            server.shutdown()
            server.server_close()
            server.end_connections(CLIENT_CLOSE_WAIT)

    def xǁLoopbackRedirectServerǁclose__mutmut_1(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = None
        server = self._server
        if server is not None:
            atexit.unregister(self.close)
            server.shutdown()
            server.server_close()
            server.end_connections(CLIENT_CLOSE_WAIT)

    def xǁLoopbackRedirectServerǁclose__mutmut_2(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = False
        server = self._server
        if server is not None:
            atexit.unregister(self.close)
            server.shutdown()
            server.server_close()
            server.end_connections(CLIENT_CLOSE_WAIT)

    def xǁLoopbackRedirectServerǁclose__mutmut_3(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        server = None
        if server is not None:
            atexit.unregister(self.close)
            server.shutdown()
            server.server_close()
            server.end_connections(CLIENT_CLOSE_WAIT)

    def xǁLoopbackRedirectServerǁclose__mutmut_4(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        server = self._server
        if server is None:
            atexit.unregister(self.close)
            server.shutdown()
            server.server_close()
            server.end_connections(CLIENT_CLOSE_WAIT)

    def xǁLoopbackRedirectServerǁclose__mutmut_5(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        server = self._server
        if server is not None:
            atexit.unregister(None)
            server.shutdown()
            server.server_close()
            server.end_connections(CLIENT_CLOSE_WAIT)

    def xǁLoopbackRedirectServerǁclose__mutmut_6(self) -> None:
        """Stop listening and end every connection; returns once the port is free."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        server = self._server
        if server is not None:
            atexit.unregister(self.close)
            server.shutdown()
            server.server_close()
            server.end_connections(None)

    def __enter__(self) -> LoopbackRedirectServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁ_finish__mutmut)
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
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_orig(self, *, result: AuthorizationResponse | None = None,
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
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_1(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = True,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_2(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = True) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_3(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() and (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_4(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed or not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_5(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_6(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return True  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_7(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = None
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_8(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger or self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_9(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger >= 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_10(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 1:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_11(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = None
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_12(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(None, self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_13(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, None)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_14(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self.close)
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_15(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, )
            timer.daemon = True
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_16(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = None
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_17(self, *, result: AuthorizationResponse | None = None,
                error: FlowError | None = None, linger: bool = False,
                claimer: bool = False) -> bool:
        with self._lock:
            if self._done.is_set() or (self._claimed and not claimer):
                return False  # done, or the valid redirect is being answered: it wins
            self._result, self._error = result, error
            self._done.set()
        if linger and self._linger > 0:
            timer = threading.Timer(self._linger, self.close)
            timer.daemon = False
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_18(self, *, result: AuthorizationResponse | None = None,
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
            timer.start()
        else:
            threading.Thread(target=None, daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_19(self, *, result: AuthorizationResponse | None = None,
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
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=None).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_20(self, *, result: AuthorizationResponse | None = None,
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
            timer.start()
        else:
            threading.Thread(daemon=True).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_21(self, *, result: AuthorizationResponse | None = None,
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
            timer.start()
        else:
            threading.Thread(target=self.close, ).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_22(self, *, result: AuthorizationResponse | None = None,
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
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=False).start()
        return True

    def xǁLoopbackRedirectServerǁ_finish__mutmut_23(self, *, result: AuthorizationResponse | None = None,
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
            timer.start()
        else:
            threading.Thread(target=self.close, daemon=True).start()
        return False

    # --- request handling (runs on the server's connection threads) -----------

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁ_handle__mutmut)
    def _handle(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_orig(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_1(self, handler: _Handler, method: str) -> None:
        hosts = None
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_2(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") and []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_3(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all(None) or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_4(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("XXHostXX") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_5(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_6(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("HOST") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_7(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts == [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_8(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(None, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_9(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, None)
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_10(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_11(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, )
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_12(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(401, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_13(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page(None, "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_14(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", None))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_15(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_16(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", ))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_17(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("XXBad requestXX", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_18(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_19(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("BAD REQUEST", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_20(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "XXUnexpected Host header.XX"))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_21(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "unexpected host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_22(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "UNEXPECTED HOST HEADER."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_23(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = None
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_24(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(None)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_25(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path == self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_26(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(None, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_27(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, None)
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_28(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_29(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, )
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_30(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(405, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_31(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page(None, "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_32(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", None))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_33(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_34(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", ))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_35(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("XXNot foundXX", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_36(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("not found", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_37(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("NOT FOUND", "This page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_38(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "XXThis page does not exist.XX"))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_39(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "this page does not exist."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_40(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "THIS PAGE DOES NOT EXIST."))
            return
        if method != "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_41(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method == "GET":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_42(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "XXGETXX":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_43(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "get":
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_44(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(None, render_page("Method not allowed", "Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_45(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, None)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_46(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(render_page("Method not allowed", "Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_47(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, )
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_48(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(406, render_page("Method not allowed", "Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_49(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page(None, "Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_50(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", None))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_51(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_52(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", ))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_53(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("XXMethod not allowedXX", "Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_54(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("method not allowed", "Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_55(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("METHOD NOT ALLOWED", "Only GET is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_56(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "XXOnly GET is accepted.XX"))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_57(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "only get is accepted."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_58(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "ONLY GET IS ACCEPTED."))
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_59(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(None, _FINISHED_PAGE())
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_60(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, None)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_61(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(_FINISHED_PAGE())
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_62(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, )
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_63(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(201, _FINISHED_PAGE())
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_64(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = None
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_65(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(None)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_66(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = None
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_67(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = None
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_68(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = self._validate(None, expected, expected_issuer=self._issuer)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_69(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = self._validate(params, None, expected_issuer=self._issuer)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_70(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = self._validate(params, expected, expected_issuer=None)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_71(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = self._validate(expected, expected_issuer=self._issuer)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_72(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = self._validate(params, expected_issuer=self._issuer)
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_73(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
            handler.send_page(405, render_page("Method not allowed", "Only GET is accepted."))
            return
        if self._done.is_set():
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            params = parse_query(target.query)
            with self._lock:
                expected = self._state
            response = self._validate(params, expected, )
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

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_74(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(None, render_page("Bad request", str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_75(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, None)
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_76(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(render_page("Bad request", str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_77(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, )
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_78(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(401, render_page("Bad request", str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_79(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page(None, str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_80(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page("Bad request", None))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_81(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page(str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_82(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page("Bad request", ))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_83(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page("XXBad requestXX", str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_84(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page("bad request", str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_85(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page("BAD REQUEST", str(exc)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_86(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(400, render_page("Bad request", str(None)))
        except CsrfError as exc:
            handler.send_page(403, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_87(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(None, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_88(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, None)
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_89(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_90(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, )
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_91(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(404, render_page("Not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_92(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page(None, str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_93(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page("Not for this sign-in", None))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_94(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page(str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_95(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page("Not for this sign-in", ))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_96(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page("XXNot for this sign-inXX", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_97(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page("not for this sign-in", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_98(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page("NOT FOR THIS SIGN-IN", str(exc)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_99(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            handler.send_page(403, render_page("Not for this sign-in", str(None)))
        except (NotApprovedError, ProviderError) as exc:
            self._deliver(handler, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_100(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(None, self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_101(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(handler, None, error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_102(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(handler, self._refusal_page(exc), error=None)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_103(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(self._refusal_page(exc), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_104(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(handler, error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_105(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(handler, self._refusal_page(exc), )
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_106(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(handler, self._refusal_page(None), error=exc)
        else:
            self._deliver(handler, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_107(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(None, render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_108(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(handler, None, result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_109(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            ), result=None)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_110(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(render_page(
                "Signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_111(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            self._deliver(handler, result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_112(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
            ), )

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_113(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
                None,
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_114(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
                None,
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_115(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_116(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
                ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_117(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
                "XXSigned inXX",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_118(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
                "signed in",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    # --- request handling (runs on the server's connection threads) -----------

    def xǁLoopbackRedirectServerǁ_handle__mutmut_119(self, handler: _Handler, method: str) -> None:
        hosts = handler.headers.get_all("Host") or []
        if hosts != [f"{LOOPBACK_HOST}:{self.port}"]:
            handler.send_page(400, render_page("Bad request", "Unexpected Host header."))
            return
        target = urlsplit(handler.path)
        if target.path != self.path:
            handler.send_page(404, render_page("Not found", "This page does not exist."))
            return
        if method != "GET":
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
                "SIGNED IN",
                f"{self._provider_name} approved the sign-in; tokenmgr is finishing it.",
            ), result=response)

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut)
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

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_orig(self, handler: _Handler, page: bytes, *,
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

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_1(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = None
            self._claimed = True
        if not won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_2(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = not self._claimed or not self._done.is_set()
            self._claimed = True
        if not won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_3(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = self._claimed and not self._done.is_set()
            self._claimed = True
        if not won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_4(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = not self._claimed and self._done.is_set()
            self._claimed = True
        if not won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_5(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = not self._claimed and not self._done.is_set()
            self._claimed = None
        if not won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_6(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = not self._claimed and not self._done.is_set()
            self._claimed = False
        if not won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_7(self, handler: _Handler, page: bytes, *,
                 result: AuthorizationResponse | None = None,
                 error: FlowError | None = None) -> None:
        """Answer the one valid redirect, *then* let the flow go on.

        The page is written before wait() returns: a CLI that exits right after
        the sign-in must not cut the browser's answer off.
        """
        with self._lock:
            won = not self._claimed and not self._done.is_set()
            self._claimed = True
        if won:
            handler.send_page(200, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_8(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(None, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_9(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(200, None)
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_10(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(_FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_11(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(200, )
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_12(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(201, _FINISHED_PAGE())
            return
        try:
            handler.send_page(200, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_13(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(None, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_14(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(200, None)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_15(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_16(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(200, )
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_17(self, handler: _Handler, page: bytes, *,
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
            handler.send_page(201, page)
        finally:
            self._finish(result=result, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_18(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=None, error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_19(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, error=None, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_20(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, error=error, linger=None, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_21(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, error=error, linger=True, claimer=None)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_22(self, handler: _Handler, page: bytes, *,
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
            self._finish(error=error, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_23(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, linger=True, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_24(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, error=error, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_25(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, error=error, linger=True, )

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_26(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, error=error, linger=False, claimer=True)

    def xǁLoopbackRedirectServerǁ_deliver__mutmut_27(self, handler: _Handler, page: bytes, *,
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
            self._finish(result=result, error=error, linger=True, claimer=False)

    @_mutmut_mutated(mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut)
    def _refusal_page(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_orig(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_1(self, exc: FlowError) -> bytes:
        title = None
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_2(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(None, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_3(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, None, exc.description or "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_4(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", None)
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_5(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_6(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, exc.description or "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_7(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", )
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_8(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description and "")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_9(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "XXXX")
        return render_page(title, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_10(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(None, str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_11(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, None)

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_12(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(str(exc))

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_13(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, )

    def xǁLoopbackRedirectServerǁ_refusal_page__mutmut_14(self, exc: FlowError) -> bytes:
        title = f"{self._provider_name}: sign-in not completed"
        if isinstance(exc, ProviderError):
            return render_page(title, f"The provider refused: {exc.error}", exc.description or "")
        return render_page(title, str(None))

mutants_xǁLoopbackRedirectServerǁ__init____mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_7'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_8'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_9'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_10'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_11'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_12'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_13'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_14'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_15'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_16'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_17'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_18'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_19'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_20'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_21'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_22'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_23'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_24'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_25'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_26'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_27'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_28'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ__init____mutmut['xǁLoopbackRedirectServerǁ__init____mutmut_29'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ__init____mutmut_29 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁstart__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_7'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_8'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_9'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_10'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_11'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_12'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_13'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_14'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_15'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_16'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_17'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_18'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_19'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_20'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_21'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_21 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_22'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_22 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_23'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_23 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_24'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_24 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_25'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_25 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_26'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_26 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_27'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_27 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_28'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_28 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁstart__mutmut['xǁLoopbackRedirectServerǁstart__mutmut_29'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁstart__mutmut_29 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁexpect__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁexpect__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁexpect__mutmut['xǁLoopbackRedirectServerǁexpect__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁexpect__mutmut_1 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁwait__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_7'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_8'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_9'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁwait__mutmut['xǁLoopbackRedirectServerǁwait__mutmut_10'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁwait__mutmut_10 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁcancel__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁcancel__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁcancel__mutmut['xǁLoopbackRedirectServerǁcancel__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁcancel__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁcancel__mutmut['xǁLoopbackRedirectServerǁcancel__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁcancel__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁcancel__mutmut['xǁLoopbackRedirectServerǁcancel__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁcancel__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁcancel__mutmut['xǁLoopbackRedirectServerǁcancel__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁcancel__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁcancel__mutmut['xǁLoopbackRedirectServerǁcancel__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁcancel__mutmut_5 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁclose__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁclose__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁclose__mutmut['xǁLoopbackRedirectServerǁclose__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁclose__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁclose__mutmut['xǁLoopbackRedirectServerǁclose__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁclose__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁclose__mutmut['xǁLoopbackRedirectServerǁclose__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁclose__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁclose__mutmut['xǁLoopbackRedirectServerǁclose__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁclose__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁclose__mutmut['xǁLoopbackRedirectServerǁclose__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁclose__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁclose__mutmut['xǁLoopbackRedirectServerǁclose__mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁclose__mutmut_6 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_7'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_8'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_9'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_10'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_11'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_12'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_13'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_14'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_15'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_16'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_17'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_18'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_19'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_20'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_21'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_21 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_22'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_22 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_finish__mutmut['xǁLoopbackRedirectServerǁ_finish__mutmut_23'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_finish__mutmut_23 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_7'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_8'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_9'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_10'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_11'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_12'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_13'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_14'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_15'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_16'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_17'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_18'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_19'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_20'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_21'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_21 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_22'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_22 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_23'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_23 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_24'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_24 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_25'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_25 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_26'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_26 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_27'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_27 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_28'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_28 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_29'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_29 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_30'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_30 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_31'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_31 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_32'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_32 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_33'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_33 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_34'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_34 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_35'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_35 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_36'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_36 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_37'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_37 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_38'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_38 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_39'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_39 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_40'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_40 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_41'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_41 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_42'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_42 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_43'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_43 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_44'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_44 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_45'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_45 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_46'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_46 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_47'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_47 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_48'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_48 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_49'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_49 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_50'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_50 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_51'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_51 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_52'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_52 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_53'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_53 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_54'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_54 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_55'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_55 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_56'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_56 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_57'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_57 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_58'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_58 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_59'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_59 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_60'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_60 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_61'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_61 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_62'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_62 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_63'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_63 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_64'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_64 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_65'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_65 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_66'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_66 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_67'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_67 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_68'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_68 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_69'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_69 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_70'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_70 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_71'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_71 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_72'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_72 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_73'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_73 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_74'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_74 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_75'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_75 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_76'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_76 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_77'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_77 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_78'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_78 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_79'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_79 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_80'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_80 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_81'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_81 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_82'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_82 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_83'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_83 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_84'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_84 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_85'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_85 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_86'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_86 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_87'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_87 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_88'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_88 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_89'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_89 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_90'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_90 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_91'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_91 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_92'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_92 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_93'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_93 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_94'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_94 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_95'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_95 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_96'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_96 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_97'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_97 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_98'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_98 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_99'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_99 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_100'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_100 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_101'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_101 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_102'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_102 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_103'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_103 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_104'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_104 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_105'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_105 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_106'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_106 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_107'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_107 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_108'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_108 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_109'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_109 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_110'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_110 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_111'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_111 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_112'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_112 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_113'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_113 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_114'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_114 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_115'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_115 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_116'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_116 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_117'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_117 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_118'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_118 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_handle__mutmut['xǁLoopbackRedirectServerǁ_handle__mutmut_119'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_handle__mutmut_119 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_7'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_8'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_9'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_10'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_11'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_12'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_13'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_14'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_14 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_15'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_15 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_16'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_16 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_17'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_17 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_18'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_18 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_19'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_19 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_20'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_20 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_21'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_21 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_22'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_22 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_23'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_23 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_24'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_24 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_25'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_25 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_26'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_26 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_deliver__mutmut['xǁLoopbackRedirectServerǁ_deliver__mutmut_27'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_deliver__mutmut_27 # type: ignore # mutmut generated

mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['_mutmut_orig'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_1'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_2'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_3'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_4'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_5'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_6'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_7'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_8'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_9'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_10'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_11'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_12'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_12 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_13'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_13 # type: ignore # mutmut generated
mutants_xǁLoopbackRedirectServerǁ_refusal_page__mutmut['xǁLoopbackRedirectServerǁ_refusal_page__mutmut_14'] = LoopbackRedirectServer.xǁLoopbackRedirectServerǁ_refusal_page__mutmut_14 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__FINISHED_PAGE__mutmut)
def _FINISHED_PAGE() -> bytes:
    return render_page("Sign-in finished", "This sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_orig() -> bytes:
    return render_page("Sign-in finished", "This sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_1() -> bytes:
    return render_page(None, "This sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_2() -> bytes:
    return render_page("Sign-in finished", None)


def x__FINISHED_PAGE__mutmut_3() -> bytes:
    return render_page("This sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_4() -> bytes:
    return render_page("Sign-in finished", )


def x__FINISHED_PAGE__mutmut_5() -> bytes:
    return render_page("XXSign-in finishedXX", "This sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_6() -> bytes:
    return render_page("sign-in finished", "This sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_7() -> bytes:
    return render_page("SIGN-IN FINISHED", "This sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_8() -> bytes:
    return render_page("Sign-in finished", "XXThis sign-in has already finished.XX")


def x__FINISHED_PAGE__mutmut_9() -> bytes:
    return render_page("Sign-in finished", "this sign-in has already finished.")


def x__FINISHED_PAGE__mutmut_10() -> bytes:
    return render_page("Sign-in finished", "THIS SIGN-IN HAS ALREADY FINISHED.")

mutants_x__FINISHED_PAGE__mutmut['_mutmut_orig'] = x__FINISHED_PAGE__mutmut_orig # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_1'] = x__FINISHED_PAGE__mutmut_1 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_2'] = x__FINISHED_PAGE__mutmut_2 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_3'] = x__FINISHED_PAGE__mutmut_3 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_4'] = x__FINISHED_PAGE__mutmut_4 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_5'] = x__FINISHED_PAGE__mutmut_5 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_6'] = x__FINISHED_PAGE__mutmut_6 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_7'] = x__FINISHED_PAGE__mutmut_7 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_8'] = x__FINISHED_PAGE__mutmut_8 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_9'] = x__FINISHED_PAGE__mutmut_9 # type: ignore # mutmut generated
mutants_x__FINISHED_PAGE__mutmut['x__FINISHED_PAGE__mutmut_10'] = x__FINISHED_PAGE__mutmut_10 # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_port_is_free__mutmut)
def port_is_free(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return True


def x_port_is_free__mutmut_orig(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return True


def x_port_is_free__mutmut_1(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(None, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return True


def x_port_is_free__mutmut_2(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, None) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return True


def x_port_is_free__mutmut_3(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return True


def x_port_is_free__mutmut_4(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, ) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return True


def x_port_is_free__mutmut_5(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(None)
        except OSError:
            return False
    return True


def x_port_is_free__mutmut_6(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return True
    return True


def x_port_is_free__mutmut_7(port: int) -> bool:
    """True when ``127.0.0.1:port`` can be bound right now (for pre-flight checks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK_HOST, port))
        except OSError:
            return False
    return False

mutants_x_port_is_free__mutmut['_mutmut_orig'] = x_port_is_free__mutmut_orig # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut['x_port_is_free__mutmut_1'] = x_port_is_free__mutmut_1 # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut['x_port_is_free__mutmut_2'] = x_port_is_free__mutmut_2 # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut['x_port_is_free__mutmut_3'] = x_port_is_free__mutmut_3 # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut['x_port_is_free__mutmut_4'] = x_port_is_free__mutmut_4 # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut['x_port_is_free__mutmut_5'] = x_port_is_free__mutmut_5 # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut['x_port_is_free__mutmut_6'] = x_port_is_free__mutmut_6 # type: ignore # mutmut generated
mutants_x_port_is_free__mutmut['x_port_is_free__mutmut_7'] = x_port_is_free__mutmut_7 # type: ignore # mutmut generated
