"""Connect through the CLI against a real authorization server, browser and Secret Service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_helpers import tokenmgr
from tests.e2e.keyring_helpers import secret_service_items

pytestmark = pytest.mark.e2e


def files_under(root: Path):
    return [p for p in root.rglob("*") if p.is_file()]


def test_connect_stores_account_in_secret_service_and_survives_restart(
        cli_env, browser_user, authserver, tmp_path):
    user = browser_user("approve", user="alice")
    env = {**cli_env, **user.env()}
    done = tokenmgr(env, "connect", "example", "--timeout", "90")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Connected example:alice"
    assert authserver.authorize_url in done.stderr  # the URL is shown as well
    page = user.wait_result(30)
    assert page["ok"] and "Signed in" in page["text"]

    # Stored in the real Secret Service: an index and one account item.
    labels = secret_service_items()
    assert "index" in labels and any(name.startswith("account/example/") for name in labels)

    # A new process (a restart) reads the account back, with no secret in the listing.
    listing = tokenmgr(cli_env, "list", "--json")
    assert listing.returncode == 0, listing.stderr
    accounts = json.loads(listing.stdout)["accounts"]
    assert [(a["provider"], a["name"]) for a in accounts] == [("example", "alice")]
    assert accounts[0]["has_refresh_token"] is True
    assert set(accounts[0]["scopes"]) == {"read", "profile"}

    token = tokenmgr(cli_env, "token", "example")
    assert token.returncode == 0, token.stderr
    access = token.stdout.strip()
    assert authserver.me(access).json()["username"] == "alice"
    assert access not in listing.stdout

    # Nothing token-bearing on disk in plaintext.
    for path in files_under(tmp_path):
        if path.suffix in (".json",):  # the scripted browser's own report
            continue
        assert access.encode() not in path.read_bytes(), path


def test_denied_sign_in_reports_not_approved_and_stores_nothing(cli_env, browser_user):
    user = browser_user("deny", user="bob")
    env = {**cli_env, **user.env()}
    done = tokenmgr(env, "connect", "example", "--timeout", "90")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "not approved" in done.stderr
    assert "not completed" in user.wait_result(30)["text"]
    assert secret_service_items() == []


def test_unconfigured_provider_fails_before_any_browser_opens(cli_env, browser_user, tmp_path):
    user = browser_user("approve")
    env = {**cli_env, **user.env()}
    done = tokenmgr(env, "connect", "github")
    assert done.returncode == 2
    assert "configure" in done.stderr
    assert not Path(user.result_path).exists()


def test_debug_logs_of_a_connect_show_no_code_state_or_token(cli_env, browser_user):
    from urllib.parse import parse_qs, urlsplit

    from tests.e2e.keyring_helpers import secret_service_value

    user = browser_user("approve", user="alice")
    done = tokenmgr({**cli_env, **user.env()}, "--debug", "connect", "example",
                    "--timeout", "90")
    assert done.returncode == 0, done.stderr
    assert "DEBUG" in done.stderr  # the debug log really ran
    landed = parse_qs(urlsplit(user.wait_result(30)["final_url"]).query)
    entry = next(name for name in secret_service_items() if name.startswith("account/"))
    tokens = json.loads(secret_service_value(entry))["tokens"]
    secrets = [landed["code"][0], landed["state"][0], tokens["access_token"],
               tokens["refresh_token"]]
    # The authorization URL itself is shown to the user on purpose (it carries the state);
    # every other line — the logs above all — must carry none of these values.
    other_lines = "\n".join(line for line in done.stderr.splitlines()
                            if not line.strip().startswith("http://127.0.0.1"))
    assert other_lines.count("tokenmgr: DEBUG") >= 2
    for value in secrets:
        assert value not in other_lines and value not in done.stdout
