"""AccountService.refresh at scale (issue 14): per-account locks, the store lock never held
across the network call, one refresh per account across threads, and the short-lived-token
margin, against a real threaded token endpoint on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from filelock import FileLock, Timeout

from tests.token_endpoint import TokenEndpoint
from tokenmgr.accounts import AccountService
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
from tokenmgr.values.provider import Provider

NOW = 1_700_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def endpoint(monkeypatch) -> Iterator[TokenEndpoint]:
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with TokenEndpoint() as running:
        yield running


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(memory_store, endpoint, clock, tmp_path) -> Iterator[AccountService]:
    provider = Provider(id="acme", name="Acme", authorize_url=endpoint.url,
                        token_url=endpoint.url, client_id="acme-client", scopes=("read",))
    http = HttpClient(connect_timeout=5.0, total_timeout=10.0)
    yield AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: ProviderCatalog({"acme": provider}),
                         http_factory=lambda: http, clock=clock, refresh_margin=300.0)
    http.close()


def account(account_id: str, *, lifetime: float = 3600.0, expires_in: float = -1.0) -> Account:
    tokens = TokenSet(Secret(f"access-{account_id}"), refresh_token=Secret(f"refresh-{account_id}"),
                      expires_at=NOW + expires_in, obtained_at=NOW + expires_in - lifetime)
    return Account(provider_id="acme", account_id=account_id, name=f"user{account_id}",
                   tokens=tokens, connected_at=NOW - 7200)


def in_thread(fn, *args, **kw) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = fn(*args, **kw)
        except BaseException as exc:  # handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, outcome


def test_refreshing_a_never_waits_for_b_and_the_store_lock_is_free_meanwhile(
        service, memory_store, endpoint, tmp_path):
    memory_store.save(account("a"))
    memory_store.save(account("b"))
    release_b = threading.Event()
    endpoint.gate = lambda _n, token: token == "refresh-b" and release_b.wait(10)
    b_thread, b = in_thread(service.refresh, "acme:b")
    assert endpoint.wait_until(lambda: len(endpoint.log) == 1)  # b is at the provider
    # another process could take the store-wide lock right now: it is not held across
    # b's network call
    other_process = FileLock(str(tmp_path / "store.lock"))
    other_process.acquire(timeout=0)
    other_process.release()
    a_thread, a = in_thread(service.refresh, "acme:a")
    a_thread.join(10)
    assert not a_thread.is_alive() and "error" not in a, a
    assert b_thread.is_alive()  # a finished while b was still waiting for its answer
    release_b.set()
    b_thread.join(10)
    assert "error" not in b, b
    assert {s.refresh_token for s in endpoint.log} == {"refresh-a", "refresh-b"}
    assert {s.account_id: s.expires_at for s in memory_store.summaries()} == {
        "a": NOW + 3600, "b": NOW + 3600}


def test_the_account_lock_is_held_across_the_network_call(service, memory_store, endpoint):
    memory_store.save(account("a"))
    release = threading.Event()
    endpoint.gate = lambda *_: release.wait(10)
    thread, outcome = in_thread(service.refresh, "acme:a")
    assert endpoint.wait_until(lambda: len(endpoint.log) == 1)
    with pytest.raises(Timeout):  # what a second process refreshing "a" would wait for
        FileLock(str(memory_store.account_lock_path("acme:a"))).acquire(timeout=0)
    release.set()
    thread.join(10)
    assert "error" not in outcome
    FileLock(str(memory_store.account_lock_path("acme:a"))).acquire(timeout=0)


def test_two_threads_wanting_a_fresh_token_for_one_account_refresh_it_once(
        service, memory_store, endpoint):
    memory_store.save(account("a"))
    release = threading.Event()
    endpoint.gate = lambda *_: release.wait(10)
    first, one = in_thread(service.token, "acme:usera")
    assert endpoint.wait_until(lambda: len(endpoint.log) == 1)
    second, two = in_thread(service.token, "acme:usera")  # waits on the account's lock
    release.set()
    first.join(10)
    second.join(10)
    assert one["value"] == two["value"] == Secret("acc-1")
    assert [s.refresh_token for s in endpoint.log] == ["refresh-a"]  # spent once


@pytest.mark.parametrize(("lifetime", "margin"), [(60.0, 30.0), (3600.0, 300.0), (400.0, 200.0)])
def test_the_margin_is_the_setting_or_half_the_lifetime_if_shorter(
        service, memory_store, endpoint, clock, lifetime, margin):
    memory_store.save(account("a", lifetime=lifetime, expires_in=lifetime))  # just obtained
    assert service.margin_for(memory_store.load("acme:a").tokens) == margin
    clock.now = NOW + lifetime - margin - 1
    assert service.token("acme") == Secret("access-a")
    assert endpoint.log == []  # a 60-second token is not refreshed on every call
    clock.now = NOW + lifetime - margin
    assert service.token("acme") == Secret("acc-1")
    assert len(endpoint.log) == 1


def test_a_token_without_a_known_lifetime_uses_the_setting(service):
    tokens = TokenSet(Secret("x"), expires_at=NOW + 60)  # obtained_at unknown (0)
    assert service.margin_for(tokens) == 300.0


def test_an_index_left_behind_by_a_killed_bulk_refresh_is_repaired(
        service, memory_store, endpoint):
    from dataclasses import replace

    from tokenmgr.store.schema import account_entry_name

    memory_store.save(account("a", expires_in=10))  # the index says: expiring
    fresh = replace(account("a", expires_in=3600), refreshed_at=NOW)
    # a bulk refresh stored the entry, then was killed before its index write
    memory_store.keyring.set(account_entry_name("acme:a"), fresh.to_json())
    assert memory_store.summaries()[0].expires_at == NOW + 10
    service.refresh("acme:a", only_if_needed=True)  # what the window does for "expiring"
    assert endpoint.log == []
    assert memory_store.summaries()[0].expires_at == NOW + 3600
