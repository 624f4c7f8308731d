"""OAuth 1 end to end: 1.0a, legacy 1.0 and PIN flows through the CLI against the real
local OAuth 1 provider (oauthlib's endpoints), then signed requests from `tokenmgr header`."""

from __future__ import annotations

import subprocess
import sys

import pytest
import requests

from tests.e2e.cli_helpers import tokenmgr
from tests.e2e.keyring_helpers import secret_service_items

pytestmark = pytest.mark.e2e


def write_oauth1_provider(env, server, *, mode="1.0a", legacy=False):
    key = server.legacy_key if legacy else server.consumer_key
    secret = server.legacy_secret if legacy else server.consumer_secret
    folder = f"{env['XDG_CONFIG_HOME']}/tokenmgr"
    with open(f"{folder}/providers.toml", "a", encoding="utf-8") as handle:
        handle.write(f"""
[providers.xapi]
name = "X (test)"
protocol = "oauth1"
request_token_url = "{server.request_token_url}"
authorize_url = "{server.authorize_url}"
access_token_url = "{server.access_token_url}"
revoke_url = "{server.invalidate_url}"
account_name_field = "screen_name"
account_id_field = "user_id"
client_id = "{key}"
callback_mode = "{mode}"
""")
    done = tokenmgr(env, "configure", "xapi", "--client-secret-stdin", input_text=secret + "\n")
    assert done.returncode == 0, done.stderr


def header(env, method, url, *data):
    args = ["header", "xapi", "--method", method, "--url", url]
    for item in data:
        args += ["--data", item]
    done = tokenmgr(env, *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OAuth ")
    return done.stdout.strip()


def test_1_0a_connect_then_signed_requests_pass_and_tampered_ones_fail(
        cli_env, oauth1server, oauth1_browser):
    write_oauth1_provider(cli_env, oauth1server)
    user = oauth1_browser("approve", user="alice")
    done = tokenmgr({**cli_env, **user.env()}, "connect", "xapi", "--timeout", "90")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Connected xapi:alice"
    assert user.wait_result(30)["outcome"] == "callback"
    assert any(name.startswith("account/xapi/1001") for name in secret_service_items())

    me = requests.get(oauth1server.me_url,
                      headers={"Authorization": header(cli_env, "GET", oauth1server.me_url)},
                      timeout=10)
    assert me.status_code == 200 and me.json()["screen_name"] == "alice"

    signed = header(cli_env, "POST", oauth1server.echo_url, "note=hello world")
    good = requests.post(oauth1server.echo_url, data={"note": "hello world"},
                         headers={"Authorization": signed}, timeout=10)
    assert good.status_code == 200 and good.json()["params"] == {"note": "hello world"}
    signed = header(cli_env, "POST", oauth1server.echo_url, "note=hello world")
    tampered = requests.post(oauth1server.echo_url, data={"note": "hello w0rld"},
                             headers={"Authorization": signed}, timeout=10)
    assert tampered.status_code == 401
    # Repeated form keys: the signature covers both values, as the provider receives them.
    signed = header(cli_env, "POST", oauth1server.echo_url, "dup=x", "dup=y")
    both = requests.post(oauth1server.echo_url, data=[("dup", "x"), ("dup", "y")],
                         headers={"Authorization": signed}, timeout=10)
    assert both.status_code == 200, both.text


def test_1_0a_denied_reports_not_approved(cli_env, oauth1server, oauth1_browser):
    write_oauth1_provider(cli_env, oauth1server)
    user = oauth1_browser("deny", user="bob")
    done = tokenmgr({**cli_env, **user.env()}, "connect", "xapi", "--timeout", "90")
    assert (done.returncode, done.stdout) == (2, "")
    assert "not approved" in done.stderr
    assert secret_service_items() == ["client-secret/xapi"]


def test_legacy_1_0_connect_without_verifier(cli_env, oauth1server, oauth1_browser):
    write_oauth1_provider(cli_env, oauth1server, mode="1.0", legacy=True)
    user = oauth1_browser("approve", user="bob")
    done = tokenmgr({**cli_env, **user.env()}, "connect", "xapi", "--timeout", "90")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Connected xapi:bob"
    me = requests.get(oauth1server.me_url,
                      headers={"Authorization": header(cli_env, "GET", oauth1server.me_url)},
                      timeout=10)
    assert me.status_code == 200 and me.json()["screen_name"] == "bob"


def test_pin_flow_reads_the_pin_from_stdin(cli_env, oauth1server, oauth1_browser):
    write_oauth1_provider(cli_env, oauth1server, mode="oob")
    user = oauth1_browser("approve", user="alice")
    proc = subprocess.Popen([sys.executable, "-m", "tokenmgr", "connect", "xapi"],
                            env={**cli_env, **user.env()}, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    shown = user.wait_result(60)
    assert shown["ok"] and shown["pin"], shown
    out, err = proc.communicate(shown["pin"] + "\n", timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == "Connected xapi:alice"
    assert "PIN" in err


def test_revoke_invalidates_the_token_at_the_provider(cli_env, oauth1server, oauth1_browser):
    write_oauth1_provider(cli_env, oauth1server)
    user = oauth1_browser("approve", user="alice")
    assert tokenmgr({**cli_env, **user.env()}, "connect", "xapi").returncode == 0
    signed = header(cli_env, "GET", oauth1server.me_url)
    assert tokenmgr(cli_env, "revoke", "xapi").returncode == 0
    gone = requests.get(oauth1server.me_url, headers={"Authorization": signed}, timeout=10)
    assert gone.status_code == 401
    assert not any(name.startswith("account/") for name in secret_service_items())
