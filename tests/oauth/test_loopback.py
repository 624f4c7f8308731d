"""The loopback redirect catcher against real sockets (SECURITY.md #1-9, #28).

"Pending" means: the flow keeps waiting and the real redirect still completes it
afterwards, with its own code. Bad requests carry ATTACKER_CODE so that a flow
wrongly completed by them would return the wrong code.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlencode

import pytest

from tokenmgr.errors import (
    FlowCancelledError,
    FlowTimeoutError,
    NotApprovedError,
    PortInUseError,
    ProviderError,
)
from tokenmgr.oauth import loopback
from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.secret import Secret

STATE = "St4te-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
OTHER_STATE = "0therSt4te-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
CODE = "C0de-cccccccccccccccccccccccccccccc"
ATTACKER_CODE = "Att4ckerC0de-dddddddddddddddddddddddddd"
SECRET_VALUES = (STATE, OTHER_STATE, CODE, ATTACKER_CODE)
TIMEOUT = 2.0
LOGGER = "tokenmgr.oauth.loopback"


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: str


# --- helpers ---------------------------------------------------------------------


def assert_page_is_safe(reply: Reply, extra_secrets: tuple[str, ...] = ()) -> None:
    """Promise 8: headers on every page, no third-party resources, no code or state."""
    assert reply.headers.get_all("Cache-Control") == ["no-store"]
    assert reply.headers.get_all("Referrer-Policy") == ["no-referrer"]
    for ref in re.findall(r"""(?:src|href|action)\s*=\s*["']?([^"'\s>]*)""", reply.body, re.I):
        assert "http" not in ref.lower()
        assert not ref.startswith("//")
    assert "url(" not in reply.body.lower()
    assert "@import" not in reply.body.lower()
    everything = reply.body + str(reply.headers)
    for value in (*SECRET_VALUES, *extra_secrets):
        assert value not in everything


def request(
    server: LoopbackRedirectServer,
    target: str,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    extra_secrets: tuple[str, ...] = (),
) -> Reply:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=TIMEOUT)
    try:
        conn.request(method, target, body=body, headers=headers or {})
        response = conn.getresponse()
        try:
            reply = Reply(response.status, response.headers, response.read().decode())
        finally:
            response.close()
    finally:
        conn.close()
    assert_page_is_safe(reply, extra_secrets)
    return reply


def raw_request(port: int, data: bytes, extra_secrets: tuple[str, ...] = ()) -> Reply:
    """Send bytes as they are (malformed requests), read one HTTP response."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        sock.sendall(data)
        response = http.client.HTTPResponse(sock)
        try:
            response.begin()
            reply = Reply(response.status, response.headers, response.read().decode())
        finally:
            response.close()
    assert_page_is_safe(reply, extra_secrets)
    return reply


def callback(server: LoopbackRedirectServer, *pairs: tuple[str, str]) -> str:
    return f"{server.path}?{urlencode(list(pairs))}"


def host(server: LoopbackRedirectServer) -> bytes:
    return f"127.0.0.1:{server.port}".encode()


def complete(server: LoopbackRedirectServer, code: str = CODE, state: str = STATE) -> Reply:
    """Send the real redirect; it must be the one that completes the flow."""
    reply = request(server, callback(server, ("code", code), ("state", state)),
                    extra_secrets=(code, state))
    assert reply.status == 200
    assert "approved the sign-in" in reply.body, "the flow was no longer pending"
    return reply


def assert_still_pending_then_completes(server: LoopbackRedirectServer) -> None:
    complete(server)
    assert server.wait(TIMEOUT).code.reveal() == CODE


def port_can_be_bound(port: int, within: float = 1.5) -> bool:
    """Poll: can a fresh socket (no SO_REUSEADDR) bind 127.0.0.1:port before the deadline?"""
    deadline = time.monotonic() + within
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                pass
            else:
                return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)


def listening_socket(server: LoopbackRedirectServer) -> socket.socket:
    assert server._server is not None
    return server._server.socket


@pytest.fixture
def server() -> Iterator[LoopbackRedirectServer]:
    with LoopbackRedirectServer(
        Secret(STATE), provider_name="Example", linger_seconds=2.0
    ) as srv:
        yield srv


# --- SECURITY.md #1: binding --------------------------------------------------------------


def test_binds_127_0_0_1_only_and_redirect_uri_uses_literal_and_bound_port(server):
    sock = listening_socket(server)
    assert sock.family == socket.AF_INET
    address, port = sock.getsockname()
    assert address == "127.0.0.1"
    assert port == server.port != 0
    assert server.redirect_uri == f"http://127.0.0.1:{port}/callback"


def test_fixed_port_is_the_one_bound_and_advertised():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with LoopbackRedirectServer(Secret(STATE), port=port) as srv:
        assert listening_socket(srv).getsockname() == ("127.0.0.1", port)
        assert srv.redirect_uri == f"http://127.0.0.1:{port}/callback"


def test_listening_socket_does_not_set_so_reuseaddr(server):
    sock = listening_socket(server)
    assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0
    if hasattr(socket, "SO_REUSEPORT"):
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) == 0


def test_taken_fixed_port_raises_port_in_use_naming_the_port_before_serving():
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        srv = LoopbackRedirectServer(Secret(STATE), port=port)
        with pytest.raises(PortInUseError) as info:
            srv.start()
        srv.close()
    assert info.value.port == port
    assert str(port) in str(info.value)
    assert srv._thread is None  # nothing started
    with pytest.raises(RuntimeError):
        _ = srv.redirect_uri  # no redirect URI to hand to a browser


def test_taken_fixed_port_via_context_manager_raises_port_in_use():
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        port = blocker.getsockname()[1]
        with pytest.raises(PortInUseError, match=str(port)), \
                LoopbackRedirectServer(Secret(STATE), port=port):
            pytest.fail("entered a server on a taken port")


def test_custom_path_is_used_in_redirect_uri_and_is_the_only_callback():
    with LoopbackRedirectServer(Secret(STATE), path="oauth2/cb") as srv:
        assert srv.redirect_uri == f"http://127.0.0.1:{srv.port}/oauth2/cb"
        bad = request(srv, f"/callback?{urlencode({'code': ATTACKER_CODE, 'state': STATE})}")
        assert bad.status == 404
        assert_still_pending_then_completes(srv)


# --- SECURITY.md #2, #4, #5: requests that are not the valid redirect stay pending ---------------


OTHER_PATHS = ["/favicon.ico", "/", "/callback/x", "/callbackx", "/robots.txt"]


@pytest.mark.parametrize("path", OTHER_PATHS)
def test_other_paths_get_404_and_flow_stays_pending(server, path):
    reply = request(server, f"{path}?{urlencode({'code': ATTACKER_CODE, 'state': STATE})}")
    assert reply.status == 404
    assert request(server, path).status == 404
    assert_still_pending_then_completes(server)


def test_missing_state_gets_400_and_flow_stays_pending(server):
    assert request(server, callback(server, ("code", ATTACKER_CODE))).status == 400
    assert_still_pending_then_completes(server)


def test_wrong_state_is_rejected_as_csrf_with_403_and_flow_stays_pending(server):
    reply = request(server, callback(server, ("code", ATTACKER_CODE), ("state", OTHER_STATE)))
    assert reply.status == 403
    assert_still_pending_then_completes(server)


@pytest.mark.parametrize("error", ["access_denied", "server_error"])
def test_error_with_wrong_state_gets_400_and_flow_stays_pending(server, error):
    reply = request(server, callback(server, ("error", error), ("state", OTHER_STATE)))
    assert reply.status == 400
    assert_still_pending_then_completes(server)


@pytest.mark.parametrize("error", ["access_denied", "server_error"])
def test_error_without_state_gets_400_and_flow_stays_pending(server, error):
    assert request(server, callback(server, ("error", error))).status == 400
    assert_still_pending_then_completes(server)


@pytest.mark.parametrize(
    "pairs",
    [
        (("code", ATTACKER_CODE), ("state", STATE), ("state", STATE)),
        (("code", ATTACKER_CODE), ("state", OTHER_STATE), ("state", STATE)),
        (("code", ATTACKER_CODE), ("code", ATTACKER_CODE), ("state", STATE)),
        (("code", CODE), ("code", ATTACKER_CODE), ("state", STATE)),
    ],
    ids=["state-twice", "wrong-then-right-state", "code-twice", "two-codes"],
)
def test_repeated_state_or_code_gets_400_and_flow_stays_pending(server, pairs):
    assert request(server, callback(server, *pairs)).status == 400
    assert_still_pending_then_completes(server)


def test_redirect_without_code_gets_400_and_flow_stays_pending(server):
    assert request(server, callback(server, ("state", STATE))).status == 400
    assert request(server, callback(server, ("code", ""), ("state", STATE))).status == 400
    assert_still_pending_then_completes(server)


def test_too_many_parameters_get_400_and_flow_stays_pending(server):
    pairs = [("code", ATTACKER_CODE), ("state", STATE)] + [(f"p{i}", "1") for i in range(60)]
    assert request(server, callback(server, *pairs)).status == 400
    assert_still_pending_then_completes(server)


@pytest.mark.parametrize(
    "host_header",
    ["localhost:{port}", "127.0.0.1", "evil.example", "127.0.0.1:{other}", "[::1]:{port}",
     "127.0.0.1:{port}.evil.example"],
)
def test_wrong_host_header_gets_400_and_flow_stays_pending(server, host_header):
    value = host_header.format(port=server.port, other=server.port + 1)
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE))
    assert request(server, target, headers={"Host": value}).status == 400
    assert_still_pending_then_completes(server)

# Every test here takes a few seconds at most: a catcher that hangs fails fast instead of
# waiting for the suite-wide timeout.
pytestmark = pytest.mark.timeout(15)


def test_two_host_headers_get_400_and_flow_stays_pending(server):
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE)).encode()
    data = (b"GET " + target + b" HTTP/1.1\r\nHost: " + host(server)
            + b"\r\nHost: " + host(server) + b"\r\nConnection: close\r\n\r\n")
    assert raw_request(server.port, data).status == 400
    assert_still_pending_then_completes(server)


def test_request_without_host_header_gets_400_and_flow_stays_pending(server):
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE)).encode()
    assert raw_request(server.port, b"GET " + target + b" HTTP/1.0\r\n\r\n").status == 400
    assert_still_pending_then_completes(server)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_methods_other_than_get_on_callback_get_405_and_flow_stays_pending(server, method):
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE))
    body = urlencode({"code": ATTACKER_CODE, "state": STATE}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    reply = request(server, target, method=method, body=body, headers=headers)
    assert reply.status == 405
    assert_still_pending_then_completes(server)


def test_head_on_callback_does_not_complete_the_flow(server):
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE))
    assert request(server, target, method="HEAD").status == 405
    assert_still_pending_then_completes(server)


def test_malformed_request_line_gets_400_without_echoing_code_or_state(server, caplog, capsys):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE)).encode()
    for line in (b"GET " + target + b" extra HTTP/1.1", b"GET HTTP/1.1 " + target,
                 b"GET " + target + b" HTTP/1.x"):
        reply = raw_request(server.port, line + b"\r\nHost: " + host(server) + b"\r\n\r\n")
        assert reply.status == 400
    assert_still_pending_then_completes(server)
    for value in SECRET_VALUES:
        assert value not in caplog.text
    assert "Traceback" not in capsys.readouterr().err


# --- SECURITY.md #6: slow clients and size caps ---------------------------------------------


def test_idle_and_slow_connections_do_not_delay_the_valid_redirect(server):
    stop = threading.Event()

    def dribble(sock: socket.socket) -> None:
        for byte in b"GET /callback?state=":
            if stop.wait(0.1):
                return
            sock.sendall(bytes([byte]))

    with socket.create_connection(("127.0.0.1", server.port)) as idle, \
            socket.create_connection(("127.0.0.1", server.port)) as slow:
        slow.sendall(b"G")
        dribbler = threading.Thread(target=dribble, args=(slow,), daemon=True)
        dribbler.start()
        try:
            time.sleep(0.1)  # the idle and slow connections are accepted first
            started = time.monotonic()
            complete(server)
            elapsed = time.monotonic() - started
            assert server.wait(TIMEOUT).code.reveal() == CODE
            assert elapsed < 2.0
            # the idle socket is still open: the server has not dropped it yet
            idle.setblocking(False)
            with pytest.raises(BlockingIOError):
                idle.recv(1)
        finally:
            stop.set()
            dribbler.join()


def test_default_per_connection_read_timeout_is_finite_and_short():
    assert loopback._Handler.timeout is not None
    assert 0 < loopback._Handler.timeout <= 10


def test_idle_connection_is_dropped_after_the_per_connection_timeout(monkeypatch):
    monkeypatch.setattr(loopback._Handler, "timeout", 0.2)
    monkeypatch.setattr(loopback, "CLIENT_CLOSE_WAIT", 0.2)
    with LoopbackRedirectServer(Secret(STATE)) as srv, \
            socket.create_connection(("127.0.0.1", srv.port), timeout=TIMEOUT) as idle:
        started = time.monotonic()
        with contextlib.suppress(ConnectionResetError):  # reset or closed: both dropped
            assert idle.recv(1) == b""
        assert time.monotonic() - started < 1.5
        assert_still_pending_then_completes(srv)


def test_over_long_request_line_gets_414_and_flow_stays_pending(server, capsys):
    long_code = "L" * 9000
    target = callback(server, ("code", long_code), ("state", STATE)).encode()
    data = b"GET " + target + b" HTTP/1.1\r\nHost: " + host(server) + b"\r\n\r\n"
    reply = raw_request(server.port, data, extra_secrets=(long_code,))
    assert reply.status == 414
    assert "Traceback" not in capsys.readouterr().err
    assert_still_pending_then_completes(server)


def test_three_kib_code_completes_the_flow(server):
    code = "K" * 3072
    complete(server, code=code)
    assert server.wait(TIMEOUT).code.reveal() == code


# --- SECURITY.md #7: one result per flow, then close ---------------------------------------------


def test_reload_after_valid_redirect_gets_finished_page_and_result_is_unchanged(server):
    complete(server)
    reload = request(server, callback(server, ("code", CODE), ("state", STATE)))
    assert reload.status == 200
    assert "finished" in reload.body.lower()
    second = request(server, callback(server, ("code", ATTACKER_CODE), ("state", STATE)))
    assert second.status == 200
    assert "approved" not in second.body
    assert server.wait(TIMEOUT).code.reveal() == CODE
    assert server.wait(TIMEOUT).code.reveal() == CODE


def test_cancel_or_timeout_after_the_valid_redirect_keeps_the_code(server):
    complete(server)
    server.cancel()
    assert server.wait(0.01).code.reveal() == CODE
    assert server.wait(0.01).code.reveal() == CODE


def test_port_is_released_after_linger_and_can_be_bound_again():
    with LoopbackRedirectServer(Secret(STATE), linger_seconds=0.2) as srv:
        port = srv.port
        complete(srv)
        assert srv.wait(TIMEOUT).code.reveal() == CODE
        assert request(srv, callback(srv, ("code", CODE), ("state", STATE))).status == 200
        assert port_can_be_bound(port), "port still taken after the linger"
    # the next sign-in can use the same fixed port
    with LoopbackRedirectServer(Secret(OTHER_STATE), port=port) as again:
        assert again.port == port


def test_cancel_makes_wait_raise_and_frees_the_port():
    with LoopbackRedirectServer(Secret(STATE)) as srv, ThreadPoolExecutor(1) as pool:
        port = srv.port
        waiting = pool.submit(srv.wait, 10.0)
        time.sleep(0.05)
        started = time.monotonic()
        srv.cancel()
        with pytest.raises(FlowCancelledError):
            waiting.result(timeout=TIMEOUT)
        assert time.monotonic() - started < 0.5
        assert port_can_be_bound(port, within=0.5)
        with pytest.raises(FlowCancelledError):
            srv.wait(TIMEOUT)


def test_valid_redirect_after_cancel_does_not_complete():
    with LoopbackRedirectServer(Secret(STATE)) as srv:
        port = srv.port
        srv.cancel()
        assert port_can_be_bound(port, within=0.5)
        with pytest.raises(FlowCancelledError):
            srv.wait(TIMEOUT)


def test_wait_timeout_raises_flow_timeout_and_frees_the_port():
    with LoopbackRedirectServer(Secret(STATE)) as srv:
        port = srv.port
        started = time.monotonic()
        with pytest.raises(FlowTimeoutError):
            srv.wait(timeout=0.2)
        assert 0.15 < time.monotonic() - started < 1.0
        assert port_can_be_bound(port, within=0.5)


# --- refusals and pages (SECURITY.md #8) -------------------------------------------------------


def test_access_denied_with_right_state_ends_flow_as_not_approved(server):
    reply = request(server, callback(server, ("error", "access_denied"), ("state", STATE)))
    assert reply.status == 200
    assert "not completed" in reply.body
    with pytest.raises(NotApprovedError):
        server.wait(TIMEOUT)


def test_provider_error_description_is_html_escaped_on_the_page(server):
    description = "<script>alert(1)</script>"
    target = callback(server, ("error", "server_error"),
                      ("error_description", description), ("state", STATE))
    reply = request(server, target)
    assert reply.status == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reply.body
    assert "<script" not in reply.body.lower()
    assert "server_error" in reply.body
    with pytest.raises(ProviderError) as info:
        server.wait(TIMEOUT)
    assert info.value.error == "server_error"
    assert info.value.description == description


def test_error_uri_is_not_followed_or_linked(server):
    target = callback(server, ("error", "server_error"), ("state", STATE),
                      ("error_uri", "https://evil.example/x"))
    reply = request(server, target)
    assert reply.status == 200
    assert "evil.example" not in reply.body
    assert reply.headers.get("Location") is None


def test_success_page_is_safe_and_names_the_provider(server):
    reply = complete(server)
    assert "Example" in reply.body
    assert reply.headers.get("Location") is None
    assert reply.headers.get_content_type() == "text/html"


# --- SECURITY.md #9: several flows at once --------------------------------------------------------


def test_redirect_for_flow_a_sent_to_flow_b_gets_403_and_does_not_complete_b():
    with LoopbackRedirectServer(Secret(STATE)) as a, \
            LoopbackRedirectServer(Secret(OTHER_STATE)) as b:
        assert a.port != b.port
        crossed = request(b, callback(b, ("code", CODE), ("state", STATE)))
        assert crossed.status == 403
        complete(b, code=ATTACKER_CODE, state=OTHER_STATE)
        assert b.wait(TIMEOUT).code.reveal() == ATTACKER_CODE
        complete(a, code=CODE, state=STATE)
        assert a.wait(TIMEOUT).code.reveal() == CODE


# --- SECURITY.md #28: logs ------------------------------------------------------------------------


def test_debug_log_never_shows_code_or_state(server, caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    request(server, callback(server, ("code", ATTACKER_CODE), ("state", OTHER_STATE)))
    request(server, callback(server, ("code", ATTACKER_CODE)))
    request(server, callback(server, ("code", ATTACKER_CODE), ("state", STATE), ("state", STATE)))
    request(server, f"/favicon.ico?code={ATTACKER_CODE}&state={STATE}")
    request(server, callback(server, ("code", ATTACKER_CODE), ("state", STATE)), method="POST")
    raw_request(server.port, b"GET " + callback(server, ("code", CODE), ("state", STATE)).encode()
                + b" junk HTTP/1.1\r\n\r\n")
    complete(server)
    request(server, callback(server, ("code", CODE), ("state", STATE)))
    assert server.wait(TIMEOUT).code.reveal() == CODE
    assert caplog.records, "nothing was logged: the test would prove nothing"
    for value in SECRET_VALUES:
        assert value not in caplog.text
        for record in caplog.records:
            assert value not in repr(record.args)


def test_localhost_providers_get_localhost_in_the_uri_while_only_127_0_0_1_is_bound():
    """Dropbox, Microsoft & co. match the name ``localhost``: the URI says it, the catcher
    still binds 127.0.0.1 alone (issue 16)."""
    with LoopbackRedirectServer(Secret(STATE), uri_host="localhost") as srv:
        assert listening_socket(srv).getsockname()[0] == "127.0.0.1"
        assert srv.redirect_uri == f"http://localhost:{srv.port}/callback"
