"""What the user's browser is shown by the loopback catcher: for every kind of request
the exact status, the page's title, message and detail, and the same protective
headers on every page (SECURITY.md #8)."""

from __future__ import annotations

import html
import logging
import re
import socket
from collections.abc import Iterator

import pytest

from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.secret import Secret

from .test_loopback import (
    ATTACKER_CODE,
    CODE,
    LOGGER,
    OTHER_STATE,
    STATE,
    TIMEOUT,
    Reply,
    callback,
    host,
    raw_request,
    request,
)

# Every test here takes a few seconds at most: a catcher that hangs fails fast instead of
# waiting for the suite-wide timeout.
pytestmark = pytest.mark.timeout(15)

ISSUER = "https://idp.example"
HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
}
PAGE = re.compile(
    r"<title>(?P<head>.*?)</title>.*?<h1>(?P<title>.*?)</h1>\n<p>(?P<message>.*?)</p>\n"
    r'<p class="detail">(?P<detail>.*?)</p>\n', re.S)


def shown(reply: Reply) -> tuple[int, str, str, str]:
    """(status, title, message, detail) as the browser shows them, after checking that
    the page carries exactly the protective headers and its exact length."""
    names = [name for name in reply.headers if name != "Date"]
    assert sorted(names) == sorted([*HEADERS, "Content-Length", "Server"])
    assert reply.headers["Server"].strip() == "tokenmgr"  # no Python version
    for name, value in HEADERS.items():
        assert reply.headers.get_all(name) == [value], name
    assert int(reply.headers["Content-Length"]) == len(reply.body.encode())
    match = PAGE.search(reply.body)
    assert match, reply.body
    assert match["head"] == match["title"]
    return (reply.status, *(html.unescape(match[k]) for k in ("title", "message", "detail")))


@pytest.fixture
def server() -> Iterator[LoopbackRedirectServer]:
    with LoopbackRedirectServer(Secret(STATE), provider_name="Example", linger_seconds=2.0,
                                expected_issuer=ISSUER) as srv:
        yield srv


def redirect(server: LoopbackRedirectServer, *pairs: tuple[str, str]) -> Reply:
    return request(server, callback(server, *pairs))


# --- requests that are refused: the flow keeps waiting --------------------------------

def test_wrong_host_page(server):
    reply = request(server, callback(server, ("code", ATTACKER_CODE), ("state", STATE)),
                    headers={"Host": "evil.example"})
    assert shown(reply) == (400, "Bad request", "Unexpected Host header.", "")


def test_unknown_path_page(server):
    assert shown(request(server, "/favicon.ico")) == (
        404, "Not found", "This page does not exist.", "")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_other_method_page(server, method):
    reply = request(server, callback(server, ("code", ATTACKER_CODE), ("state", STATE)),
                    method=method)
    assert shown(reply) == (405, "Method not allowed", "Only GET is accepted.", "")


def test_head_gets_the_status_and_headers_but_no_body(server):
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE)).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        sock.sendall(b"HEAD " + target + b" HTTP/1.1\r\nHost: " + host(server) + b"\r\n\r\n")
        sock.shutdown(socket.SHUT_WR)  # the whole request is sent: the server closes after
        data = b""
        while chunk := sock.recv(4096):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 405 ")
    assert b"Content-Length: " in head
    assert body == b""


@pytest.mark.parametrize(("pairs", "status", "title", "message"), [
    ((("code", ATTACKER_CODE),), 400, "Bad request", "The redirect has no state parameter."),
    ((("code", ATTACKER_CODE), ("state", OTHER_STATE), ("iss", ISSUER)), 403,
     "Not for this sign-in", "The redirect's state does not match this sign-in (possible CSRF)."),
    ((("code", ATTACKER_CODE), ("state", STATE)), 400, "Bad request",
     "The redirect's issuer (iss) is missing or not the provider's."),
    ((("code", ATTACKER_CODE), ("state", STATE), ("state", STATE)), 400, "Bad request",
     "The redirect repeats the parameter 'state'."),
    ((("error", "access_denied"), ("state", OTHER_STATE)), 400, "Bad request",
     "An error redirect arrived that is not for this sign-in."),
    ((("state", STATE), ("iss", ISSUER)), 400, "Bad request",
     "The redirect has neither a code nor an error."),
    ((("code", ATTACKER_CODE), ("state", STATE), *((f"p{i}", "1") for i in range(60))), 400,
     "Bad request", "The redirect has too many parameters."),
], ids=["no-state", "wrong-state", "no-iss", "state-twice", "stray-error", "no-code",
        "too-many"])
def test_invalid_redirect_page_says_what_is_wrong_and_the_flow_keeps_waiting(
        server, pairs, status, title, message):
    assert shown(redirect(server, *pairs)) == (status, title, message, "")
    reply = redirect(server, ("code", CODE), ("state", STATE), ("iss", ISSUER))
    assert shown(reply)[1] == "Signed in"
    assert server.wait(TIMEOUT).code.reveal() == CODE


def test_a_redirect_before_the_sign_in_knows_its_state_is_refused_until_expect():
    """OAuth 1: the request token (the value to match) exists only after the callback URL
    was sent; until expect() a redirect is answered 'no sign-in is waiting'."""
    with LoopbackRedirectServer(None, provider_name="Example") as srv:
        early = request(srv, callback(srv, ("code", CODE), ("state", STATE)))
        assert shown(early) == (400, "Bad request",
                                "No sign-in is waiting for this answer; start again.", "")
        srv.expect(Secret(STATE))
        later = request(srv, callback(srv, ("code", CODE), ("state", STATE)))
        assert shown(later)[:2] == (200, "Signed in")
        assert srv.wait(TIMEOUT).code.reveal() == CODE


# --- the one redirect that ends the flow, and what comes after --------------------------

def test_success_page_then_finished_page_on_reload(server):
    first = redirect(server, ("code", CODE), ("state", STATE), ("iss", ISSUER))
    assert shown(first) == (200, "Signed in",
                            "Example approved the sign-in; tokenmgr is finishing it.", "")
    again = redirect(server, ("code", ATTACKER_CODE), ("state", STATE), ("iss", ISSUER))
    assert shown(again) == (200, "Sign-in finished", "This sign-in has already finished.", "")
    stray = request(server, "/favicon.ico")
    assert shown(stray)[0] == 404  # other paths still 404 after the end
    result = server.wait(TIMEOUT)
    assert result.code.reveal() == CODE
    assert result.issuer == ISSUER


def test_access_denied_page_names_the_provider(server):
    reply = redirect(server, ("error", "access_denied"), ("state", STATE), ("iss", ISSUER))
    assert shown(reply) == (200, "Example: sign-in not completed",
                            "The sign-in was not approved.", "")


@pytest.mark.parametrize(("description", "detail"), [
    ("Try again <b>later</b>", "Try again <b>later</b>"),
    (None, ""),
])
def test_provider_refusal_page_shows_the_error_and_its_description_as_text(
        server, description, detail):
    pairs = [("error", "temporarily_unavailable"), ("state", STATE), ("iss", ISSUER)]
    if description is not None:
        pairs.append(("error_description", description))
    reply = redirect(server, *pairs)
    assert "<b>" not in reply.body
    assert shown(reply) == (200, "Example: sign-in not completed",
                            "The provider refused: temporarily_unavailable", detail)


def test_default_provider_name_on_pages():
    with LoopbackRedirectServer(Secret(STATE)) as srv:
        reply = request(srv, callback(srv, ("error", "invalid_scope"), ("state", STATE)))
        assert shown(reply)[1] == "the provider: sign-in not completed"
    with LoopbackRedirectServer(Secret(STATE)) as srv:
        reply = request(srv, callback(srv, ("code", CODE), ("state", STATE)))
        assert shown(reply)[2] == "the provider approved the sign-in; tokenmgr is finishing it."


# --- requests the HTTP parser refuses ---------------------------------------------------

def test_malformed_request_line_gets_a_full_400_page(server):
    target = callback(server, ("code", ATTACKER_CODE), ("state", STATE)).encode()
    reply = raw_request(server.port, b"GET " + target + b" HTTP/1.x\r\nHost: "
                        + host(server) + b"\r\n\r\n")
    assert shown(reply) == (400, "Bad Request", "Bad Request", "")


def test_each_request_is_logged_with_its_status_only(server, caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    request(server, "/favicon.ico")
    redirect(server, ("code", ATTACKER_CODE), ("state", OTHER_STATE), ("iss", ISSUER))
    redirect(server, ("code", CODE), ("state", STATE), ("iss", ISSUER))
    server.wait(TIMEOUT)
    messages = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert messages == ["loopback request answered (404)", "loopback request answered (403)",
                        "loopback request answered (200)"]


def test_pages_do_not_name_the_python_version(server):
    reply = request(server, "/")
    assert reply.headers.get_all("Server") == ["tokenmgr "]  # BaseHTTPRequestHandler's form
    assert "Python" not in str(reply.headers)


def test_a_request_without_an_http_version_still_gets_status_and_headers(server):
    """An HTTP/0.9-style line (no version, so no Host either) is refused like any other
    request: with the status line and every protective header, not a bare body."""
    target = f"/callback?code={ATTACKER_CODE}&state={STATE}".encode()
    reply = raw_request(server.port, b"GET " + target + b"\r\n\r\n")
    assert shown(reply) == (400, "Bad request", "Unexpected Host header.", "")
