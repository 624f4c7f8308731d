"""Keyring round trips per operation on the real Secret Service of the test session
(issue 14): one D-Bus connection and session per process, a save is at most two writes
and never reads the index back, concurrent index updates share one write."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import closing

import pytest

from tests.token_endpoint import TokenEndpoint
from tokenmgr.accounts import AccountService
from tokenmgr.errors import KeyringLockedError
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.schema import Account
from tokenmgr.store.secret_service import PersistentSecretService
from tokenmgr.store.token_store import TokenStore
from tokenmgr.values.provider import Provider

pytestmark = pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                                reason="needs the Secret Service of scripts/test's session")
NOW = 1_700_000_000.0


class Counting:
    """Wraps the real backend; records (operation, kind of entry) for every call."""

    def __init__(self, inner: PersistentSecretService) -> None:
        self.inner = inner
        self.calls: list[tuple[str, str]] = []
        self.before_call = lambda op, name: None

    @staticmethod
    def kind(name: str) -> str:
        return name if name == "index" else name.split("/")[0]

    def _record(self, op: str, name: str) -> None:
        self.before_call(op, name)
        self.calls.append((op, self.kind(name)))

    def get_password(self, service: str, name: str) -> str | None:
        self._record("get", name)
        return self.inner.get_password(service, name)

    def set_password(self, service: str, name: str, value: str) -> None:
        self._record("set", name)
        self.inner.set_password(service, name, value)

    def delete_password(self, service: str, name: str) -> None:
        self._record("delete", name)
        self.inner.delete_password(service, name)

    def discard(self) -> None:
        self.calls.append(("discard", ""))
        self.inner.discard()

    def take(self) -> list[tuple[str, str]]:
        calls, self.calls = self.calls, []
        return calls


@pytest.fixture
def service_name() -> Iterator[str]:
    name = f"tokenmgr-test-{uuid.uuid4().hex[:8]}"
    yield name
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        for item in secretstorage.get_default_collection(connection).search_items(
                {"service": name}):
            item.delete()


@pytest.fixture
def opened(monkeypatch) -> dict[str, int]:
    """How many D-Bus connections and encryption sessions were opened."""
    import secretstorage
    import secretstorage.util

    counts = {"connections": 0, "sessions": 0}
    real_init, real_session = secretstorage.dbus_init, secretstorage.util.open_session

    def dbus_init():
        counts["connections"] += 1
        return real_init()

    def open_session(connection):
        counts["sessions"] += 1
        return real_session(connection)

    monkeypatch.setattr(secretstorage, "dbus_init", dbus_init)
    monkeypatch.setattr(secretstorage.util, "open_session", open_session)
    return counts


@pytest.fixture
def counting() -> Counting:
    return Counting(PersistentSecretService())


@pytest.fixture
def store(counting, service_name, tmp_path) -> TokenStore:
    return TokenStore(KeyringAccess(counting, service=service_name, deadline=10.0),
                      tmp_path / "store.lock", hint_path=tmp_path / "hint.json")


def account(account_id: str = "1", access: str = "access-1", expires_at: float = NOW + 3600,
            refresh: str = "refresh-1") -> Account:
    return Account(provider_id="acme", account_id=account_id, name=f"user{account_id}",
                   tokens=TokenSet(Secret(access), refresh_token=Secret(refresh),
                                   expires_at=expires_at, obtained_at=expires_at - 3600),
                   connected_at=NOW)


def test_a_save_is_two_writes_and_no_read_back_of_the_index(store, counting):
    store.save(account())
    assert counting.take() == [("get", "index"), ("set", "account"), ("get", "account"),
                               ("set", "index")]
    store.save(account(access="access-2"))  # same summary: the index is not rewritten
    assert counting.take() == [("get", "index"), ("set", "account"), ("get", "account")]
    assert store.load("acme:1").tokens.access_token == Secret("access-2")


def test_round_trips_of_refresh_and_token(store, counting, tmp_path, monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with TokenEndpoint() as endpoint:
        provider = Provider(id="acme", name="Acme", authorize_url=endpoint.url,
                            token_url=endpoint.url, client_id="acme", scopes=("read",))
        http = HttpClient(connect_timeout=5.0, total_timeout=10.0)
        service = AccountService(store, providers_file=None, http_factory=lambda: http,
                                 catalog_loader=lambda: ProviderCatalog({"acme": provider}),
                                 clock=lambda: NOW)
        store.save(account(expires_at=NOW - 1))
        counting.take()
        service.refresh("acme:1")
        assert counting.take() == [
            ("get", "account"),        # re-read under the account's lock
            ("get", "client-secret"),  # the client's secret, if any (then kept 30 s)
            ("set", "account"),        # the new tokens, at once after the answer
            ("get", "index"), ("set", "index"),  # the summary, under the store lock
        ]
        store.save(account("2", expires_at=NOW - 1))
        counting.take()
        service.refresh("acme:2")  # the client secret is not read again
        assert counting.take() == [("get", "account"), ("set", "account"), ("get", "index"),
                                   ("set", "index")]
        assert service.token("acme:user1") == Secret("acc-1")
        assert counting.take() == [("get", "account")]  # the hint names the entry
        http.close()


def test_two_connections_and_sessions_serve_every_call(store, opened, counting):
    for i in range(5):
        store.save(account(str(i)))
        store.load(f"acme:{i}")
    store.delete("acme:0")
    assert len(counting.take()) > 20
    assert opened == {"connections": 2, "sessions": 2}  # one for reads, one for writes


def test_a_read_does_not_wait_for_a_write_in_progress(counting, service_name):
    """Reads have their own connection: a Copy never queues behind a bulk's writes."""
    counting.set_password(service_name, "a", "value-a")
    writing, release = threading.Event(), threading.Event()
    real_create = None

    def slow_write(collection):  # the write holds its connection, like a slow daemon
        writing.set()
        assert release.wait(10)
        return real_create(collection)

    inner = counting.inner
    real_run = inner._run

    def run(purpose, fn):
        nonlocal real_create
        if purpose == "write" and real_create is None:
            real_create = fn
            return real_run(purpose, slow_write)
        return real_run(purpose, fn)

    inner._run = run
    writer = threading.Thread(target=inner.set_password, args=(service_name, "b", "value-b"))
    writer.start()
    assert writing.wait(5)
    assert inner.get_password(service_name, "a") == "value-a"  # while the write waits
    release.set()
    writer.join(10)
    assert inner.get_password(service_name, "b") == "value-b"


def test_entries_are_the_ones_keyring_itself_reads_and_writes(counting, service_name):
    from keyring.backends.SecretService import Keyring

    plain = Keyring()
    counting.set_password(service_name, "a", "written-by-tokenmgr")
    assert plain.get_password(service_name, "a") == "written-by-tokenmgr"
    plain.set_password(service_name, "b", "written-by-keyring")
    assert counting.get_password(service_name, "b") == "written-by-keyring"
    counting.set_password(service_name, "b", "replaced")  # replaces, never duplicates
    assert plain.get_password(service_name, "b") == "replaced"
    counting.delete_password(service_name, "b")
    assert plain.get_password(service_name, "b") is None


def test_a_call_past_its_deadline_drops_the_connection(counting, service_name, opened):
    access = KeyringAccess(counting, service=service_name, deadline=0.2)
    access.set("x", "value")
    assert access.get("x") == "value"
    assert opened["connections"] == 2  # one for writes, one for reads
    release = threading.Event()
    counting.before_call = lambda op, name: name == "slow" and release.wait(10)
    with pytest.raises(KeyringLockedError):
        access.get("slow")
    assert ("discard", "") in counting.calls
    release.set()
    assert access.get("x") == "value"  # on a new connection
    assert opened["connections"] == 3


def test_index_updates_of_concurrent_refreshes_share_one_write(store, counting, monkeypatch):
    for i in range(8):
        store.save(account(str(i)))
    counting.take()
    real_locked = store.locked
    waiting = threading.Semaphore(0)
    first_read = threading.Event()

    def locked():
        waiting.release()  # this thread's summary is queued; it now waits for the lock
        return real_locked()

    def hold_the_first_index_read(op: str, name: str) -> None:
        if (op, name) == ("get", "index") and not first_read.is_set():
            first_read.set()
            for _ in range(8):  # until all eight threads queued their summary
                assert waiting.acquire(timeout=10)

    monkeypatch.setattr(store, "locked", locked)
    counting.before_call = hold_the_first_index_read
    threads = [threading.Thread(target=store.save_unlocked,
                                args=(account(str(i), access=f"new-{i}", expires_at=NOW + 7200),))
               for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    calls = counting.take()
    assert calls.count(("set", "account")) == 8
    assert calls.count(("set", "index")) == 2  # the first one's, then the other seven's
    assert {s.expires_at for s in store.summaries()} == {NOW + 7200}


def test_refresh_all_writes_each_entry_once_and_the_index_once(store, counting, monkeypatch):
    import io

    from tokenmgr.cli.refresh_all import refresh_all

    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with TokenEndpoint() as endpoint:
        provider = Provider(id="acme", name="Acme", authorize_url=endpoint.url,
                            token_url=endpoint.url, client_id="acme", scopes=("read",))
        http = HttpClient(connect_timeout=5.0, total_timeout=10.0)
        service = AccountService(store, providers_file=None, http_factory=lambda: http,
                                 catalog_loader=lambda: ProviderCatalog({"acme": provider}),
                                 clock=lambda: NOW)
        for i in range(6):
            store.save(account(str(i)))
        counting.take()
        out = io.StringIO()
        assert refresh_all(service, 3, out) == 0
        http.close()
    calls = counting.take()
    assert calls.count(("set", "account")) == 6
    assert calls.count(("set", "index")) == 1  # at the end, for all six
    assert calls.count(("get", "account")) == 6  # each re-read under its lock, once
    assert len(out.getvalue().splitlines()) == 6
    assert {s.account_id: s.refreshed_at for s in store.summaries()} == {
        str(i): NOW for i in range(6)}
