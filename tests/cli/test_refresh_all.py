"""``tokenmgr refresh --all``: bounded concurrency, a line per account as it finishes,
the worst exit code, no account skipped silently (issue 14), against a real threaded
token endpoint on 127.0.0.1."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from tests.cli.test_cli import NOW, make_account, run
from tests.token_endpoint import TokenEndpoint
from tokenmgr import paths
from tokenmgr.accounts import AccountService
from tokenmgr.cli import context
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider


@pytest.fixture
def endpoint():
    with TokenEndpoint() as running:
        yield running


@pytest.fixture
def service(memory_store, endpoint, tmp_path, monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    provider = Provider(id="example", name="Example", authorize_url=endpoint.url,
                        token_url=endpoint.url, client_id="cli-test", scopes=("read",))
    http = HttpClient(connect_timeout=5.0, total_timeout=10.0)
    svc = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: ProviderCatalog({"example": provider}),
                         http_factory=lambda: http, clock=lambda: NOW)
    monkeypatch.setattr(context, "build_service", lambda: svc)
    yield svc
    http.close()


def set_concurrency(value: int) -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(f"[refresh]\nconcurrency = {value}\n", encoding="utf-8")


def save_accounts(service: AccountService, count: int) -> None:
    for i in range(count):
        service.store.save(make_account(name=f"user{i}", account_id=str(i),
                                        refresh=f"refresh-{i}"))


def hold_at(endpoint: TokenEndpoint, limit: int, total: int):
    """Hold each request until ``limit`` are in flight (or all have come), then up to
    0.3 s more for one over the limit: with a working limit it never comes; without
    one it comes at once."""

    def hold(_in_flight: int, _token: str) -> None:
        endpoint.wait_until(lambda: endpoint.in_flight >= limit or len(endpoint.log) == total)
        endpoint.wait_until(lambda: endpoint.in_flight > limit, timeout=0.3)

    return hold


def test_peak_concurrency_at_the_endpoint_never_exceeds_the_setting(service, endpoint, capsys):
    set_concurrency(3)
    save_accounts(service, 10)
    endpoint.gate = hold_at(endpoint, 3, 10)
    code, _, err = run(capsys, "refresh", "--all")
    assert code == 0, err
    assert endpoint.peak == 3  # reached, never passed
    assert err.count("Refreshed example:") == 10


def test_default_concurrency_is_eight(service, endpoint, capsys):
    save_accounts(service, 12)
    endpoint.gate = hold_at(endpoint, 8, 12)
    code, _, err = run(capsys, "refresh", "--all")
    assert code == 0, err
    assert endpoint.peak == 8


def test_lines_come_as_refreshes_finish_not_in_list_order(service, endpoint, capsys,
                                                         monkeypatch):
    save_accounts(service, 2)
    second_done = threading.Event()
    real_refresh = service.refresh

    def refresh(key, **kw):
        try:
            return real_refresh(key, **kw)
        finally:
            if key == "example:1":
                second_done.set()

    monkeypatch.setattr(service, "refresh", refresh)

    def first_waits_for_second(_in_flight: int, token: str) -> None:
        if token == "refresh-0":  # user0 is listed first but answered last
            assert second_done.wait(10)

    endpoint.gate = first_waits_for_second
    code, _, err = run(capsys, "refresh", "--all")
    assert code == 0
    assert err.splitlines() == ["Refreshed example:user1", "Refreshed example:user0"]


def test_every_account_gets_a_line_and_the_exit_code_is_the_worst(service, endpoint, capsys):
    save_accounts(service, 4)
    service.store.save(make_account(name="norefresh", account_id="9", refresh=None))
    service.store.save(oauth1_account())
    endpoint.answers["refresh-1"] = (400, {"error": "invalid_grant"})
    endpoint.answers["refresh-2"] = (503, {"error": "temporarily_unavailable"})
    code, out, err = run(capsys, "refresh", "--all")
    assert out == ""
    lines = err.splitlines()
    assert "Refreshed example:user0" in lines and "Refreshed example:user3" in lines
    assert any(line.startswith("tokenmgr: example:user1: ") and "re-connect" in line
               for line in lines)
    assert any(line.startswith("tokenmgr: example:user2: ") for line in lines)
    assert any(line.startswith("tokenmgr: example:norefresh: ") and "refresh token" in line
               for line in lines)  # not skipped silently
    assert "example:oauth1: OAuth 1 tokens do not expire; nothing to refresh" in lines
    assert len(lines) == 6
    assert code == 5  # the provider failure (5) is worse than needs re-connect (4)


def oauth1_account():
    account = make_account(name="oauth1", account_id="o1", refresh=None, expires_in=None)
    return replace(account, tokens=TokenSet(Secret("oauth1-token"), token_type="OAuth1",
                                            token_secret=Secret("oauth1-secret")))


def test_no_accounts_says_so(service, capsys):
    assert run(capsys, "refresh", "--all") == (0, "", "tokenmgr: no accounts to refresh\n")


def test_keep_alive_refreshes_only_grants_near_their_inactivity_limit(
        memory_store, endpoint, tmp_path, monkeypatch, capsys):
    """`refresh --keep-alive` (for a daily timer) refreshes what the window's keep-alive
    would: refresh tokens about to lapse from disuse (90 days here), nothing else."""
    day = 86400.0
    provider = Provider(id="ms", name="Microsoft", authorize_url=endpoint.url,
                        token_url=endpoint.url, client_id="cli-test", scopes=("read",),
                        refresh_token_inactivity_days=90)
    http = HttpClient(connect_timeout=5.0, total_timeout=10.0)
    svc = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: ProviderCatalog({"ms": provider}),
                         http_factory=lambda: http, clock=lambda: NOW)
    monkeypatch.setattr(context, "build_service", lambda: svc)
    idle = replace(make_account(name="idle", account_id="1", refresh="refresh-idle",
                                provider_id="ms"), refreshed_at=NOW - 88 * day)
    recent = replace(make_account(name="recent", account_id="2", refresh="refresh-recent",
                                  provider_id="ms"), refreshed_at=NOW - 1 * day)
    svc.store.save(recent)
    assert run(capsys, "refresh", "--keep-alive") == (
        0, "", "No account needs a keep-alive refresh\n")
    svc.store.save(idle)
    code, out, err = run(capsys, "refresh", "--keep-alive")
    assert (code, out, err) == (0, "", "Refreshed ms:idle\n")
    assert [seen.refresh_token for seen in endpoint.log] == ["refresh-idle"]
    http.close()
