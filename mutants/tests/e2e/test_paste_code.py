"""Paste-the-code against the real authorization server: the provider redirects to a
page that is not tokenmgr's (here a bare display page), the user pastes the address."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

from tests.e2e.authserver.catcher import CallbackCatcher
from tests.e2e.cli_helpers import write_provider
from tests.e2e.keyring_helpers import secret_service_items

pytestmark = pytest.mark.e2e


def start_connect(env):
    return subprocess.Popen([sys.executable, "-m", "tokenmgr", "connect", "example"], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.fixture
def display_page():
    with CallbackCatcher() as page:
        yield page


@pytest.fixture
def paste_env(cli_env, tmp_path, authserver, display_page):
    write_provider(tmp_path / "xdg-config", authserver, extra=(
        'redirect_mode = "paste"\n'
        f'paste_redirect_uri = "{display_page.redirect_uri}"'))
    return cli_env


def test_pasting_the_landing_address_connects_with_the_same_pkce_verifier(
        paste_env, browser_user, display_page):
    user = browser_user("approve", user="alice")
    proc = start_connect({**paste_env, **user.env()})
    landed = user.wait_result(60)
    assert landed["ok"], landed
    out, err = proc.communicate(landed["final_url"] + "\n", timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == "Connected example:alice"
    assert "Paste the code" in err
    assert display_page.queries[0]["code"]
    assert any(name.startswith("account/example/") for name in secret_service_items())


def test_a_pasted_address_with_another_state_is_rejected_as_csrf(paste_env, browser_user):
    user = browser_user("approve", user="alice")
    proc = start_connect({**paste_env, **user.env()})
    landed = user.wait_result(60)
    parts = urlsplit(landed["final_url"])
    query = dict(parse_qsl(parts.query))
    query["state"] = "forged-" + query["state"]
    forged = urlunsplit(parts._replace(query=urlencode(query)))
    out, err = proc.communicate(forged + "\n", timeout=60)
    assert (proc.returncode, out) == (2, "")
    assert "CSRF" in err
    assert secret_service_items() == []
