"""Open the system browser on an authorization URL, safely and without blocking.

Python's ``webbrowser`` honours ``BROWSER`` (tests plug a scripted browser in
that way) but its generic launcher waits for the command to exit, so it runs
on a daemon thread. Only ``https:`` URLs, or ``http:`` to a loopback address,
are ever handed to a browser (SECURITY.md #11).
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import urlsplit

from tokenmgr.errors import BrowserError
from tokenmgr.values.transport import is_loopback_host

log = logging.getLogger(__name__)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_check_browser_url__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_browser_url__mutmut)
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


def x_check_browser_url__mutmut_orig(url: str) -> str:
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


def x_check_browser_url__mutmut_1(url: str) -> str:
    try:
        parts = None
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


def x_check_browser_url__mutmut_2(url: str) -> str:
    try:
        parts = urlsplit(None)
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


def x_check_browser_url__mutmut_3(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = None
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_4(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname and ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_5(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or "XXXX"
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_6(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError(None) from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_7(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("XXRefusing to open a malformed URL.XX") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_8(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("refusing to open a malformed url.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_9(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("REFUSING TO OPEN A MALFORMED URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_10(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username and parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_11(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError(None)
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_12(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("XXRefusing to open a URL that carries credentials.XX")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_13(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("refusing to open a url that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_14(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("REFUSING TO OPEN A URL THAT CARRIES CREDENTIALS.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_15(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" or host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_16(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme != "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_17(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "XXhttpsXX" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_18(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "HTTPS" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_19(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host or is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_20(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" or host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_21(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme != "http" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_22(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "XXhttpXX" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_23(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "HTTP" and host and is_loopback_host(host):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_24(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise BrowserError("Refusing to open a malformed URL.") from None
    if parts.username or parts.password:
        raise BrowserError("Refusing to open a URL that carries credentials.")
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback_host(None):
        return url
    raise BrowserError(f"Refusing to open a {parts.scheme or 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_25(url: str) -> str:
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
    raise BrowserError(None)


def x_check_browser_url__mutmut_26(url: str) -> str:
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
    raise BrowserError(f"Refusing to open a {parts.scheme and 'scheme-less'} URL in the browser.")


def x_check_browser_url__mutmut_27(url: str) -> str:
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
    raise BrowserError(f"Refusing to open a {parts.scheme or 'XXscheme-lessXX'} URL in the browser.")


def x_check_browser_url__mutmut_28(url: str) -> str:
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
    raise BrowserError(f"Refusing to open a {parts.scheme or 'SCHEME-LESS'} URL in the browser.")

mutants_x_check_browser_url__mutmut['_mutmut_orig'] = x_check_browser_url__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_1'] = x_check_browser_url__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_2'] = x_check_browser_url__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_3'] = x_check_browser_url__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_4'] = x_check_browser_url__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_5'] = x_check_browser_url__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_6'] = x_check_browser_url__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_7'] = x_check_browser_url__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_8'] = x_check_browser_url__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_9'] = x_check_browser_url__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_10'] = x_check_browser_url__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_11'] = x_check_browser_url__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_12'] = x_check_browser_url__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_13'] = x_check_browser_url__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_14'] = x_check_browser_url__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_15'] = x_check_browser_url__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_16'] = x_check_browser_url__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_17'] = x_check_browser_url__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_18'] = x_check_browser_url__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_19'] = x_check_browser_url__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_20'] = x_check_browser_url__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_21'] = x_check_browser_url__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_22'] = x_check_browser_url__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_23'] = x_check_browser_url__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_24'] = x_check_browser_url__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_25'] = x_check_browser_url__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_26'] = x_check_browser_url__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_27'] = x_check_browser_url__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_browser_url__mutmut['x_check_browser_url__mutmut_28'] = x_check_browser_url__mutmut_28 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_open_in_browser__mutmut)
def open_in_browser(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_orig(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_1(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(None)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_2(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_3(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(None, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_4(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=None, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_5(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=None):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_6(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_7(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_8(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, ):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_9(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=2, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_10(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=False):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_11(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning(None)
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_12(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("XXNo browser could be started; open the URL shown by tokenmgr.XX")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_13(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("no browser could be started; open the url shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_14(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("NO BROWSER COULD BE STARTED; OPEN THE URL SHOWN BY TOKENMGR.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_15(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning(None, type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_16(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", None)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_17(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning(type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_18(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", )

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_19(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("XXStarting the browser failed: %sXX", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_20(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_21(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("STARTING THE BROWSER FAILED: %S", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_22(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(None).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_23(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=None, name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_24(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name=None, daemon=True).start()


def x_open_in_browser__mutmut_25(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=None).start()


def x_open_in_browser__mutmut_26(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(name="tokenmgr-browser", daemon=True).start()


def x_open_in_browser__mutmut_27(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, daemon=True).start()


def x_open_in_browser__mutmut_28(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", ).start()


def x_open_in_browser__mutmut_29(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="XXtokenmgr-browserXX", daemon=True).start()


def x_open_in_browser__mutmut_30(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="TOKENMGR-BROWSER", daemon=True).start()


def x_open_in_browser__mutmut_31(url: str) -> None:
    """Launch the system browser on ``url`` (checked first); returns at once."""
    check_browser_url(url)

    def launch() -> None:
        import webbrowser

        try:
            if not webbrowser.open(url, new=1, autoraise=True):
                log.warning("No browser could be started; open the URL shown by tokenmgr.")
        except Exception as exc:  # a broken BROWSER must not kill the flow
            log.warning("Starting the browser failed: %s", type(exc).__name__)

    threading.Thread(target=launch, name="tokenmgr-browser", daemon=False).start()

mutants_x_open_in_browser__mutmut['_mutmut_orig'] = x_open_in_browser__mutmut_orig # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_1'] = x_open_in_browser__mutmut_1 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_2'] = x_open_in_browser__mutmut_2 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_3'] = x_open_in_browser__mutmut_3 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_4'] = x_open_in_browser__mutmut_4 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_5'] = x_open_in_browser__mutmut_5 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_6'] = x_open_in_browser__mutmut_6 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_7'] = x_open_in_browser__mutmut_7 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_8'] = x_open_in_browser__mutmut_8 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_9'] = x_open_in_browser__mutmut_9 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_10'] = x_open_in_browser__mutmut_10 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_11'] = x_open_in_browser__mutmut_11 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_12'] = x_open_in_browser__mutmut_12 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_13'] = x_open_in_browser__mutmut_13 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_14'] = x_open_in_browser__mutmut_14 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_15'] = x_open_in_browser__mutmut_15 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_16'] = x_open_in_browser__mutmut_16 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_17'] = x_open_in_browser__mutmut_17 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_18'] = x_open_in_browser__mutmut_18 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_19'] = x_open_in_browser__mutmut_19 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_20'] = x_open_in_browser__mutmut_20 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_21'] = x_open_in_browser__mutmut_21 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_22'] = x_open_in_browser__mutmut_22 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_23'] = x_open_in_browser__mutmut_23 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_24'] = x_open_in_browser__mutmut_24 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_25'] = x_open_in_browser__mutmut_25 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_26'] = x_open_in_browser__mutmut_26 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_27'] = x_open_in_browser__mutmut_27 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_28'] = x_open_in_browser__mutmut_28 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_29'] = x_open_in_browser__mutmut_29 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_30'] = x_open_in_browser__mutmut_30 # type: ignore # mutmut generated
mutants_x_open_in_browser__mutmut['x_open_in_browser__mutmut_31'] = x_open_in_browser__mutmut_31 # type: ignore # mutmut generated
