"""Two catcher defects found while testing the Connect flow (issue 17 mutation work):
the presets whose redirect URI names ``localhost`` (Bitbucket, Microsoft, Dropbox,
Slack, X OAuth 2) were refused by the catcher's Host check, and a close() racing the
catcher's own close (after a cancel or a timeout) returned before the port was free."""

from __future__ import annotations

import http.client
import socket

import pytest

from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.secret import Secret

from .test_loopback import CODE, STATE, TIMEOUT, callback, port_can_be_bound, request

pytestmark = pytest.mark.timeout(15)


def test_a_localhost_redirect_uri_is_served_as_the_browser_sends_it():
    with LoopbackRedirectServer(Secret(STATE), provider_name="Example",
                                uri_host="localhost") as server:
        assert server.redirect_uri == f"http://localhost:{server.port}/callback"
        # As a browser does: connect to "localhost", which sends Host: localhost:PORT.
        connection = http.client.HTTPConnection("localhost", server.port, timeout=TIMEOUT)
        try:
            connection.request("GET", callback(server, ("code", CODE), ("state", STATE)))
            answer = connection.getresponse()
            body = answer.read().decode()
        finally:
            connection.close()
        assert answer.status == 200 and "approved the sign-in" in body
        assert server.wait(TIMEOUT).code.reveal() == CODE


@pytest.mark.parametrize(("uri_host", "sent_host"), [
    ("localhost", "127.0.0.1"),  # only the name in the redirect URI is accepted
    ("127.0.0.1", "localhost"),
    ("localhost", "evil.example"),  # DNS rebinding: another name pointing here
])
def test_any_other_host_name_is_refused(uri_host, sent_host):
    with LoopbackRedirectServer(Secret(STATE), provider_name="Example",
                                uri_host=uri_host) as server:
        reply = request(server, callback(server, ("code", CODE), ("state", STATE)),
                        headers={"Host": f"{sent_host}:{server.port}"})
        assert reply.status == 400 and "Unexpected Host header." in reply.body
        server.cancel()


def test_close_returns_once_the_port_is_free_while_the_catchers_own_close_runs():
    with socket.socket() as probe:  # a fixed port, as the Dropbox preset has
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for _ in range(5):
        server = LoopbackRedirectServer(Secret(STATE), port=port, provider_name="Example")
        server.start()
        server.cancel()  # the catcher starts closing itself on a thread of its own
        server.close()  # the flow's close: must not return before the port is free
        assert port_can_be_bound(port, within=0.0)
