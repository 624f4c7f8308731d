"""Opening the system browser (SECURITY.md #11): which URLs are refused with which
message, how the browser is asked, and that a launcher that fails or hangs neither
blocks the flow nor keeps the process alive."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import threading
import types
import webbrowser

import pytest

from tokenmgr.errors import BrowserError
from tokenmgr.oauth import browser
from tokenmgr.oauth.browser import check_browser_url, open_in_browser

# Every test here takes a few seconds at most: a catcher that hangs fails fast instead of
# waiting for the suite-wide timeout.
pytestmark = pytest.mark.timeout(15)

URL = "https://idp.example/authorize?client_id=app&state=s3cr3t-state"
LOGGER = "tokenmgr.oauth.browser"
NO_BROWSER = "No browser could be started; open the URL shown by tokenmgr."


# --- which URLs reach a browser, and the message when one does not -----------------


@pytest.mark.parametrize(("url", "message"), [
    ("http://[::1/authorize", "Refusing to open a malformed URL."),
    ("https://user:pass@idp.example/authorize", "Refusing to open a URL that carries credentials."),
    ("https://user@idp.example/authorize", "Refusing to open a URL that carries credentials."),
    ("https://:pass@idp.example/authorize", "Refusing to open a URL that carries credentials."),
    ("http://user@127.0.0.1:8080/cb", "Refusing to open a URL that carries credentials."),
    ("ftp://idp.example/authorize", "Refusing to open a ftp URL in the browser."),
    ("javascript:alert(1)", "Refusing to open a javascript URL in the browser."),
    ("http://idp.example/authorize", "Refusing to open a http URL in the browser."),
    ("http://localhost.idp.example/authorize", "Refusing to open a http URL in the browser."),
    ("https:///authorize", "Refusing to open a https URL in the browser."),
    ("http:///callback", "Refusing to open a http URL in the browser."),
    ("idp.example/authorize", "Refusing to open a scheme-less URL in the browser."),
    ("//idp.example/authorize", "Refusing to open a scheme-less URL in the browser."),
])
def test_refused_urls_get_a_specific_message(url, message):
    with pytest.raises(BrowserError) as info:
        check_browser_url(url)
    assert str(info.value) == message


@pytest.mark.parametrize("url", [
    "https://idp.example/authorize?x=1",
    "https://idp.example:8443/authorize",
    "http://127.0.0.1:8765/callback",
    "http://localhost:8765/callback",
    "http://[::1]:8765/callback",
])
def test_https_and_loopback_http_urls_are_returned_unchanged(url):
    assert check_browser_url(url) == url


# --- how the browser is launched -----------------------------------------------------


class Browser:
    """Stands in for the system browser behind ``webbrowser.open``: records each call and
    the thread it ran on, answers ``outcome`` (True, False or an exception to raise)."""

    def __init__(self, outcome: bool | Exception = True) -> None:
        self.outcome = outcome
        self.calls: list[tuple[str, int, bool]] = []
        self.threads: list[threading.Thread] = []
        self.release = threading.Event()
        self.release.set()
        self.called = threading.Event()

    def __call__(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.calls.append((url, new, autoraise))
        self.threads.append(threading.current_thread())
        self.called.set()
        self.release.wait(10)
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome


class InlineThread:
    """Runs the launcher inside start(): the test sees its whole outcome at once."""

    def __init__(self, target, name=None, daemon=None) -> None:
        self._target = target

    def start(self) -> None:
        self._target()


def install(monkeypatch, outcome: bool | Exception = True, *, inline: bool = True) -> Browser:
    fake = Browser(outcome)
    monkeypatch.setattr(webbrowser, "open", fake)
    if inline:
        monkeypatch.setattr(browser, "threading", types.SimpleNamespace(Thread=InlineThread))
    return fake


def test_the_browser_is_asked_for_a_new_raised_window_on_the_exact_url(monkeypatch):
    fake = install(monkeypatch)
    open_in_browser(URL)
    assert fake.calls == [(URL, 1, True)]


def test_a_slow_browser_does_not_block_the_caller_and_runs_on_a_named_daemon_thread(
        monkeypatch):
    fake = install(monkeypatch, inline=False)
    fake.release.clear()  # the launcher is still busy when open_in_browser returns
    try:
        open_in_browser(URL)
        assert fake.called.wait(5)
        assert fake.calls == [(URL, 1, True)]
        launcher = fake.threads[0]
        assert launcher is not threading.current_thread()
        assert launcher.name == "tokenmgr-browser"
        assert launcher.daemon
        assert launcher.is_alive()
    finally:
        fake.release.set()


def test_a_started_browser_offers_no_recovery_and_logs_nothing(monkeypatch, caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    install(monkeypatch, True)
    offered: list[int] = []
    open_in_browser(URL, on_failure=lambda: offered.append(1))
    assert offered == []
    assert caplog.records == []


@pytest.mark.parametrize(("outcome", "logged"), [
    (False, NO_BROWSER),
    (RuntimeError(f"could not run xdg-open {URL}"), "Starting the browser failed: RuntimeError"),
    (OSError("no display"), "Starting the browser failed: OSError"),
], ids=["not-started", "launcher-raised", "os-error"])
def test_a_browser_that_cannot_start_logs_why_and_offers_recovery_once(
        monkeypatch, caplog, outcome, logged):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    install(monkeypatch, outcome)
    offered: list[int] = []
    open_in_browser(URL, on_failure=lambda: offered.append(1))
    assert offered == [1]
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [(logging.WARNING, logged)]
    assert "s3cr3t-state" not in caplog.text  # neither the URL nor the exception text


@pytest.mark.parametrize("outcome", [False, RuntimeError("boom")])
def test_a_failed_start_without_a_recovery_callback_is_only_logged(monkeypatch, caplog, outcome):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    install(monkeypatch, outcome)
    open_in_browser(URL)  # the inline launcher would raise here if it called a None callback
    assert len(caplog.records) == 1


@pytest.mark.parametrize("url", ["http://idp.example/authorize", "file:///etc/passwd"])
def test_a_refused_url_raises_before_any_browser_is_launched(monkeypatch, url):
    fake = install(monkeypatch)
    offered: list[int] = []
    with pytest.raises(BrowserError):
        open_in_browser(url, on_failure=lambda: offered.append(1))
    assert fake.calls == []
    assert offered == []


HANGING_BROWSER = textwrap.dedent("""
    import threading, webbrowser
    from tokenmgr.oauth.browser import open_in_browser

    started = threading.Event()
    def hang(url, new=0, autoraise=True):
        started.set()
        threading.Event().wait()  # a launcher command that never exits
    webbrowser.open = hang
    open_in_browser("https://idp.example/authorize")
    started.wait(10)
    print("returned", flush=True)
""")


def test_a_browser_launcher_that_never_exits_does_not_keep_the_process_alive():
    child = subprocess.run([sys.executable, "-c", HANGING_BROWSER], capture_output=True,
                           text=True, timeout=10)
    assert child.returncode == 0, child.stderr
    assert child.stdout == "returned\n"
