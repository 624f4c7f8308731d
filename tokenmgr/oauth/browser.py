"""Open the system browser on an authorization URL, safely and without blocking.

Python's ``webbrowser`` honours ``BROWSER`` (tests plug a scripted browser in
that way) but its generic launcher waits for the command to exit, so it runs
on a daemon thread. Only ``https:`` URLs, or ``http:`` to a loopback address,
are ever handed to a browser (SECURITY.md #11).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from tokenmgr.errors import BrowserError
from tokenmgr.values.transport import is_loopback_host

log = logging.getLogger(__name__)


def check_browser_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def open_in_browser(url: str, on_failure: Callable[[], None] | None = None) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once.
    ``on_failure()`` runs (on the launcher thread) when no browser could be started,
    so the caller can offer the recovery path (link, QR code, paste the address)."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if webbrowser.open(url, new=1):  # a new window, raised (webbrowser's default)
                return
            log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)
        if on_failure is not None:
            on_failure()

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()
