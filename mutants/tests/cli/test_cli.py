"""Every CLI verb in-process: stdout, stderr and exit codes, on an in-memory keyring."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest

from tokenmgr.accounts import AccountService
from tokenmgr.cli import context, main
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, Account
from tokenmgr.store.token_store import TokenStore
from tokenmgr.values.provider import Provider

NOW = 1_800_000_000.0
ACCESS = "access-aaaaaaaaaaaaaaaaaaaa"
REFRESH = "refresh-rrrrrrrrrrrrrrrrrr"


def make_account(name="alice", account_id="1", expires_in=3600.0, refresh=REFRESH,
                 access=ACCESS, **kw) -> Account:
    return Account(
        provider_id=kw.pop("provider_id", "example"), account_id=account_id, name=name,
        tokens=TokenSet(Secret(access), refresh_token=Secret(refresh) if refresh else None,
                        expires_at=None if expires_in is None else NOW + expires_in,
                        scopes=("read",), obtained_at=NOW),
        connected_at=NOW, **kw)


@pytest.fixture
def service(memory_store, httpserver, tmp_path, monkeypatch):
    provider = Provider(
        id="example", name="Example", authorize_url=httpserver.url_for("/authorize"),
        token_url=httpserver.url_for("/token"), userinfo_url=httpserver.url_for("/me"),
        revoke_url=httpserver.url_for("/revoke"), client_id="cli-test", scopes=("read",))
    svc = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: ProviderCatalog({"example": provider}),
                         clock=lambda: NOW)
    monkeypatch.setattr(context, "build_service", lambda: svc)
    return svc


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_token_prints_only_the_token(service, capsys):
    service.store.save(make_account())
    assert run(capsys, "token", "example") == (0, ACCESS + "\n", "")


def test_header_prints_the_authorization_value(service, capsys):
    service.store.save(make_account())
    code, out, _ = run(capsys, "header", "example:alice")
    assert (code, out) == (0, f"Bearer {ACCESS}\n")


def test_unknown_account_exits_3_and_lists_candidates_on_one_line(service, capsys):
    service.store.save(make_account())
    code, out, err = run(capsys, "token", "example:nobody")
    assert (code, out) == (3, "")
    assert "example:alice" in err and err.count("\n") == 1


def test_ambiguous_selector_exits_3_listing_both_accounts(service, capsys):
    service.store.save(make_account())
    service.store.save(make_account(name="bob", account_id="2", access="access-bob-xxxx"))
    code, out, err = run(capsys, "token", "example")
    assert (code, out) == (3, "")
    assert "example:alice" in err and "example:bob" in err
    assert run(capsys, "token", "example:bob")[1] == "access-bob-xxxx\n"
    assert run(capsys, "token", "example:2")[1] == "access-bob-xxxx\n"


def test_needs_reconnect_exits_4_with_empty_stdout(service, capsys):
    service.store.save(make_account(status=STATUS_NEEDS_RECONNECT))
    code, out, err = run(capsys, "token", "example")
    assert (code, out) == (4, "")
    assert "re-connect" in err


def test_expired_token_without_refresh_token_is_never_printed(service, capsys):
    service.store.save(make_account(expires_in=-10, refresh=None))
    code, out, err = run(capsys, "token", "example")
    assert (code, out) == (4, "")
    assert ACCESS not in err


def test_token_near_expiry_is_refreshed_and_stored_first(service, capsys, httpserver):
    service.store.save(make_account(expires_in=60))
    httpserver.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"access_token": "fresh-access", "refresh_token": "fresh-refresh",
         "token_type": "Bearer", "expires_in": 3600})
    code, out, _ = run(capsys, "token", "example")
    assert (code, out) == (0, "fresh-access\n")
    stored = service.store.load("example:1").tokens
    assert stored.refresh_token.reveal() == "fresh-refresh"
    assert stored.expires_at == NOW + 3600


def test_provider_failure_on_refresh_exits_5_and_keeps_the_account(service, capsys,
                                                                   httpserver, memory_keyring):
    service.store.save(make_account(expires_in=60))
    before = dict(memory_keyring.items)
    httpserver.expect_oneshot_request("/token", method="POST").respond_with_data(
        "oops", status=500)
    code, out, err = run(capsys, "token", "example")
    assert (code, out) == (5, "")
    assert "HTTP 500" in err
    assert memory_keyring.items == before


def test_refused_keyring_exits_6(service, capsys, tmp_path):
    from keyring.backends.fail import Keyring as FailKeyring

    service.store = TokenStore(KeyringAccess(FailKeyring()), tmp_path / "lock")
    code, out, err = run(capsys, "token", "example")
    assert (code, out) == (6, "")
    assert "does not protect secrets" in err


def test_list_json_has_stable_keys_and_no_secrets(service, capsys):
    service.store.save(make_account())
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1
    (account,) = data["accounts"]
    assert account == {
        "provider": "example", "account_id": "1", "name": "alice",
        "selector": "example:alice", "status": "active", "state": "expires in 1 h",
        "expires_at": "2027-01-15T09:00:00Z", "scopes": ["read"], "token_type": "Bearer",
        "has_refresh_token": True, "connected_at": "2027-01-15T08:00:00Z",
        "refreshed_at": None,
    }
    assert ACCESS not in out and REFRESH not in out
    assert [p["id"] for p in data["providers"]] == ["example"]


def test_providers_json_lists_configuration_state(service, capsys):
    code, out, _ = run(capsys, "providers", "--json")
    assert code == 0
    (provider,) = json.loads(out)["providers"]
    assert provider["configured"] is True
    assert provider["redirect_uri"] == "http://127.0.0.1/callback"


def test_configure_reads_the_secret_from_stdin_into_the_keyring_only(service, capsys,
                                                                    monkeypatch, tmp_path):
    code, out, _ = run(capsys, "configure", "example", "--client-id", "new-id",
                       "--client-secret-stdin", stdin="s3cret-value\n", monkeypatch=monkeypatch)
    assert code == 0
    assert service.store.client_secret("example").reveal() == "s3cret-value"
    text = (tmp_path / "providers.toml").read_text()
    assert 'client_id = "new-id"' in text and "s3cret" not in text
    assert "s3cret" not in out


def test_revoke_local_only_and_disconnect_forget_without_network(service, capsys):
    service.store.save(make_account())
    service.store.save(make_account(name="bob", account_id="2"))
    assert run(capsys, "revoke", "example:alice", "--local-only")[0] == 0
    assert run(capsys, "disconnect", "example:bob")[0] == 0
    assert service.summaries() == []


def test_revoke_failure_keeps_the_account_and_exits_5(service, capsys, httpserver):
    service.store.save(make_account())
    httpserver.expect_request("/revoke", method="POST").respond_with_data(
        "", status=503, headers={"Retry-After": "30"})
    code, out, err = run(capsys, "revoke", "example")
    assert (code, out) == (5, "")
    assert "Retry" in err or "try again" in err.lower()
    assert [s.name for s in service.summaries()] == ["alice"]


def test_refresh_all_reports_each_account(service, capsys, httpserver):
    service.store.save(make_account())
    service.store.save(replace(make_account(name="bob", account_id="2"), status="active"))
    httpserver.expect_request("/token", method="POST").respond_with_json(
        {"access_token": "new", "token_type": "bearer", "expires_in": 60})
    code, _, err = run(capsys, "refresh", "--all")
    assert code == 0
    assert err.count("Refreshed") == 2


def test_no_command_prints_usage_and_exits_2(capsys):
    code, out, err = run(capsys)
    assert code == 2 and out == "" and "usage" in err
