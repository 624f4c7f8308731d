"""The store against the REAL Secret Service of the test session (gnome-keyring on a
private D-Bus), not only the in-memory keyring: what the store promises about the
keyring (layout, secrets only in entries, read-back, corrupt entries left
byte-identical, write order) holds on the backend users have (SECURITY.md #21, #24, #26)."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator

import pytest
from keyring.backends import SecretService

from tests.store.test_token_store import (
    ACCESS,
    CLIENT_SECRET,
    CORRUPT_ENTRIES,
    CORRUPT_INDEXES,
    ID_TOKEN,
    REFRESH,
    make_account,
)
from tokenmgr.errors import AccountNotFoundError, EntryCorruptError
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.schema import INDEX_ENTRY, account_entry_name
from tokenmgr.store.token_store import TokenStore

pytestmark = pytest.mark.real_backend_policy  # the real allow-list admits the real backend


class RealKeyring:
    """The session's Secret Service under a service name of this test's own."""

    def __init__(self) -> None:
        self.backend = SecretService.Keyring()
        self.service = f"tokenmgr-test-{uuid.uuid4().hex[:12]}"
        self.written: set[str] = set()

    def get(self, name: str) -> str | None:
        return self.backend.get_password(self.service, name)

    def put(self, name: str, value: str) -> None:
        self.written.add(name)
        self.backend.set_password(self.service, name, value)

    def store(self, tmp_path) -> TokenStore:
        access = KeyringAccess(self.backend, service=self.service, deadline=15.0)
        return TokenStore(access, tmp_path / "store.lock")

    def cleanup(self, names) -> None:
        for name in set(names) | self.written:
            with contextlib.suppress(Exception):  # already gone
                self.backend.delete_password(self.service, name)


ALL_NAMES = [INDEX_ENTRY, "account/github/42", "account/github/1", "account/github/2",
             "client-secret/github"]


@pytest.fixture
def real(tmp_path) -> Iterator[RealKeyring]:
    keyring = RealKeyring()
    yield keyring
    keyring.cleanup(ALL_NAMES)


@pytest.fixture
def store(real, tmp_path) -> TokenStore:
    return real.store(tmp_path)


def test_round_trip_and_update_in_place(store):
    account = make_account()
    store.save(account)
    assert store.load(account.key) == account
    store.save(make_account(access="changed-access"))
    assert store.load("github:42").tokens.access_token == Secret("changed-access")
    assert [s.account_id for s in store.summaries()] == ["42"]


def test_secrets_only_in_the_account_entry_never_in_the_index(store, real):
    store.save(make_account("1"))
    store.save(make_account("2"))
    store.set_client_secret("github", Secret(CLIENT_SECRET))
    index = real.get(INDEX_ENTRY)
    assert index is not None
    for value in (ACCESS, REFRESH, ID_TOKEN, CLIENT_SECRET):
        assert value not in index
    entry = real.get(account_entry_name("github:1"))
    assert ACCESS in entry and REFRESH in entry
    assert real.get("client-secret/github") == CLIENT_SECRET


def test_delete_removes_entry_and_index_row(store, real):
    store.save(make_account("1"))
    store.save(make_account("2"))
    store.delete("github:1")
    assert [s.account_id for s in store.summaries()] == ["2"]
    assert real.get(account_entry_name("github:1")) is None
    with pytest.raises(AccountNotFoundError):
        store.load("github:1")


@pytest.mark.parametrize("index", CORRUPT_INDEXES[:4])
def test_a_corrupt_index_is_reported_and_left_byte_identical(store, real, index):
    real.put(INDEX_ENTRY, index or " ")  # the Secret Service keeps no empty secret
    kept = real.get(INDEX_ENTRY)
    with pytest.raises(EntryCorruptError):
        store.save(make_account())
    assert real.get(INDEX_ENTRY) == kept
    assert real.get(account_entry_name("github:42")) is None


@pytest.mark.parametrize("entry", CORRUPT_ENTRIES[:3])
def test_a_corrupt_account_entry_is_reported_and_left_byte_identical(store, real, entry):
    store.save(make_account())
    real.put(account_entry_name("github:42"), entry)
    with pytest.raises(EntryCorruptError):
        store.load("github:42")
    assert real.get(account_entry_name("github:42")) == entry


def test_the_account_entry_is_written_before_the_index(store, real, monkeypatch):
    """A process killed between the two writes of a save leaves every listed account
    readable: the entry goes first, so the write that is lost is the index's."""
    store.save(make_account("1"))
    writes: list[str] = []
    real_set = store.keyring.set

    def dies_on_second_write(name: str, value: str) -> None:
        writes.append(name)
        if len(writes) == 2:
            raise KeyboardInterrupt  # killed between the two writes
        real_set(name, value)

    monkeypatch.setattr(store.keyring, "set", dies_on_second_write)
    with pytest.raises(KeyboardInterrupt):
        store.save(make_account("2"))
    monkeypatch.undo()
    assert writes == [account_entry_name("github:2"), INDEX_ENTRY]
    fresh = real.store(store._lock_path.parent)
    for summary in fresh.summaries():  # every account the index lists can be read
        assert fresh.load(summary.key).account_id == summary.account_id
    assert [s.account_id for s in fresh.summaries()] == ["1"]
    assert json.loads(real.get(account_entry_name("github:2")))["account_id"] == "2"
