"""The Python API through its public names only (``tokenmgr.Accounts``, ``tokenmgr.errors``),
against the real servers and Secret Service: what a script importing tokenmgr sees."""

from __future__ import annotations

import json
import time

import pytest

import tokenmgr
from tests.e2e.api_helpers import PAIRS, TRICKY, connected_env
from tests.e2e.cli_helpers import tokenmgr as run_cli
from tests.e2e.keyring_helpers import (
    secret_service_value,
    set_secret_service_value,
    wipe_tokenmgr_items,
)
from tokenmgr.errors import AccountNotFoundError, InsecureEndpointError, TokenmgrError

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def env(tmp_path_factory, authserver, oauth1server):
    yield connected_env(tmp_path_factory.mktemp("pyapi"), authserver, oauth1server)
    wipe_tokenmgr_items()
    authserver.revoke_all("bob")  # the servers are shared: leave them as found
    oauth1server.revoke_all("bob")


@pytest.fixture
def accounts(env, monkeypatch):
    """``Accounts()`` as a script gets it, in the module's XDG dirs."""
    monkeypatch.setenv("XDG_CONFIG_HOME", env["XDG_CONFIG_HOME"])
    monkeypatch.setenv("XDG_CACHE_HOME", env["XDG_CACHE_HOME"])
    return tokenmgr.Accounts()


def stored_access_token(provider: str, account_id: str) -> str:
    entry = secret_service_value(f"account/{provider}/{account_id}")
    return json.loads(entry)["tokens"]["access_token"]


def test_list_and_token_are_what_the_cli_sees(accounts, env):
    entries = {e.provider: e for e in accounts.list()}
    assert set(entries) == {"example", "xapi"}
    example = entries["example"]
    assert (example.selector, example.status, example.token_type) == (
        "example:bob", "active", "Bearer")
    assert example.has_refresh_token and example.expires_at is not None
    token = accounts.token("example")
    assert token == run_cli(env, "token", "example").stdout.strip()
    assert token not in repr(accounts.list())  # entries carry no secrets


def test_session_sends_bearer_requests_to_api_paths(accounts):
    with accounts.session("example") as session:
        got = session.get("/echo", params=[("a", "1"), ("a", "2")])
        posted = session.post("/echo", data=TRICKY)
        sent_json = session.patch("/echo", json={"ü": 1})
    assert got.status_code == 200 and got.json()["query"] == [["a", "1"], ["a", "2"]]
    assert posted.json()["form"] == PAIRS
    assert sent_json.json()["json"] == {"ü": 1}


def test_session_refreshes_a_token_the_provider_expired_and_retries(accounts, authserver):
    (entry,) = [e for e in accounts.list() if e.provider == "example"]
    before = stored_access_token("example", entry.account_id)
    assert authserver.expire_access_tokens("bob") >= 1
    with accounts.session("example") as session:
        answer = session.get("/echo")
    assert answer.status_code == 200
    assert [r.status_code for r in answer.history] == [401]
    after = stored_access_token("example", entry.account_id)
    assert after != before and authserver.me(after).status_code == 200


def test_session_refreshes_a_token_about_to_expire_before_sending(accounts, authserver):
    (entry,) = [e for e in accounts.list() if e.provider == "example"]
    name = f"account/example/{entry.account_id}"
    stored = json.loads(secret_service_value(name))
    expires_at = time.time() + 30  # a one-hour token with 30 s left: within the margin
    stored["tokens"].update(expires_at=expires_at, obtained_at=expires_at - 3600)
    set_secret_service_value(name, json.dumps(stored))
    before = stored["tokens"]["access_token"]
    with accounts.session("example") as session:
        answer = session.get("/echo")
    assert answer.status_code == 200 and answer.history == []  # refreshed first, one request
    after = stored_access_token("example", entry.account_id)
    assert after != before and authserver.me(after).status_code == 200


def test_oauth1_session_signs_form_bodies_with_repeated_keys(accounts, oauth1server):
    with accounts.session("xapi") as session:
        answer = session.post("/api/echo", data=TRICKY)
    assert answer.status_code == 200, answer.text
    assert answer.json()["form_pairs"] == PAIRS


def test_consumer_only_session(accounts, oauth1server):
    with accounts.session("xapi", consumer_only=True) as session:
        answer = session.get("/api/app", params={"q": "ä"})
    assert answer.status_code == 200 and answer.json()["consumer"] == oauth1server.consumer_key


def test_typed_errors(accounts):
    with pytest.raises(AccountNotFoundError):
        accounts.token("nobody")
    with accounts.session("example") as session, pytest.raises(InsecureEndpointError):
        session.get("http://example.invalid/")
    assert issubclass(AccountNotFoundError, TokenmgrError)
