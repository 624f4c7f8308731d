"""The device authorization grant (RFC 8628) end to end: ``tokenmgr connect --device`` against
django-oauth-toolkit, a scripted user approving (or denying) in a headless browser, and the
real Secret Service.

The server answers ``verification_uri_complete`` (``/o/device/?user_code=CODE``), so the app
opens the browser on a URL that already carries the code; the scripted user types that code
into DOT's form and reports it, and the test compares it with the code the app printed.
``test_user_typing_the_code_without_complete_uri`` covers the page without the code in the
URL (the user copies it by hand), driving the server directly.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import requests

from tests.e2e.cli_helpers import tokenmgr, write_provider
from tests.e2e.keyring_helpers import secret_service_items

pytestmark = pytest.mark.e2e

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _device_env(cli_env, authserver, user):
    """cli_env with the ``example`` provider switched to the device client, plus the
    scripted browser's variables."""
    write_provider(
        Path(cli_env["XDG_CONFIG_HOME"]),
        authserver,
        client_id=authserver.device_client_id,
        extra=f'device_authorization_url = "{authserver.device_authorization_url}"',
    )
    return {**cli_env, **user.env()}


def _printed_user_code(stderr: str) -> str:
    match = re.search(r"^Your one-time code: (\S+)$", stderr, re.MULTILINE)
    assert match, stderr
    return match.group(1)


def test_device_connect_approved_in_browser(cli_env, browser_user, authserver):
    user = browser_user("device", user="alice")
    env = _device_env(cli_env, authserver, user)
    started = time.monotonic()
    done = tokenmgr(env, "connect", "example", "--device", timeout=120)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Connected example:alice"

    code = _printed_user_code(done.stderr)
    assert f"Enter it at {authserver.device_verification_url} " in done.stderr
    page = user.wait_result(30)
    assert page["ok"], page
    # The code the user typed and the grant the user confirmed are the one the app showed.
    assert page["user_code"] == code
    assert (page["client_id"], page["confirmed_user_code"]) == (authserver.device_client_id, code)
    assert "Authorized" in page["text"]
    assert elapsed < 60, f"connect took {elapsed:.1f}s (polling interval is 1 s)"

    labels = secret_service_items()
    assert any(name.startswith("account/example/") for name in labels), labels

    token = tokenmgr(env, "token", "example")
    assert token.returncode == 0, token.stderr
    me = authserver.me(token.stdout.strip())
    assert me.status_code == 200, me.text
    assert me.json()["username"] == "alice"


def test_device_connect_denied_in_browser(cli_env, browser_user, authserver):
    user = browser_user("device-deny", user="bob")
    env = _device_env(cli_env, authserver, user)
    done = tokenmgr(env, "connect", "example", "--device", timeout=120)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    assert "not approved" in done.stderr
    code = _printed_user_code(done.stderr)
    page = user.wait_result(30)
    assert page["ok"], page
    assert page["confirmed_user_code"] == code
    assert "Denied" in page["text"]
    assert secret_service_items() == []


def test_user_typing_the_code_without_complete_uri(authserver, browser_user, monkeypatch):
    """The scripted user on the bare ``verification_uri``, told the code as a person would
    be (TOKENMGR_E2E_USER_CODE); the device's polls go pending -> token."""
    r = requests.post(
        authserver.device_authorization_url,
        data={"client_id": authserver.device_client_id, "scope": "read profile"},
        timeout=15,
    )
    assert r.status_code == 200, r.text
    grant = r.json()
    assert grant["verification_uri"] == authserver.device_verification_url
    assert grant["verification_uri_complete"] == (
        f"{authserver.device_verification_url}?user_code={grant['user_code']}"
    )
    assert grant["interval"] == authserver.device_interval == 1

    poll = {
        "grant_type": DEVICE_GRANT,
        "device_code": grant["device_code"],
        "client_id": authserver.device_client_id,
    }
    pending = requests.post(authserver.token_url, data=poll, timeout=15)
    assert pending.status_code == 400
    assert pending.json()["error"] == "authorization_pending"

    monkeypatch.setenv("TOKENMGR_E2E_USER_CODE", grant["user_code"])
    user = browser_user("device", user="alice")
    proc = user.run(grant["verification_uri"])
    assert proc.returncode == 0, proc.stderr
    page = user.result()
    assert page["user_code"] == page["confirmed_user_code"] == grant["user_code"]

    tokens = requests.post(authserver.token_url, data=poll, timeout=15)
    assert tokens.status_code == 200, tokens.text
    assert authserver.me(tokens.json()["access_token"]).json()["username"] == "alice"
