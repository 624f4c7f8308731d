"""The catcher ends every connection when the flow ends (issue 17 item 6): a fixed
redirect port is usable again at once, and a CLI that exits right after the
sign-in has served the page completely."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import textwrap
from urllib.parse import urlencode

import pytest

from tokenmgr.oauth.loopback import LoopbackRedirectServer, port_is_free
from tokenmgr.secret import Secret

# Every test here takes a few seconds at most: a catcher that hangs fails fast instead of
# waiting for the suite-wide timeout.
pytestmark = pytest.mark.timeout(15)

STATE = "s" * 43
CODE = "the-authorization-code"
TIMEOUT = 10.0


def redirect_bytes(port: int) -> bytes:
    query = urlencode({"code": CODE, "state": STATE})
    return (f"GET /callback?{query} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").encode()


def read_response(sock: socket.socket) -> tuple[bytes, bytes]:
    """Read one HTTP/1.0 response by its Content-Length (headers, body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        assert chunk, "connection closed before the headers"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        chunk = sock.recv(4096)
        assert chunk, "connection closed before the whole page was sent"
        body += chunk
    return head, body


def test_close_ends_idle_and_half_sent_connections_so_the_port_is_free_at_once():
    catcher = LoopbackRedirectServer(Secret(STATE), linger_seconds=60.0)
    catcher.start()
    port = catcher.port
    idle = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)  # a preconnect
    half = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    half.sendall(b"GET /callback?code=x HTTP/1.1\r\nHost: 127.0.0.1:")  # never finished
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as browser:
            browser.sendall(redirect_bytes(port))
            _, body = read_response(browser)
        assert b"approved the sign-in" in body
        assert catcher.wait(TIMEOUT).code.reveal() == CODE
        catcher.close()  # the flow is over (here before the linger would end)
        # No polling: when close() returns, no connection holds the port any more.
        assert port_is_free(port)
        for client in (idle, half):  # both ended (EOF, or reset: no TIME_WAIT left)
            with contextlib.suppress(ConnectionResetError):
                while client.recv(4096):
                    pass
    finally:
        idle.close()
        half.close()
        catcher.close()


CLI_LIKE = textwrap.dedent("""
    import sys
    from tokenmgr.oauth.loopback import LoopbackRedirectServer
    from tokenmgr.secret import Secret

    catcher = LoopbackRedirectServer(Secret(sys.argv[1]), linger_seconds=60.0)
    catcher.start()
    print(catcher.port, flush=True)
    catcher.wait(30)
    # and exits at once, as `tokenmgr connect` does after the token exchange
""")


def test_a_process_exiting_right_after_the_redirect_served_the_page_and_freed_the_port():
    child = subprocess.Popen([sys.executable, "-c", CLI_LIKE, STATE], stdout=subprocess.PIPE,
                             text=True)
    try:
        port = int(child.stdout.readline())
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as browser:
            browser.sendall(redirect_bytes(port))
            head, body = read_response(browser)
            assert head.startswith(b"HTTP/1.0 200")
            assert b"approved the sign-in" in body and body.rstrip().endswith(b"</html>")
            # the browser is slow to close: the exiting process must not close first
            # (that would leave 127.0.0.1:PORT in TIME_WAIT for a minute)
            assert child.wait(TIMEOUT) == 0
        assert port_is_free(port), "the fixed port is still taken after the process exited"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
