"""A scripted user in a headless browser for the e2e OAuth 1 provider's authorize page
(``tests/e2e/oauth1server``), for use as the BROWSER of the app under test:

    BROWSER="/tmp/venv/bin/python /work/main/tests/e2e/oauth1_browser.py %s"

Python's ``webbrowser`` runs that command with ``%s`` replaced by the authorize URL and waits
for it to exit. This script opens the URL in headless Debian chromium (via Playwright), fills
in the login form (``#username``, ``#password``) and clicks ``#approve`` or ``#deny``, then
waits until either

- the browser lands on the app's loopback callback, ``http://127.0.0.1:<port>/…`` on another
  origin than the provider (1.0a callback URL, legacy 1.0 callback, or a ``denied=`` redirect);
- or the provider shows a final page: ``#pin`` (oob PIN), ``#denied`` (oob deny) or
  ``#authorized`` (legacy 1.0 without callback).

It writes the outcome as JSON and exits 0 (non-zero with a message on stderr on failure).

Environment (same names as ``browser_user.py``):

- ``TOKENMGR_E2E_ACTION``: ``approve`` (default) or ``deny``.
- ``TOKENMGR_E2E_USER`` / ``TOKENMGR_E2E_PASSWORD``: credentials (default alice /
  ``<user>-password``).
- ``TOKENMGR_E2E_RESULT``: path of the JSON result file: ``{"ok": true, "outcome"
  ("callback"|"pin"|"denied"|"authorized"), "final_url", "status", "text", "query"}`` plus
  ``"pin"`` when the page showed one; ``{"ok": false, "error", "url"}`` on failure.
- ``TOKENMGR_E2E_TIMEOUT``: overall deadline in seconds (default 60).
- ``TOKENMGR_E2E_DETACH=1``: relaunch in the background and exit 0 at once (stderr to
  ``TOKENMGR_E2E_LOG``, default the result path + ``.log``).
- ``TOKENMGR_E2E_CHROMIUM``: browser binary (default /usr/bin/chromium).
"""

import contextlib
import os
import sys
import tempfile
import time
from urllib.parse import parse_qs, urlsplit

try:
    from tests.e2e import browser_user as _base
except ImportError:  # run as a script: this directory is sys.path[0]
    import browser_user as _base

BrowserUser = _base.BrowserUser
Failure = _base.Failure

FINAL_IDS = {"pin": "pin", "denied": "denied", "authorized": "authorized"}


def _is_callback(url, provider_netloc):
    if not url.startswith("http://127.0.0.1:"):
        return False
    return urlsplit(url).netloc != provider_netloc


def _count(page, selector):
    from playwright.sync_api import Error as PlaywrightError

    try:
        return page.locator(selector).count()
    except PlaywrightError:  # navigation in flight
        return 0


def run(url, deadline):
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    action = os.environ.get("TOKENMGR_E2E_ACTION", "approve").strip().lower()
    if action not in ("approve", "deny"):
        raise Failure(f"TOKENMGR_E2E_ACTION must be approve or deny, not {action!r}")
    user = os.environ.get("TOKENMGR_E2E_USER", "alice")
    password = os.environ.get("TOKENMGR_E2E_PASSWORD") or f"{user}-password"
    chromium = os.environ.get("TOKENMGR_E2E_CHROMIUM", "/usr/bin/chromium")
    provider = urlsplit(url).netloc

    def remaining_ms():
        left = deadline - time.monotonic()
        if left <= 0:
            raise Failure(f"deadline exceeded (at {page_url()})")
        return left * 1000

    statuses = {}  # main-frame navigation URL -> HTTP status
    failures = {}  # main-frame navigation URL -> network error
    page = None

    def page_url():
        return page.url if page is not None else url

    with (
        tempfile.TemporaryDirectory(prefix="tokenmgr-e2e-oauth1-browser-") as profile,
        sync_playwright() as pw,
    ):
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=chromium,
            headless=True,
            args=_base.CHROMIUM_ARGS,
            timeout=remaining_ms(),
        )
        try:
            page = context.pages[0] if context.pages else context.new_page()

            def on_response(response):
                req = response.request
                if req.is_navigation_request() and req.frame == page.main_frame:
                    statuses[response.url] = response.status

            def on_failed(request):
                if request.is_navigation_request() and request.frame == page.main_frame:
                    failures[request.url] = request.failure or "failed"

            page.on("response", on_response)
            page.on("requestfailed", on_failed)

            try:
                page.goto(url, wait_until="domcontentloaded", timeout=remaining_ms())
            except PlaywrightError as e:
                if not _is_callback(page.url, provider):
                    raise Failure(f"could not open {url}: {e}") from None

            submitted = False
            outcome = None
            while outcome is None:
                if _is_callback(page.url, provider):
                    outcome = "callback"
                    break
                for failed_url, why in failures.items():
                    if _is_callback(failed_url, provider):
                        raise Failure(f"loading the callback {failed_url} failed: {why}")
                for name, element_id in FINAL_IDS.items():
                    if _count(page, f"#{element_id}"):
                        outcome = name
                        break
                if outcome:
                    break
                if _count(page, "#error"):
                    raise Failure(
                        f"provider error page at {page.url}: "
                        + _base._text(page)[:500].replace("\n", " ")
                    )
                if _count(page, "#login-error"):
                    raise Failure(
                        f"login as {user!r} failed: " + _base._text(page)[:500].replace("\n", " ")
                    )
                if not submitted and _count(page, "form#oauth1-authorize"):
                    submitted = True
                    page.fill("#username", user, timeout=remaining_ms())
                    page.fill("#password", password, timeout=remaining_ms())
                    page.click(f"#{action}", no_wait_after=True, timeout=remaining_ms())
                page.wait_for_timeout(min(100, remaining_ms()))

            if outcome == "callback":
                # If "load" never comes, the text below is still what the page shows.
                with contextlib.suppress(PlaywrightError):
                    page.wait_for_load_state("load", timeout=min(10000, remaining_ms()))
            final_url = page.url
            result = {
                "ok": True,
                "outcome": outcome,
                "final_url": final_url,
                "status": statuses.get(final_url),
                "text": _base._text(page),
                "query": {k: v[0] for k, v in parse_qs(urlsplit(final_url).query).items()},
            }
            if outcome == "pin":
                result["pin"] = page.locator("#pin").inner_text(timeout=remaining_ms()).strip()
            return result
        finally:
            context.close()


def main(argv):
    return _base.script_main(argv, run, "oauth1_browser", __file__)


class OAuth1BrowserUser(BrowserUser):
    """:class:`tests.e2e.browser_user.BrowserUser` for this script: ``env()`` (``BROWSER`` +
    ``TOKENMGR_E2E_*``), ``run(url)``, ``result()``, ``wait_result(timeout)``. The result has
    ``outcome`` and, for oob, ``pin``."""

    script = os.path.abspath(__file__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
