"""Which URLs may carry OAuth traffic or reach the browser (SECURITY.md #11 and #12)."""

from __future__ import annotations

import threading
import webbrowser

import pytest

from tokenmgr.errors import BrowserError, InsecureEndpointError
from tokenmgr.oauth import browser
from tokenmgr.oauth.browser import check_browser_url, open_in_browser
from tokenmgr.values.transport import check_endpoint, is_loopback_host

ALLOWED = [
    "https://example.com/oauth/token",
    "https://example.com:8443/token?x=1",
    "http://127.0.0.1/token",
    "http://127.0.0.1:9000/o/token/",
    "http://127.0.0.5:9000/token",
    "http://[::1]:8080/token",
    "http://localhost/token",
    "http://localhost:9000/token",
    "http://LOCALHOST:9000/token",
]
REFUSED_HTTP = [
    "http://example.com/token",
    "http://example.com:80/token",
    "http://0.0.0.0:9000/token",
    "http://192.168.1.10/token",
    "http://localhost.example.com/token",
    "http://127.0.0.1.nip.io/token",
    "http://[::2]/token",
]
REFUSED_SCHEMES = [
    "file:///etc/passwd",
    "file://localhost/etc/passwd",
    "javascript:alert(1)",
    "javascript://example.com/%0aalert(1)",
    "ftp://example.com/token",
    "ftp://127.0.0.1/token",
    "data:text/html,<script>alert(1)</script>",
    "/relative/path",
    "example.com/token",
    "",
]
WITH_CREDENTIALS = [
    "https://user:pass@example.com/token",
    "https://user@example.com/token",
    "https://:pass@example.com/token",
    "http://user:pass@127.0.0.1:9000/token",
]


@pytest.mark.parametrize("url", ALLOWED)
def test_check_endpoint_allows_https_and_http_to_loopback(url):
    assert check_endpoint(url) == url


@pytest.mark.parametrize("url", REFUSED_HTTP)
def test_check_endpoint_refuses_plain_http_to_other_hosts(url):
    with pytest.raises(InsecureEndpointError):
        check_endpoint(url)


@pytest.mark.parametrize("url", REFUSED_HTTP)
def test_check_endpoint_refuses_plain_http_even_with_oauthlib_insecure_transport_set(
        url, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    with pytest.raises(InsecureEndpointError) as info:
        check_endpoint(url)
    assert "http" in str(info.value)


@pytest.mark.parametrize("url", REFUSED_SCHEMES)
def test_check_endpoint_refuses_other_schemes(url):
    with pytest.raises(InsecureEndpointError):
        check_endpoint(url)


@pytest.mark.parametrize("url", WITH_CREDENTIALS)
def test_check_endpoint_refuses_urls_with_credentials_without_echoing_them(url):
    with pytest.raises(InsecureEndpointError) as info:
        check_endpoint(url)
    assert "pass" not in str(info.value)


def test_check_endpoint_refuses_a_malformed_url():
    with pytest.raises(InsecureEndpointError):
        check_endpoint("http://[::1/token")


@pytest.mark.parametrize(("host", "expected"), [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("LocalHost", True),
    ("0.0.0.0", False), ("example.com", False), ("localhost.example.com", False), ("", False),
])
def test_is_loopback_host(host, expected):
    assert is_loopback_host(host) is expected


# --- the browser -------------------------------------------------------------------


@pytest.mark.parametrize("url", ALLOWED)
def test_check_browser_url_allows_https_and_http_to_loopback(url):
    assert check_browser_url(url) == url


@pytest.mark.parametrize("url", REFUSED_HTTP + REFUSED_SCHEMES + WITH_CREDENTIALS)
def test_check_browser_url_refuses_like_check_endpoint(url):
    with pytest.raises(BrowserError):
        check_browser_url(url)


def test_check_browser_url_refuses_non_loopback_http_even_with_insecure_transport_set(
        monkeypatch):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    with pytest.raises(BrowserError):
        check_browser_url("http://example.com/authorize")


class RecordingOpener:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.called = threading.Event()

    def __call__(self, url, new=0, autoraise=True):
        self.calls.append(url)
        self.called.set()
        return True


@pytest.fixture
def opener(monkeypatch) -> RecordingOpener:
    recorder = RecordingOpener()
    monkeypatch.setattr(webbrowser, "open", recorder)
    return recorder


class InlineThread:
    """Runs the launcher at start(): a launch that happened is visible at once."""

    def __init__(self, target, name=None, daemon=None):
        self._target = target

    def start(self):
        self._target()


@pytest.mark.parametrize("url", REFUSED_HTTP + REFUSED_SCHEMES + WITH_CREDENTIALS)
def test_open_in_browser_refuses_before_launching(url, opener, monkeypatch):
    monkeypatch.setattr(browser, "threading", type("T", (), {"Thread": InlineThread}))
    with pytest.raises(BrowserError):
        open_in_browser(url)
    assert opener.calls == []


def test_open_in_browser_inline_launcher_does_record_an_allowed_url(opener, monkeypatch):
    """The refusal test above would see a launch: its fake launcher is synchronous."""
    monkeypatch.setattr(browser, "threading", type("T", (), {"Thread": InlineThread}))
    open_in_browser("http://127.0.0.1:8080/authorize")
    assert opener.calls == ["http://127.0.0.1:8080/authorize"]


def test_open_in_browser_launches_an_allowed_url_without_blocking(opener):
    url = "https://example.com/authorize?state=x"
    open_in_browser(url)
    assert opener.called.wait(5.0)
    assert opener.calls == [url]
