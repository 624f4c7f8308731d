"""HttpClient's failures in the words the user reads, against real sockets on 127.0.0.1:
a full accept queue (no connection made), a refused port, a server that hangs up, a
body cut short, an environment proxy for non-loopback HTTPS; and HttpResponse's helpers."""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.errors import NetworkError, OfflineError, TokenResponseError
from tokenmgr.oauth.http import USER_AGENT, HttpClient, HttpResponse

PROXY_VARS = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY",
              "all_proxy", "NO_PROXY", "no_proxy")


@pytest.fixture(autouse=True)
def no_proxy_from_the_environment(monkeypatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


class RawServer:
    """A TCP server on 127.0.0.1 that records what each connection sent before the
    blank line and answers it with fixed bytes, then hangs up."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.received: list[bytes] = []
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self._sock.settimeout(5.0)
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self._sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5.0)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
            self.received.append(data)
            conn.sendall(self.answer)

    def close(self) -> None:
        self._thread.join(5.0)
        self._sock.close()


@pytest.fixture
def raw_server() -> Iterator[list[RawServer]]:
    started: list[RawServer] = []
    yield started
    for server in started:
        server.close()


def serve(raw_server: list[RawServer], answer: bytes) -> RawServer:
    server = RawServer(answer)
    raw_server.append(server)
    return server


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(connect_timeout=0.5, total_timeout=5.0)
    yield client
    client.close()


# --- the words of each failure -------------------------------------------------------------


@pytest.fixture
def full_accept_queue() -> Iterator[int]:
    """A listening port whose accept queue is full: the kernel drops further SYNs, so a
    connection attempt times out without ever being made."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    queued = []
    for _ in range(3):
        sock = socket.socket()
        sock.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            sock.connect(("127.0.0.1", port))
        queued.append(sock)
    yield port
    for sock in queued:
        sock.close()
    listener.close()


def test_no_connection_within_the_connect_timeout_is_offline(full_accept_queue, http):
    with pytest.raises(OfflineError) as info:
        http.request("POST", f"http://127.0.0.1:{full_accept_queue}/token", data={"a": "b"})
    assert str(info.value) == (
        "Offline? 127.0.0.1 could not be reached in time (no connection was made). The "
        "account is fine; try again when the network is back.")


def test_a_refused_connection_is_offline(http):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connections are refused
        with pytest.raises(OfflineError) as info:
            http.request("GET", f"http://127.0.0.1:{port}/token")
    assert str(info.value) == (
        "Offline? Could not connect to 127.0.0.1 (connection refused or network "
        "unreachable). The account is fine; try again when the network is back.")


def test_a_name_that_does_not_resolve_is_offline(http):
    with pytest.raises(OfflineError) as info:
        http.request("GET", "https://tokenmgr-test.invalid/token")
    assert str(info.value) == (
        "Offline? Could not connect to tokenmgr-test.invalid (name not resolved). The "
        "account is fine; try again when the network is back.")


def test_a_server_that_hangs_up_without_answering_is_a_network_error_not_offline(
        raw_server, http):
    server = serve(raw_server, b"")
    with pytest.raises(NetworkError) as info:
        http.request("POST", f"http://127.0.0.1:{server.port}/token", data={"a": "b"})
    assert not isinstance(info.value, OfflineError)  # the request was sent: it may have acted
    assert str(info.value) == "Could not reach 127.0.0.1: ConnectionError"
    assert server.received[0].startswith(b"POST /token HTTP/1.1\r\n")


def test_a_body_cut_short_is_a_broken_connection(raw_server, http):
    server = serve(raw_server, b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n"
                               b"Content-Type: application/json\r\n\r\n{\"access")
    with pytest.raises(NetworkError) as info:
        http.request("GET", f"http://127.0.0.1:{server.port}/token")
    assert str(info.value) == "Connection to 127.0.0.1 broke: ProtocolError"


def test_an_address_requests_cannot_use_is_a_network_error(http):
    with pytest.raises(NetworkError) as info:
        http.request("GET", "http://127.0.0.1:99999/token")
    assert str(info.value) == "Could not reach 127.0.0.1: InvalidURL"


def test_an_answer_that_does_not_come_in_time_names_the_host():
    listener = socket.socket()  # accepts (the kernel does) but never answers
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    client = HttpClient(connect_timeout=1.0, total_timeout=0.2)
    try:
        with pytest.raises(NetworkError) as info:
            client.request("GET", f"http://127.0.0.1:{listener.getsockname()[1]}/slow")
    finally:
        client.close()
        listener.close()
    assert not isinstance(info.value, OfflineError)
    assert str(info.value) == "127.0.0.1 did not answer in time."


@pytest.mark.parametrize(("declared", "body"), [("2000", b"x" * 2000), (None, b"y" * 2000)])
def test_an_answer_over_the_cap_says_the_cap(declared, body, raw_server):
    headers = f"Content-Length: {declared}\r\n" if declared else "Connection: close\r\n"
    server = serve(raw_server, b"HTTP/1.1 200 OK\r\n" + headers.encode() + b"\r\n" + body)
    client = HttpClient(max_bytes=1500)
    try:
        with pytest.raises(TokenResponseError) as info:
            client.request("GET", f"http://127.0.0.1:{server.port}/big")
    finally:
        client.close()
    assert str(info.value) == "127.0.0.1 sent a response over 1500 bytes."


def test_a_declared_size_over_the_cap_is_refused_before_the_body_is_read(raw_server):
    """The header alone decides: the body (cut short here) is never waited for."""
    server = serve(raw_server, b"HTTP/1.1 200 OK\r\nContent-Length: 5000000\r\n\r\n{}")
    client = HttpClient(max_bytes=1500)
    try:
        with pytest.raises(TokenResponseError) as info:
            client.request("GET", f"http://127.0.0.1:{server.port}/huge")
    finally:
        client.close()
    assert str(info.value) == "127.0.0.1 sent a response over 1500 bytes."


def test_the_defaults_are_the_documented_deadlines_and_cap():
    client = HttpClient()
    try:
        assert (client.connect_timeout, client.total_timeout, client.max_bytes) == (
            10.0, 30.0, 1 << 20)
    finally:
        client.close()


# --- proxies and the environment ---------------------------------------------------------------


def test_non_loopback_https_goes_through_the_environments_proxy(raw_server, http, monkeypatch):
    proxy = serve(raw_server, b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
    monkeypatch.setenv("https_proxy", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
    with pytest.raises(NetworkError):
        http.request("GET", "https://idp.example/.well-known/openid-configuration")
    assert proxy.received[0].startswith(b"CONNECT idp.example:443 ")


def test_loopback_requests_send_no_netrc_credentials(tmp_path, monkeypatch, http):
    """The loopback session reads nothing from the environment: neither a proxy nor a
    ~/.netrc password for 127.0.0.1 reaches the local server."""
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password netrc-secret\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    with HTTPServer(host="127.0.0.1", port=0) as server:
        server.expect_request("/token").respond_with_data("ok")
        http.request("GET", server.url_for("/token"))
        (request, _), = server.log
    assert "Authorization" not in request.headers
    assert request.headers["User-Agent"] == USER_AGENT == "tokenmgr/0.1"


# --- HttpResponse ---------------------------------------------------------------------------


@pytest.mark.parametrize(("headers", "expected"), [
    ({"content-type": "Application/JSON; charset=UTF-8"}, "application/json"),
    ({"content-type": " text/html "}, "text/html"),
    ({}, ""),
])
def test_content_type_is_the_bare_lowercase_media_type(headers, expected):
    assert HttpResponse(200, headers, b"").content_type == expected


def test_text_decodes_utf8_and_replaces_what_is_not():
    assert HttpResponse(200, {}, "grüße \xff".encode() + b"\xff").text == "grüße \xff\ufffd"


def test_json_parses_the_body_and_refuses_what_is_not_json():
    assert HttpResponse(200, {}, b'{"a": [1]}').json() == {"a": [1]}
    with pytest.raises(TokenResponseError) as info:
        HttpResponse(200, {}, b"<html>").json()
    assert str(info.value) == "The provider's answer is not valid JSON."
    assert info.value.__cause__ is None and info.value.__suppress_context__


# --- certificates ------------------------------------------------------------------------------


def self_signed_context(tmp_path) -> ssl.SSLContext:
    """A server context with a certificate for 127.0.0.1 that nobody vouches for."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context


def test_an_https_endpoint_with_an_untrusted_certificate_is_refused(tmp_path, http):
    with HTTPServer(host="127.0.0.1", port=0, ssl_context=self_signed_context(tmp_path)) as srv:
        srv.expect_request("/token").respond_with_data("should not be read")
        url = srv.url_for("/token")
        assert url.startswith("https://127.0.0.1:")
        with pytest.raises(NetworkError) as info:
            http.request("POST", url, data={"refresh_token": "rt"})
        assert srv.log == []  # the TLS handshake failed: nothing was sent
    assert str(info.value) == "Could not reach 127.0.0.1: SSLError"
