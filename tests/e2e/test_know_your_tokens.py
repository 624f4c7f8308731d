"""Issue 19 end to end, against django-oauth-toolkit with OpenID Connect, a real browser
(headless chromium through Playwright) and the real Secret Service:

- a narrower re-connect is refused without ``--replace-scopes``; with it, the lost
  scopes and the lost refresh token are called out;
- ``inspect`` shows the ID token's header and claims (RS256, audience, times);
- ``--no-browser``: the browser is driven to the redirect but never reaches tokenmgr's
  catcher (the request to it is intercepted and its URL read); pasting that address on
  standard input completes the connect.
"""

from __future__ import annotations

import contextlib
import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.cli_helpers import tokenmgr
from tests.e2e.keyring_helpers import secret_service_items

pytestmark = pytest.mark.e2e


@pytest.fixture
def oidc_env(cli_env, authserver, tmp_path):
    """An OpenID provider known by its discovery document (which also gives the JWKS an
    ID token is checked against, where tokenmgr verifies them)."""
    providers = tmp_path / "xdg-config" / "tokenmgr" / "providers.toml"
    providers.write_text(providers.read_text(encoding="utf-8") + f"""
[providers.dot-oidc]
name = "Example OIDC"
discovery_url = "{authserver.base_url}/o/.well-known/openid-configuration"
userinfo_url = "{authserver.userinfo_url}"
account_name_field = "username"
account_id_field = "id"
scopes = ["openid", "read", "profile", "offline_access"]
client_id = "{authserver.oidc_client_id}"
""", encoding="utf-8")
    return cli_env


def test_narrower_reconnect_refused_then_replaced_with_the_refresh_token_loss_called_out(
        oidc_env, browser_user, authserver, tmp_path):
    user = browser_user("approve", user="bob")
    first = tokenmgr({**oidc_env, **user.env()}, "connect", "dot-oidc", "--timeout", "90")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == ["Connected dot-oidc:bob"]
    listed = json.loads(tokenmgr(oidc_env, "list", "--json").stdout)["accounts"]
    assert listed[0]["has_refresh_token"] is True

    # An ID token was issued: inspect decodes it (nothing is sent anywhere).
    shown = tokenmgr(oidc_env, "inspect", "dot-oidc:bob")
    assert shown.returncode == 0, shown.stderr
    assert "alg=RS256" in shown.stdout and "kid=" in shown.stdout
    assert f"audience: {authserver.oidc_client_id}" in shown.stdout
    assert "expires in" in shown.stdout and "issuer" in shown.stdout
    assert "Access token:" in shown.stdout and "Opaque token" in shown.stdout
    assert "Refresh token: present" in shown.stdout
    data = json.loads(tokenmgr(oidc_env, "inspect", "dot-oidc:bob", "--json").stdout)
    claims = data["id_token"]["claims"]
    assert claims["aud"] == authserver.oidc_client_id
    assert claims["iss"].startswith(authserver.base_url)
    assert data["id_token"]["times"]["exp"]["relative"].startswith("expires in")
    assert data["id_token"]["header"]["alg"] == "RS256"

    # Fewer scopes without the flag: refused before any browser opens; nothing changes.
    never = browser_user("approve", user="bob")
    refused = tokenmgr({**oidc_env, **never.env()}, "connect", "dot-oidc:bob",
                       "--scopes", "openid read", "--timeout", "90")
    assert (refused.returncode, refused.stdout) == (2, "")
    assert "would drop profile offline_access" in refused.stderr
    assert "refresh token" in refused.stderr and "--replace-scopes" in refused.stderr
    assert not Path(never.result_path).exists()
    assert json.loads(tokenmgr(oidc_env, "list", "--json").stdout)["accounts"] == listed

    # With --replace-scopes: done, one line per removed scope, the refresh token loss said.
    again = browser_user("approve", user="bob")
    replaced = tokenmgr({**oidc_env, **again.env()}, "connect", "dot-oidc:bob",
                        "--scopes", "openid read", "--replace-scopes", "--timeout", "90")
    assert replaced.returncode == 0, replaced.stderr
    lines = replaced.stdout.splitlines()
    assert lines[0] == "Connected dot-oidc:bob"
    assert lines[1].split() == ["-", "profile", "removed"]
    assert lines[2].split() == ["-", "offline_access", "removed"]
    assert "Refresh token lost" in lines[3] and len(lines) == 4
    after = json.loads(tokenmgr(oidc_env, "list", "--json").stdout)["accounts"][0]
    assert after["has_refresh_token"] is False
    assert set(after["scopes"]) == {"openid", "read"}

    # Relative scopes put them back, and the refresh token with them.
    back = browser_user("approve", user="bob")
    added = tokenmgr({**oidc_env, **back.env()}, "connect", "dot-oidc:bob",
                     "--scopes", "+profile,+offline_access", "--timeout", "90")
    assert added.returncode == 0, added.stderr
    assert [line.split()[:2] for line in added.stdout.splitlines()[1:]] == [
        ["+", "profile"], ["+", "offline_access"]]
    assert json.loads(tokenmgr(oidc_env, "list", "--json").stdout)["accounts"][0][
        "has_refresh_token"] is True


# --- --no-browser and pasting the landing address --------------------------------------


def land_without_reaching_the_catcher(url: str, user: str = "alice", timeout: float = 60.0):
    """Sign in and approve in headless chromium; the answer to the approval (a redirect to
    tokenmgr's catcher) is taken off the wire — its ``Location`` read, a blank page shown
    instead — so the browser never reaches tokenmgr, as when it runs on another machine.
    (Playwright routes only the first hop of a redirect, so the approval POST is fetched
    here without following redirects.)"""
    import re

    from tests.e2e.browser_user import _browser_page, _log_in, _remaining_ms_until

    catcher = parse_qs(urlsplit(url).query)["redirect_uri"][0]
    remaining_ms = _remaining_ms_until(time.monotonic() + timeout)
    intercepted: list[str] = []

    def on_authorize(route):
        if route.request.method != "POST":
            route.continue_()
            return
        answer = route.fetch(max_redirects=0)
        location = answer.headers.get("location", "")
        if location.startswith(catcher):
            intercepted.append(location)
            route.fulfill(status=200, content_type="text/plain",
                          body="This site can't be reached (simulated)")
        else:
            route.fulfill(response=answer)

    with _browser_page(remaining_ms) as (page, _statuses, _failures):
        page.route(re.compile(r".*/o/authorize/.*"), on_authorize)
        page.goto(url, wait_until="domcontentloaded", timeout=remaining_ms())
        logged_in = False
        while not intercepted:
            if page.locator("#authorizationForm").count():
                page.locator("#authorizationForm input[name=allow]").click(
                    no_wait_after=True, timeout=remaining_ms())
                deadline = time.monotonic() + remaining_ms() / 1000
                while not intercepted and time.monotonic() < deadline:
                    page.wait_for_timeout(100)
            elif page.locator("input[name=username]").count() and not logged_in:
                logged_in = True
                _log_in(page, user, f"{user}-password", remaining_ms, lambda u: False)
            else:
                page.wait_for_timeout(100)
                remaining_ms()
    return intercepted[0]


@contextlib.contextmanager
def connect_without_browser(env, timeout: str):
    """``tokenmgr connect example --no-browser`` running; yields ``(proc, url, stderr)``
    once it asks for the landing address (``stderr()``: all it wrote so far)."""
    with subprocess.Popen([sys.executable, "-m", "tokenmgr", "connect", "example",
                           "--no-browser", "--timeout", timeout], env=env,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        lines: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr],
                                  daemon=True)
        reader.start()
        seen: list[str] = []

        def stderr() -> str:
            while not lines.empty():
                seen.append(lines.get())
            return "".join(seen)

        try:
            while "Paste that whole address" not in "".join(seen):
                seen.append(lines.get(timeout=60))
            url = next(line.strip() for line in seen if line.startswith("  http"))
            yield proc, url, stderr
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            reader.join(10)


def test_no_browser_then_pasting_the_landing_address_on_stdin_connects(cli_env):
    with connect_without_browser(cli_env, "120") as (proc, url, stderr):
        landed = land_without_reaching_the_catcher(url)
        assert landed.startswith("http://127.0.0.1:") and "code=" in landed
        proc.stdin.write(landed + "\n")
        proc.stdin.flush()
        out = proc.stdout.read()
        assert proc.wait(60) == 0, stderr()
    assert out.strip() == "Connected example:alice"
    assert "cannot connect" in stderr()  # the prompt says what the browser will show
    assert any(name.startswith("account/example/") for name in secret_service_items())
    assert tokenmgr(cli_env, "token", "example").returncode == 0


def test_a_pasted_address_with_a_forged_state_is_refused_and_the_connect_keeps_waiting(
        cli_env):
    with connect_without_browser(cli_env, "5") as (proc, url, stderr):
        redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        proc.stdin.write(f"{redirect}?code=stolen&state=forged\n")
        proc.stdin.flush()
        assert proc.wait(60) == 2  # it timed out waiting: the forged answer ended nothing
    text = stderr()
    assert "does not match this sign-in" in text and "Paste the address again" in text
    assert "in time" in text
    assert secret_service_items() == []
