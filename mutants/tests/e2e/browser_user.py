"""A scripted user in a headless browser, for use as the BROWSER of the app under test.

    BROWSER="/tmp/venv/bin/python /work/main/tests/e2e/browser_user.py %s"

Python's ``webbrowser`` runs that command with ``%s`` replaced by the authorization URL and
waits for it to exit. This script opens the URL in headless Debian chromium (via Playwright),
signs in on the authorization server's login page if it appears, clicks Authorize (or Cancel)
on django-oauth-toolkit's consent page, and waits until the browser lands on the loopback
redirect target ``http://127.0.0.1:<any port><redirect path>`` served by the app. Then it
writes the outcome as JSON and exits 0 (non-zero with a message on stderr on failure).

With ``TOKENMGR_E2E_ACTION=device`` (or ``device-deny``) the URL is instead the verification
page of the device authorization grant (RFC 8628, django-oauth-toolkit's ``/o/device/``):
the script signs in if asked, enters the user code if the page asks for one, accepts (or
denies) on the confirm page and stops on DOT's device-grant status page. Its result then
also holds ``"user_code"`` (the code it typed or found pre-filled, None if the page never
asked) and ``"confirmed_user_code"`` / ``"client_id"`` (from the confirm page's URL
``/o/device-confirm/<client_id>/<user_code>``: the grant the user answered).

Environment:

- ``TOKENMGR_E2E_ACTION``: ``approve`` (default), ``deny``, ``device`` or ``device-deny``.
- ``TOKENMGR_E2E_USER_CODE``: the user code to type on the device page; default: the URL's
  ``user_code`` query parameter (``verification_uri_complete``), else what the page pre-fills.
- ``TOKENMGR_E2E_USER`` / ``TOKENMGR_E2E_PASSWORD``: credentials (default alice).
- ``TOKENMGR_E2E_RESULT``: path of the JSON result file:
  ``{"ok": true, "final_url", "status", "text", "query"}`` on success,
  ``{"ok": false, "error", "url"}`` on failure (written in both cases when set).
- ``TOKENMGR_E2E_REDIRECT_PATH``: path of the final page; default: the path of the
  ``redirect_uri`` query parameter of the URL, else ``/callback``.
- ``TOKENMGR_E2E_TIMEOUT``: overall deadline in seconds (default 60).
- ``TOKENMGR_E2E_DETACH=1``: relaunch in the background and exit 0 at once, like a real
  browser launcher (the result file then tells when it is done); its stderr goes to
  ``TOKENMGR_E2E_LOG`` (default: the result path + ``.log``).
- ``TOKENMGR_E2E_CHROMIUM``: browser binary (default /usr/bin/chromium).
"""

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from urllib.parse import parse_qs, urlsplit

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class Failure(Exception):
    pass


def _write_result(path, data):
    if not path:
        return
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
    os.replace(tmp, path)


def _redirect_path(url):
    explicit = os.environ.get("TOKENMGR_E2E_REDIRECT_PATH")
    if explicit:
        return explicit
    redirect = parse_qs(urlsplit(url).query).get("redirect_uri")
    if redirect:
        return urlsplit(redirect[0]).path or "/"
    return "/callback"


def _is_final(url, redirect_path):
    if not url.startswith("http://127.0.0.1:"):
        return False
    return urlsplit(url).path == redirect_path


ACTIONS = ("approve", "deny", "device", "device-deny")


def _remaining_ms_until(deadline):
    def remaining_ms():
        left = deadline - time.monotonic()
        if left <= 0:
            raise Failure("deadline exceeded")
        return left * 1000

    return remaining_ms


@contextlib.contextmanager
def _browser_page(remaining_ms):
    """Yields ``(page, statuses, failures)``: a page in a fresh headless chromium, and dicts
    filled as it goes: main-frame navigation URL -> HTTP status, and -> network error."""
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("TOKENMGR_E2E_CHROMIUM", "/usr/bin/chromium")
    with (
        tempfile.TemporaryDirectory(prefix="tokenmgr-e2e-browser-") as profile,
        sync_playwright() as pw,
    ):
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=chromium,
            headless=True,
            args=CHROMIUM_ARGS,
            timeout=remaining_ms(),
        )
        try:
            page = context.pages[0] if context.pages else context.new_page()
            statuses = {}
            failures = {}

            def on_response(response):
                req = response.request
                if req.is_navigation_request() and req.frame == page.main_frame:
                    statuses[response.url] = response.status

            def on_failed(request):
                if request.is_navigation_request() and request.frame == page.main_frame:
                    failures[request.url] = request.failure or "failed"

            page.on("response", on_response)
            page.on("requestfailed", on_failed)
            yield page, statuses, failures
        finally:
            context.close()


def _log_in(page, user, password, remaining_ms, is_final):
    page.fill("input[name=username]", user, timeout=remaining_ms())
    page.fill("input[name=password]", password, timeout=remaining_ms())
    page.locator("form:has(input[name=username]) [type=submit]").first.click(
        no_wait_after=True, timeout=remaining_ms()
    )
    _wait_for_change(page, is_final, remaining_ms)


def run(url, deadline):
    from playwright.sync_api import Error as PlaywrightError

    action = os.environ.get("TOKENMGR_E2E_ACTION", "approve").strip().lower()
    if action not in ACTIONS:
        raise Failure(f"TOKENMGR_E2E_ACTION must be one of {', '.join(ACTIONS)}, not {action!r}")
    if action.startswith("device"):
        return run_device(url, deadline, approve=action == "device")
    user = os.environ.get("TOKENMGR_E2E_USER", "alice")
    password = os.environ.get("TOKENMGR_E2E_PASSWORD") or f"{user}-password"
    redirect_path = _redirect_path(url)

    def is_final(u):
        return _is_final(u, redirect_path)

    remaining_ms = _remaining_ms_until(deadline)

    with _browser_page(remaining_ms) as (page, statuses, failures):
        try:
            page.goto(url, wait_until="domcontentloaded", timeout=remaining_ms())
        except PlaywrightError as e:
            if not is_final(page.url):
                raise Failure(f"could not open {url}: {e}") from None

        logged_in = consented = False
        while not is_final(page.url):
            for failed_url, why in failures.items():
                if is_final(failed_url):
                    raise Failure(f"loading the redirect target {failed_url} failed: {why}")
            if page.locator("#authorizationForm").count():
                if consented:
                    raise Failure("consent page shown again after answering it")
                consented = True
                form = page.locator("#authorizationForm")
                button = (
                    form.locator("input[name=allow]")
                    if action == "approve"
                    else form.locator("input[type=submit]:not([name=allow])")
                )
                button.click(no_wait_after=True, timeout=remaining_ms())
                _wait_for_change(page, is_final, remaining_ms)
            elif page.locator("input[name=username]").count():
                if logged_in:
                    raise Failure(
                        f"login as {user!r} failed: " + _text(page)[:500].replace("\n", " ")
                    )
                logged_in = True
                _log_in(page, user, password, remaining_ms, is_final)
            else:
                text = _text(page)
                if "Error:" in text:
                    raise Failure(
                        f"authorization server error page at {page.url}: "
                        + text[:500].replace("\n", " ")
                    )
                page.wait_for_timeout(min(200, remaining_ms()))

        return _final_result(page, statuses, remaining_ms)


def _final_result(page, statuses, remaining_ms):
    from playwright.sync_api import Error as PlaywrightError

    # If "load" never comes, the text below is still what the page shows.
    with contextlib.suppress(PlaywrightError):
        page.wait_for_load_state("load", timeout=min(10000, remaining_ms()))
    final_url = page.url
    return {
        "ok": True,
        "final_url": final_url,
        "status": statuses.get(final_url),
        "text": _text(page),
        "query": {k: v[0] for k, v in parse_qs(urlsplit(final_url).query).items()},
    }


DEVICE_STATUS_PREFIX = "/o/device-grant-status/"
DEVICE_CONFIRM_PREFIX = "/o/device-confirm/"


def _device_path_args(url, prefix):
    """``(client_id, user_code)`` from ``.../<prefix><client_id>/<user_code>``, else None."""
    path = urlsplit(url).path
    if not path.startswith(prefix):
        return None
    parts = path[len(prefix) :].strip("/").split("/")
    return (parts[0], parts[1]) if len(parts) == 2 else None


def run_device(url, deadline, approve=True):
    """The user's side of RFC 8628 on django-oauth-toolkit: sign in, enter the user code,
    accept or deny; stop on the device-grant status page."""
    from playwright.sync_api import Error as PlaywrightError

    user = os.environ.get("TOKENMGR_E2E_USER", "alice")
    password = os.environ.get("TOKENMGR_E2E_PASSWORD") or f"{user}-password"
    code = (
        os.environ.get("TOKENMGR_E2E_USER_CODE")
        or (parse_qs(urlsplit(url).query).get("user_code", [None])[0])
    )
    remaining_ms = _remaining_ms_until(deadline)

    def is_final(u):
        return urlsplit(u).path.startswith(DEVICE_STATUS_PREFIX)

    entered = confirmed = None
    with _browser_page(remaining_ms) as (page, statuses, _failures):
        try:
            page.goto(url, wait_until="domcontentloaded", timeout=remaining_ms())
        except PlaywrightError as e:
            raise Failure(f"could not open {url}: {e}") from None

        logged_in = False
        while not is_final(page.url):
            status = statuses.get(page.url)
            if status is not None and status >= 400:
                raise Failure(
                    f"HTTP {status} at {page.url}: " + _text(page)[:500].replace("\n", " ")
                )
            confirm = page.locator("form button[name=action][value=accept]")
            if confirm.count():
                if confirmed is not None:
                    raise Failure("device confirm page shown again after answering it")
                confirmed = _device_path_args(page.url, DEVICE_CONFIRM_PREFIX) or ("", "")
                button = (
                    confirm if approve else page.locator("form button[name=action][value=deny]")
                )
                _submit(page, button, remaining_ms)
            elif page.locator("input[name=user_code]").count():
                if entered is not None:
                    raise Failure(
                        f"user code {entered!r} not accepted: "
                        + _text(page)[:500].replace("\n", " ")
                    )
                field = page.locator("input[name=user_code]")
                if code:
                    field.fill(code, timeout=remaining_ms())
                entered = field.input_value(timeout=remaining_ms())
                if not entered:
                    raise Failure(
                        "the page asks for a user code but none was given: set "
                        "TOKENMGR_E2E_USER_CODE or pass verification_uri_complete"
                    )
                _submit(
                    page,
                    page.locator("form:has(input[name=user_code]) [type=submit]"),
                    remaining_ms,
                )
            elif page.locator("input[name=username]").count():
                if logged_in:
                    raise Failure(
                        f"login as {user!r} failed: " + _text(page)[:500].replace("\n", " ")
                    )
                logged_in = True
                _log_in(page, user, password, remaining_ms, is_final)
            else:
                page.wait_for_timeout(min(200, remaining_ms()))

        result = _final_result(page, statuses, remaining_ms)
    result["user_code"] = entered
    result["client_id"], result["confirmed_user_code"] = confirmed or (None, None)
    return result


def _submit(page, button, remaining_ms):
    """Click a submit button and wait for the next document, even when the server answers
    with the same URL (a form shown again with errors)."""
    with page.expect_navigation(wait_until="domcontentloaded", timeout=remaining_ms()):
        button.first.click(timeout=remaining_ms())


def _wait_for_change(page, is_final, remaining_ms):
    """After a submit: wait until the next document is there (or the final target is hit)."""
    start_url = page.url
    from playwright.sync_api import Error as PlaywrightError

    end = time.monotonic() + remaining_ms() / 1000
    while time.monotonic() < end:
        with contextlib.suppress(PlaywrightError):
            page.wait_for_load_state("domcontentloaded", timeout=remaining_ms())
        if page.url != start_url or is_final(page.url):
            return
        page.wait_for_timeout(100)
    remaining_ms()  # raises Failure


def _text(page):
    try:
        return page.evaluate("() => document.body ? document.body.innerText : ''")
    except Exception:  # navigation in flight
        return ""


def _detach(argv, script=__file__):
    """Relaunch ``script`` in the background and return at once (TOKENMGR_E2E_DETACH=1)."""
    env = dict(os.environ)
    env.pop("TOKENMGR_E2E_DETACH", None)
    result = env.get("TOKENMGR_E2E_RESULT")
    log_path = env.get("TOKENMGR_E2E_LOG") or (f"{result}.log" if result else os.devnull)
    with open(log_path, "ab") as log:
        subprocess.Popen(
            [sys.executable, os.path.abspath(script), *argv[1:]],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
            close_fds=True,
        )
    return 0


def script_main(argv, run_fn, name, script):
    """The command-line contract shared by the scripted browsers: one URL argument,
    optional detach, a result file, exit 0 on success and 1 (with a message) on failure."""
    if len(argv) != 2:
        print(f"usage: {os.path.basename(argv[0])} URL", file=sys.stderr)
        return 2
    if os.environ.get("TOKENMGR_E2E_DETACH") == "1":
        return _detach(argv, script)
    url = argv[1]
    result_path = os.environ.get("TOKENMGR_E2E_RESULT")
    deadline = time.monotonic() + float(os.environ.get("TOKENMGR_E2E_TIMEOUT", "60"))
    try:
        result = run_fn(url, deadline)
    except Exception as e:  # report anything, including Playwright errors
        msg = f"{type(e).__name__}: {e}" if not isinstance(e, Failure) else str(e)
        _write_result(result_path, {"ok": False, "error": msg, "url": url})
        print(f"{name}: {msg}", file=sys.stderr)
        return 1
    _write_result(result_path, result)
    return 0


def main(argv):
    return script_main(argv, run, "browser_user", __file__)


# ---------------------------------------------------------------------------------------
# Helper for tests (importable as tests.e2e.browser_user; stdlib only).


class BrowserUser:
    """Settings for one scripted browser run, for tests.

    ``bu = BrowserUser(result_path, action="approve", user="alice", password="alice-password")``
    then either put ``bu.env()`` (``BROWSER`` + ``TOKENMGR_E2E_*``) into the environment of
    the app under test, or call ``bu.run(url)`` to run the script directly. ``bu.result()``
    reads the result file (None if not written yet); ``bu.wait_result(timeout)`` polls it.
    """

    script = os.path.abspath(__file__)

    def __init__(
        self,
        result_path,
        action="approve",
        user="alice",
        password=None,
        timeout=60,
        detach=False,
        python=None,
    ):
        self.result_path = str(result_path)
        self.action = action
        self.user = user
        self.password = password if password is not None else f"{user}-password"
        self.timeout = timeout
        self.detach = detach
        self.python = python or sys.executable

    @property
    def browser_command(self):
        """The ``BROWSER`` value: ``<python> <this script> %s``."""
        import shlex

        return f"{shlex.quote(self.python)} {shlex.quote(self.script)} %s"

    def env(self):
        env = {
            "BROWSER": self.browser_command,
            "TOKENMGR_E2E_ACTION": self.action,
            "TOKENMGR_E2E_USER": self.user,
            "TOKENMGR_E2E_PASSWORD": self.password,
            "TOKENMGR_E2E_RESULT": self.result_path,
            "TOKENMGR_E2E_TIMEOUT": str(self.timeout),
        }
        if self.detach:
            env["TOKENMGR_E2E_DETACH"] = "1"
        return env

    def run(self, url):
        """Run the script in the foreground; returns ``subprocess.CompletedProcess`` (text)."""
        env = {**os.environ, **self.env()}
        env.pop("TOKENMGR_E2E_DETACH", None)
        return subprocess.run(
            [self.python, self.script, url],
            env=env,
            capture_output=True,
            text=True,
            timeout=self.timeout + 30,
            check=False,
        )

    def result(self):
        try:
            with open(self.result_path, encoding="utf-8") as f:
                return json.load(f)
        except FileNotFoundError:
            return None

    def wait_result(self, timeout=None):
        end = time.monotonic() + (timeout if timeout is not None else self.timeout + 30)
        while time.monotonic() < end:
            res = self.result()
            if res is not None:
                return res
            time.sleep(0.1)
        raise TimeoutError(f"browser_user wrote no result to {self.result_path}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
