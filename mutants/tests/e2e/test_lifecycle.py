"""Account lifecycle against the real server: refresh with rotation, invalid_grant,
revoke, several accounts per provider, re-connect in place — all through the CLI and
the real Secret Service."""

from __future__ import annotations

import json

import pytest

from tests.e2e.authserver.control import AuthServer
from tests.e2e.cli_helpers import tokenmgr, write_provider
from tests.e2e.keyring_helpers import secret_service_value

pytestmark = pytest.mark.e2e


def connect(env, browser_user, user: str) -> None:
    done = tokenmgr({**env, **browser_user("approve", user=user).env()},
                    "connect", "example", "--timeout", "90")
    assert done.returncode == 0, done.stderr


def stored_tokens(account_id: str) -> dict:
    return json.loads(secret_service_value(f"account/example/{account_id}"))["tokens"]


def accounts(env) -> list[dict]:
    done = tokenmgr(env, "list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["accounts"]


def test_refresh_rotates_and_stores_both_tokens_as_one_unit(cli_env, browser_user, authserver):
    connect(cli_env, browser_user, "alice")
    (account,) = accounts(cli_env)
    before = stored_tokens(account["account_id"])
    done = tokenmgr(cli_env, "refresh", "example")
    assert done.returncode == 0, done.stderr
    after = stored_tokens(account["account_id"])
    assert after["access_token"] != before["access_token"]
    assert after["refresh_token"] != before["refresh_token"]  # rotated, and kept
    assert authserver.me(after["access_token"]).status_code == 200
    assert authserver.introspect(before["refresh_token"]).get("active") is not True


def test_invalid_grant_marks_needs_reconnect_and_keeps_the_account(
        cli_env, browser_user, authserver):
    connect(cli_env, browser_user, "alice")
    (account,) = accounts(cli_env)
    before = secret_service_value(f"account/example/{account['account_id']}")
    authserver.revoke_all("alice")
    done = tokenmgr(cli_env, "refresh", "example")
    assert done.returncode == 4
    assert "re-connect" in done.stderr
    (after,) = accounts(cli_env)
    assert after["status"] == "needs_reconnect" and after["state"] == "needs re-connect"
    kept = json.loads(secret_service_value(f"account/example/{account['account_id']}"))
    assert kept["tokens"] == json.loads(before)["tokens"]  # nothing lost
    token = tokenmgr(cli_env, "token", "example")
    assert (token.returncode, token.stdout) == (4, "")
    connect(cli_env, browser_user, "alice")  # re-connect heals it in place
    (healed,) = accounts(cli_env)
    assert healed["status"] == "active"


def test_revoke_makes_the_server_reject_the_token_and_forgets_it(
        cli_env, browser_user, authserver):
    connect(cli_env, browser_user, "alice")
    access = tokenmgr(cli_env, "token", "example").stdout.strip()
    assert authserver.me(access).status_code == 200
    done = tokenmgr(cli_env, "revoke", "example")
    assert done.returncode == 0, done.stderr
    assert authserver.me(access).status_code == 401
    assert accounts(cli_env) == []


def test_two_accounts_per_provider_and_reconnect_updates_in_place(cli_env, browser_user):
    connect(cli_env, browser_user, "alice")
    connect(cli_env, browser_user, "bob")
    names = sorted(a["name"] for a in accounts(cli_env))
    assert names == ["alice", "bob"]
    ambiguous = tokenmgr(cli_env, "token", "example")
    assert ambiguous.returncode == 3 and "example:alice" in ambiguous.stderr
    assert tokenmgr(cli_env, "token", "example:bob").returncode == 0
    connect(cli_env, browser_user, "alice")
    assert sorted(a["name"] for a in accounts(cli_env)) == ["alice", "bob"]


def test_token_refreshes_an_access_token_that_is_about_to_expire(
        tmp_path, browser_user, cli_env):
    with AuthServer.start(access_token_expire_seconds=60) as short:
        write_provider(tmp_path / "xdg-config", short)
        connect(cli_env, browser_user, "alice")
        (account,) = accounts(cli_env)
        first = stored_tokens(account["account_id"])["access_token"]
        done = tokenmgr(cli_env, "token", "example")  # 60 s left < 5 min margin
        assert done.returncode == 0, done.stderr
        fresh = done.stdout.strip()
        assert fresh != first
        assert fresh == stored_tokens(account["account_id"])["access_token"]
        assert short.me(fresh).status_code == 200
