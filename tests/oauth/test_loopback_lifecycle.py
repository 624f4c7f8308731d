"""The catcher's life: size limits at their exact edges, answers settled elsewhere
(accept), races between two answers, errors the flow raises, and how connections end
(the browser closes first, or is reset; close() waits for a browser reading the page;
a process exiting mid-flow)."""

from __future__ import annotations

import contextlib
import gc
import logging
import re
import socket
import subprocess
import sys
import textwrap
import threading
import time
import weakref
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest

from tokenmgr.errors import FlowCancelledError, FlowTimeoutError, NotApprovedError
from tokenmgr.oauth import loopback
from tokenmgr.oauth.loopback import LoopbackRedirectServer, port_is_free
from tokenmgr.oauth.redirect import AuthorizationResponse, validate_redirect
from tokenmgr.secret import Secret

from .test_loopback import (
    ATTACKER_CODE,
    CODE,
    LOGGER,
    STATE,
    TIMEOUT,
    callback,
    complete,
    port_can_be_bound,
    request,
)
from .test_loopback_connections import read_response

# Every test here takes a few seconds at most: a catcher that hangs fails fast instead of
# waiting for the suite-wide timeout.
pytestmark = pytest.mark.timeout(15)


@pytest.fixture
def server() -> Iterator[LoopbackRedirectServer]:
    with LoopbackRedirectServer(Secret(STATE), provider_name="Example",
                                linger_seconds=2.0) as srv:
        yield srv


def exchange(port: int, data: bytes) -> bytes:
    """Send a whole request, say so (half-close), and read everything until the server
    closes: every response the server wrote on this connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


def status_lines(received: bytes) -> list[bytes]:
    """The status line of every response, wherever it starts (a page ends in "\n")."""
    return re.findall(rb"(?:^|\n)(HTTP/\d\.\d [^\r\n]*)", received)


# --- the request-line and header limits, at their edges -------------------------------


def request_line(server: LoopbackRedirectServer, length: int) -> bytes:
    """``GET /callback?code=…&state=…&pad=… HTTP/1.1\\r\\n`` of exactly ``length`` bytes."""
    base = f"GET {callback(server, ('code', CODE), ('state', STATE))}&pad=&pad2= HTTP/1.1\r\n"
    missing = length - len(base)
    assert 0 < missing <= 2 * 4096
    pads = urlencode([("code", CODE), ("state", STATE), ("pad", "p" * (missing // 2)),
                      ("pad2", "q" * (missing - missing // 2))])
    line = f"GET {server.path}?{pads} HTTP/1.1\r\n".encode()
    assert len(line) == length
    return line


def test_request_line_of_the_maximum_length_is_served(server):
    line = request_line(server, loopback.MAX_REQUEST_LINE)
    received = exchange(server.port, line + f"Host: 127.0.0.1:{server.port}\r\n\r\n".encode())
    assert status_lines(received) == [b"HTTP/1.0 200 OK"]
    assert b"approved the sign-in" in received
    assert server.wait(TIMEOUT).code.reveal() == CODE


def test_request_line_one_byte_too_long_gets_one_414_page_and_the_flow_keeps_waiting(server):
    line = request_line(server, loopback.MAX_REQUEST_LINE + 1)
    received = exchange(server.port, line + f"Host: 127.0.0.1:{server.port}\r\n\r\n".encode())
    # one answer on the connection: the header lines are not read as further requests
    assert status_lines(received) == [b"HTTP/1.0 414 Request-URI Too Long"]
    assert b"<h1>Request-URI Too Long</h1>" in received
    assert CODE.encode() not in received and STATE.encode() not in received
    complete(server)
    assert server.wait(TIMEOUT).code.reveal() == CODE


def headers_of_size(server: LoopbackRedirectServer, size: int) -> bytes:
    """Host plus one padding header, counted as the catcher counts them:
    name + value + 4 (": " and CRLF) per header."""
    host_value = f"127.0.0.1:{server.port}"
    pad = size - (len("Host") + len(host_value) + 4) - (len("X-Pad") + 4)
    return f"Host: {host_value}\r\nX-Pad: {'p' * pad}\r\n\r\n".encode()


def test_headers_of_the_maximum_size_are_served(server):
    target = callback(server, ("code", CODE), ("state", STATE))
    data = f"GET {target} HTTP/1.1\r\n".encode() + headers_of_size(server,
                                                                   loopback.MAX_HEADER_BYTES)
    assert status_lines(exchange(server.port, data)) == [b"HTTP/1.0 200 OK"]
    assert server.wait(TIMEOUT).code.reveal() == CODE


def test_headers_one_byte_too_large_get_431_and_the_flow_keeps_waiting(server):
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE))
    data = f"GET {target} HTTP/1.1\r\n".encode() + headers_of_size(
        server, loopback.MAX_HEADER_BYTES + 1)
    received = exchange(server.port, data)
    assert status_lines(received) == [b"HTTP/1.0 431 Request Header Fields Too Large"]
    assert b"<h1>Request Header Fields Too Large</h1>" in received
    complete(server)
    assert server.wait(TIMEOUT).code.reveal() == CODE


# --- what wait() raises, and the port before start() ----------------------------------


def test_redirect_uri_before_start_is_an_error():
    srv = LoopbackRedirectServer(Secret(STATE))
    with pytest.raises(RuntimeError) as info:
        _ = srv.port
    assert str(info.value) == "start() first"
    srv.close()  # closing a catcher that never started is harmless
    srv.close()


def test_timeout_and_cancel_messages():
    with LoopbackRedirectServer(Secret(STATE)) as srv, \
            pytest.raises(FlowTimeoutError) as timed_out:
        srv.wait(0.05)
    assert str(timed_out.value) == "No answer from the browser in time."
    with LoopbackRedirectServer(Secret(STATE)) as srv:
        srv.cancel()
        with pytest.raises(FlowCancelledError) as cancelled:
            srv.wait(TIMEOUT)
    assert str(cancelled.value) == "Sign-in cancelled."


def test_a_path_given_with_its_slash_is_used_as_is():
    with LoopbackRedirectServer(Secret(STATE), path="/cb") as srv:
        assert srv.redirect_uri == f"http://127.0.0.1:{srv.port}/cb"
        assert srv.path == "/cb"


# --- accept(): an answer settled elsewhere (a pasted landing address) ---------------------


def test_accepted_result_ends_the_flow_at_once_and_frees_the_port(server):
    pasted = AuthorizationResponse(Secret(CODE), "https://idp.example")
    assert server.accept(result=pasted) is True
    assert server.wait(TIMEOUT) == pasted
    assert port_can_be_bound(server.port, within=1.0)  # no linger: no browser to answer
    assert server.accept(result=AuthorizationResponse(Secret(ATTACKER_CODE))) is False
    server.cancel()
    assert server.wait(TIMEOUT) == pasted


def test_accepted_error_is_what_wait_raises(server):
    refusal = NotApprovedError("The sign-in was not approved.")
    assert server.accept(error=refusal) is True
    with pytest.raises(NotApprovedError) as info:
        server.wait(TIMEOUT)
    assert info.value is refusal


def test_accept_after_the_redirect_or_after_cancel_is_refused(server):
    complete(server)
    assert server.accept(result=AuthorizationResponse(Secret(ATTACKER_CODE))) is False
    assert server.wait(TIMEOUT).code.reveal() == CODE
    with LoopbackRedirectServer(Secret(STATE)) as other:
        other.cancel()
        assert other.accept(result=AuthorizationResponse(Secret(CODE))) is False
        with pytest.raises(FlowCancelledError):
            other.wait(TIMEOUT)


class HeldValidation:
    """The injected validator: the first redirect's validation waits until released, so
    a second answer can arrive while the first is still being checked."""

    def __init__(self) -> None:
        self.first_inside = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def __call__(self, params, expected, *, expected_issuer=None):
        self.calls += 1
        if self.calls == 1:
            self.first_inside.set()
            assert self.release.wait(TIMEOUT)
        return validate_redirect(params, expected, expected_issuer=expected_issuer)


def send_in_background(srv: LoopbackRedirectServer, code: str):
    replies: list = []
    thread = threading.Thread(target=lambda: replies.append(
        request(srv, callback(srv, ("code", code), ("state", STATE)))))
    thread.start()
    return thread, replies


def test_of_two_valid_redirects_the_first_answered_wins_the_other_sees_finished():
    held = HeldValidation()
    with LoopbackRedirectServer(Secret(STATE), validate=held) as srv:
        thread, slow = send_in_background(srv, ATTACKER_CODE)
        assert held.first_inside.wait(TIMEOUT)
        complete(srv, code=CODE)  # the second redirect is validated and answered first
        held.release.set()
        thread.join(TIMEOUT)
        assert slow[0].status == 200
        assert "already finished" in slow[0].body
        assert srv.wait(TIMEOUT).code.reveal() == CODE


def test_an_accept_while_a_redirect_is_being_checked_wins():
    held = HeldValidation()
    with LoopbackRedirectServer(Secret(STATE), validate=held) as srv:
        thread, slow = send_in_background(srv, ATTACKER_CODE)
        assert held.first_inside.wait(TIMEOUT)
        pasted = AuthorizationResponse(Secret(CODE))
        assert srv.accept(result=pasted) is True
        held.release.set()
        thread.join(TIMEOUT)
        assert "already finished" in slow[0].body
        assert srv.wait(TIMEOUT) == pasted


# --- how each connection ends ----------------------------------------------------------


def redirect_bytes(port: int, code: str = CODE) -> bytes:
    query = urlencode({"code": code, "state": STATE})
    return f"GET /callback?{query} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()


def test_a_browser_that_closes_after_reading_gets_a_normal_close_not_a_reset(
        server, monkeypatch):
    monkeypatch.setattr(loopback, "CLIENT_CLOSE_WAIT", 1.0)  # the time it has to close first
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as browser:
        browser.sendall(redirect_bytes(server.port))
        _, body = read_response(browser)
        browser.shutdown(socket.SHUT_WR)  # the browser is done with the connection
        assert browser.recv(4096) == b""  # FIN from the catcher: no reset, nothing lost
    assert b"approved the sign-in" in body


def test_a_browser_that_keeps_the_connection_open_is_reset_after_the_wait(monkeypatch):
    monkeypatch.setattr(loopback, "CLIENT_CLOSE_WAIT", 0.2)
    with LoopbackRedirectServer(Secret(STATE), linger_seconds=30.0) as srv, \
            socket.create_connection(("127.0.0.1", srv.port), timeout=TIMEOUT) as browser:
        browser.sendall(redirect_bytes(srv.port))
        _, body = read_response(browser)
        assert b"approved the sign-in" in body
        # the catcher must not close first (its port would sit in TIME_WAIT): it resets
        with pytest.raises(ConnectionResetError):
            browser.recv(4096)
        assert srv.wait(TIMEOUT).code.reveal() == CODE


def test_close_gives_a_browser_still_reading_the_page_time_to_close_first():
    catcher = LoopbackRedirectServer(Secret(STATE), linger_seconds=60.0)
    catcher.start()
    port = catcher.port
    closer = threading.Thread(target=catcher.close)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as browser:
            browser.sendall(redirect_bytes(port))
            _, body = read_response(browser)
            assert catcher.wait(TIMEOUT).code.reveal() == CODE
            closer.start()  # the flow ends while the browser still holds the connection
            closer.join(0.3)
            assert closer.is_alive(), "close() did not wait for the browser"
            browser.shutdown(socket.SHUT_WR)
            assert browser.recv(4096) == b""  # closed normally, not reset
        closer.join(TIMEOUT)
        assert not closer.is_alive()
        assert port_is_free(port)
        assert b"approved the sign-in" in body
    finally:
        catcher.close()


ABANDONED = textwrap.dedent("""
    import sys
    from tokenmgr.oauth.loopback import LoopbackRedirectServer
    from tokenmgr.secret import Secret

    catcher = LoopbackRedirectServer(Secret(sys.argv[1]))
    catcher.start()
    print(catcher.port, flush=True)
    sys.stdin.readline()
    # exits with the sign-in still pending, without wait() or close()
""")


def test_a_process_that_exits_mid_sign_in_exits_promptly_and_frees_the_port():
    child = subprocess.Popen([sys.executable, "-c", ABANDONED, STATE], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        port = int(child.stdout.readline())
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as idle:
            child.stdin.write("\n")
            child.stdin.flush()
            assert child.wait(TIMEOUT) == 0
            with contextlib.suppress(ConnectionResetError):
                assert idle.recv(4096) == b""
        assert port_is_free(port), "the port is still taken after the process exited"
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()


def test_close_leaves_no_thread_behind_even_with_a_long_linger():
    """The linger timer is cancelled by close(): nothing lives on to call close() again
    a minute later (in the CLI, or in a long-running window)."""
    before = set(threading.enumerate())
    with LoopbackRedirectServer(Secret(STATE), linger_seconds=60.0) as srv:
        complete(srv)
        assert srv.wait(TIMEOUT).code.reveal() == CODE
    started = [thread for thread in threading.enumerate() if thread not in before]
    for thread in started:
        thread.join(TIMEOUT)
    assert [thread for thread in started if thread.is_alive()] == []


def test_resetting_a_connection_its_thread_already_closed_is_harmless():
    """close() resets every connection still listed; one whose handler closed it a moment
    before (it is listed until its thread removes it) must not make close() fail."""
    gone = socket.socket()
    gone.close()
    loopback._reset_on_close(gone)  # no OSError escapes


def serving_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "tokenmgr-loopback"]


def test_the_serving_thread_is_named_and_ends_with_close():
    before = serving_threads()
    srv = LoopbackRedirectServer(Secret(STATE))
    srv.start()
    try:
        mine = [t for t in serving_threads() if t not in before]
        assert len(mine) == 1 and mine[0].daemon
    finally:
        srv.close()
    mine[0].join(TIMEOUT)
    assert not mine[0].is_alive()


def test_a_closed_catcher_is_not_kept_alive_by_the_exit_hook():
    """start() registers close() to run at exit; close() removes it again, so a window
    that connects many accounts does not keep every finished catcher in memory."""
    srv = LoopbackRedirectServer(Secret(STATE))
    srv.start()
    srv.close()
    ref = weakref.ref(srv)
    del srv
    gc.collect()
    assert ref() is None


def test_an_idle_connection_that_times_out_is_logged_without_a_traceback(
        monkeypatch, caplog, capsys):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    monkeypatch.setattr(loopback._Handler, "timeout", 0.1)
    monkeypatch.setattr(loopback, "CLIENT_CLOSE_WAIT", 0.1)
    with LoopbackRedirectServer(Secret(STATE)) as srv, \
            socket.create_connection(("127.0.0.1", srv.port), timeout=TIMEOUT) as idle, \
            contextlib.suppress(ConnectionResetError):
        assert idle.recv(1) == b""  # dropped after the timeout, nothing was sent
    assert [r.getMessage() for r in caplog.records if r.name == LOGGER] == [
        "loopback request answered ()"]
    assert "Traceback" not in capsys.readouterr().err


class HeldAnswer:
    """Holds the success page while it is being written to the browser (a slow socket
    write), so that a cancel or a timeout can arrive in the middle of it."""

    def __init__(self, monkeypatch) -> None:
        self.writing = threading.Event()
        self.release = threading.Event()
        original = loopback._Handler.send_page

        def send_page(handler, status, body):
            if b"approved the sign-in" in body:
                self.writing.set()
                assert self.release.wait(TIMEOUT)
            original(handler, status, body)

        monkeypatch.setattr(loopback._Handler, "send_page", send_page)


@pytest.mark.parametrize("interruption", ["cancel", "timeout", "accept"])
def test_a_redirect_being_answered_wins_over_a_cancel_timeout_or_paste(monkeypatch, interruption):
    held = HeldAnswer(monkeypatch)
    with LoopbackRedirectServer(Secret(STATE)) as srv:
        browser = threading.Thread(target=complete, args=(srv,))
        browser.start()
        assert held.writing.wait(TIMEOUT)
        outcome: list = []
        if interruption == "cancel":
            srv.cancel()
        elif interruption == "accept":
            assert srv.accept(result=AuthorizationResponse(Secret(ATTACKER_CODE))) is False
        waiter = threading.Thread(target=lambda: outcome.append(
            srv.wait(0.01 if interruption == "timeout" else TIMEOUT)))
        waiter.start()
        if interruption == "timeout":
            waiter.join(0.2)
            assert waiter.is_alive(), "wait() gave up while the answer was being written"
        held.release.set()
        browser.join(TIMEOUT)
        waiter.join(TIMEOUT)
        assert [r.code.reveal() for r in outcome] == [CODE]


def ended_by_reset(client: socket.socket) -> bool:
    """Read whatever the server still sends; True when the connection ends in a reset."""
    try:
        while client.recv(4096):
            pass
    except ConnectionResetError:
        return True
    return False


def test_close_does_not_wait_for_connections_that_were_never_answered(monkeypatch):
    """Only a browser reading its page gets time to close first; an idle preconnect or a
    request never finished is reset at once, however long that time is."""
    monkeypatch.setattr(loopback, "CLIENT_CLOSE_WAIT", 60.0)
    catcher = LoopbackRedirectServer(Secret(STATE))
    catcher.start()
    port = catcher.port
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as idle, \
            socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as half:
        half.sendall(b"GET /callback?code=x HTTP/1.1\r\nHost: 127.0.0.1:")
        closer = threading.Thread(target=catcher.close)
        closer.start()
        closer.join(TIMEOUT)
        assert not closer.is_alive(), "close() waited for connections nobody reads"
        assert port_is_free(port)
        # both reset (no TIME_WAIT left); the half-sent one may first get a 400 page, its
        # request having been cut off where it stopped
        assert ended_by_reset(idle) and ended_by_reset(half)


def test_a_browser_that_keeps_sending_after_its_answer_is_still_reset_after_the_wait(
        monkeypatch):
    monkeypatch.setattr(loopback, "CLIENT_CLOSE_WAIT", 0.3)
    with LoopbackRedirectServer(Secret(STATE), linger_seconds=30.0) as srv, \
            socket.create_connection(("127.0.0.1", srv.port), timeout=TIMEOUT) as browser:
        browser.sendall(redirect_bytes(srv.port))
        read_response(browser)
        deadline = time.monotonic() + TIMEOUT
        with pytest.raises((ConnectionResetError, BrokenPipeError)):
            while time.monotonic() < deadline:  # sends without pause, never closes
                browser.sendall(b"x")
        assert srv.wait(TIMEOUT).code.reveal() == CODE


def test_the_port_is_not_free_while_a_catcher_listens_on_it():
    with LoopbackRedirectServer(Secret(STATE)) as srv:
        assert port_is_free(srv.port) is False
    assert port_is_free(srv.port) is True


def listening_stopped(port: int) -> bool:
    """Poll until nothing accepts connections on the port any more."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT).close()
        except ConnectionRefusedError:
            return True
        threading.Event().wait(0.02)
    return False


def wait_for_a_timer(before: set[threading.Thread]) -> bool:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if any(isinstance(t, threading.Timer) for t in threading.enumerate() if t not in before):
            return True
        threading.Event().wait(0.01)
    return False


@pytest.mark.parametrize("linger", [60.0, 0.0], ids=["linger-timer", "closing-at-once"])
def test_no_thread_the_catcher_starts_keeps_the_process_alive(linger):
    """The serving thread, each connection's thread, the linger timer and the thread that
    closes the catcher are all daemon threads: a CLI exiting after the sign-in never
    waits for them (atexit then closes what is left)."""
    before = set(threading.enumerate())
    srv = LoopbackRedirectServer(Secret(STATE), linger_seconds=linger)
    srv.start()
    try:
        with socket.create_connection(("127.0.0.1", srv.port), timeout=TIMEOUT) as browser:
            browser.sendall(redirect_bytes(srv.port))
            read_response(browser)  # and holds the connection: closing waits for it
            assert srv.wait(TIMEOUT).code.reveal() == CODE
            if linger == 0.0:
                assert listening_stopped(srv.port)  # the closing thread is under way
            else:
                assert wait_for_a_timer(before)  # the linger timer is set after wait() returns
            started = [t for t in threading.enumerate() if t not in before]
            assert len(started) >= 2
            assert [t.name for t in started if not t.daemon] == []
    finally:
        srv.close()
