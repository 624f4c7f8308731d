"""TokenStore: secrets only in account entries, writes read back, corrupt entries reported and
left byte-identical, no account lost to concurrent writers (SECURITY.md #21, #24, #26)."""

from __future__ import annotations

import json
import threading

import pytest

from tests.conftest import MemoryKeyring
from tokenmgr.errors import AccountNotFoundError, EntryCorruptError, StoreError
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import SERVICE, KeyringAccess
from tokenmgr.store.schema import (
    INDEX_ENTRY,
    STATUS_NEEDS_RECONNECT,
    Account,
    account_entry_name,
)
from tokenmgr.store.token_store import TokenStore

ACCESS = "acc3ss-Token-0123456789abcdefghij"
REFRESH = "r3fresh-Token-0123456789abcdefghij"
ID_TOKEN = "eyJ-id-token-0123456789abcdefghij"
CLIENT_SECRET = "cl1ent-Secret-0123456789abcdefghij"


def make_account(account_id: str = "42", provider_id: str = "github", *,
                 access: str = ACCESS, name: str | None = None) -> Account:
    tokens = TokenSet(access_token=Secret(access), refresh_token=Secret(REFRESH),
                      expires_at=1_700_003_600.0, scopes=("read:user",),
                      obtained_at=1_700_000_000.0, id_token=Secret(ID_TOKEN))
    return Account(provider_id=provider_id, account_id=account_id,
                   name=name or f"user-{account_id}", tokens=tokens,
                   redirect_uri="http://127.0.0.1:53682/callback",
                   connected_at=1_700_000_000.0)


def raw(keyring: MemoryKeyring, name: str) -> str | None:
    return keyring.items.get((SERVICE, name))


def put_raw(keyring: MemoryKeyring, name: str, value: str) -> None:
    keyring.items[(SERVICE, name)] = value


def test_save_then_load_round_trips_the_account(memory_store):
    account = make_account()
    memory_store.save(account)
    assert memory_store.load(account.key) == account
    [summary] = memory_store.summaries()
    assert summary == account.summary()
    assert summary.has_refresh_token
    assert summary.expires_at == 1_700_003_600.0


def test_saving_the_same_account_again_updates_it_in_place(memory_store):
    memory_store.save(make_account("1"))
    memory_store.save(make_account("2"))
    memory_store.save(make_account("1", access="changed-access"))
    assert [s.account_id for s in memory_store.summaries()] == ["1", "2"]
    assert memory_store.load("github:1").tokens.access_token == Secret("changed-access")


def test_load_of_an_unknown_account_is_not_found(memory_store):
    with pytest.raises(AccountNotFoundError):
        memory_store.load("github:nobody")


def test_empty_store_has_no_summaries(memory_store):
    assert memory_store.summaries() == []


def test_index_holds_no_secret(memory_store, memory_keyring):
    memory_store.save(make_account("1"))
    memory_store.save(make_account("2", provider_id="gitlab"))
    memory_store.set_client_secret("github", Secret(CLIENT_SECRET))
    index = raw(memory_keyring, INDEX_ENTRY)
    assert index is not None
    for value in (ACCESS, REFRESH, ID_TOKEN, CLIENT_SECRET):
        assert value not in index
    assert [a["account_id"] for a in json.loads(index)["accounts"]] == ["1", "2"]


def test_secrets_live_in_the_account_entry(memory_store, memory_keyring):
    account = make_account()
    memory_store.save(account)
    entry = raw(memory_keyring, account_entry_name(account.key))
    assert entry is not None
    assert ACCESS in entry
    assert REFRESH in entry
    assert set(memory_keyring.items) == {(SERVICE, INDEX_ENTRY),
                                         (SERVICE, "account/github/42")}


class DroppingKeyring(MemoryKeyring):
    """Accepts writes and keeps nothing, like keyring's null backend."""

    def set_password(self, service, username, password):
        pass


class ManglingKeyring(MemoryKeyring):
    """Keeps a truncated value, like a backend with a size limit."""

    def set_password(self, service, username, password):
        super().set_password(service, username, password[:100])


@pytest.mark.parametrize("backend", [DroppingKeyring, ManglingKeyring])
def test_write_that_does_not_read_back_is_a_store_error(backend, tmp_path):
    store = TokenStore(KeyringAccess(backend(), deadline=5.0), tmp_path / "store.lock")
    with pytest.raises(StoreError) as info:
        store.save(make_account())
    assert ACCESS not in str(info.value)
    with pytest.raises(StoreError):
        store.set_client_secret("github", Secret(CLIENT_SECRET * 10))


CORRUPT_INDEXES = [
    "not json {",
    json.dumps({"version": 99, "kind": "index", "accounts": []}),
    json.dumps({"kind": "index", "accounts": []}),
    json.dumps({"version": 1, "kind": "index", "accounts": {}}),
    json.dumps({"version": 1, "kind": "account", "accounts": []}),
    json.dumps({"version": 1, "kind": "index", "accounts": [{"provider": "github"}]}),
    json.dumps({"version": 1, "kind": "index", "accounts": ["github:1"]}),
    json.dumps({"version": 1, "kind": "index", "accounts": [
        {"provider": "github", "account_id": "1", "name": "a", "status": "weird"}]}),
    json.dumps([1, 2, 3]),
    "",
]


@pytest.mark.parametrize("index", CORRUPT_INDEXES)
def test_corrupt_index_is_reported_on_read(index, memory_store, memory_keyring):
    put_raw(memory_keyring, INDEX_ENTRY, index)
    with pytest.raises(EntryCorruptError):
        memory_store.summaries()
    assert raw(memory_keyring, INDEX_ENTRY) == index


@pytest.mark.parametrize("index", CORRUPT_INDEXES)
def test_save_refuses_over_a_corrupt_index_and_leaves_every_byte(index, memory_store,
                                                                 memory_keyring):
    put_raw(memory_keyring, INDEX_ENTRY, index)
    before = dict(memory_keyring.items)
    with pytest.raises(EntryCorruptError):
        memory_store.save(make_account())
    assert memory_keyring.items == before


@pytest.mark.parametrize("index", CORRUPT_INDEXES)
def test_delete_refuses_over_a_corrupt_index_and_leaves_every_byte(index, memory_store,
                                                                   memory_keyring):
    memory_store.save(make_account())
    put_raw(memory_keyring, INDEX_ENTRY, index)
    before = dict(memory_keyring.items)
    with pytest.raises(EntryCorruptError):
        memory_store.delete("github:42")
    assert memory_keyring.items == before


CORRUPT_ENTRIES = [
    "{{{",
    json.dumps({"version": 99, "kind": "account"}),
    json.dumps({"version": 1, "kind": "account", "provider": "github", "account_id": "42",
                "name": "x", "tokens": {"access_token": ""}}),
    json.dumps({"version": 1, "kind": "account", "provider": "github", "account_id": "42",
                "name": "x"}),
    json.dumps({"version": 1, "kind": "index", "accounts": []}),
    json.dumps({"version": 1, "kind": "account", "provider": "github", "account_id": "42",
                "name": "x", "profile": ["a"], "tokens": {"access_token": ACCESS}}),
]


@pytest.mark.parametrize("entry", CORRUPT_ENTRIES)
def test_corrupt_account_entry_is_reported_and_left_identical(entry, memory_store,
                                                              memory_keyring):
    memory_store.save(make_account("42"))
    memory_store.save(make_account("7"))
    put_raw(memory_keyring, "account/github/42", entry)
    with pytest.raises(EntryCorruptError) as info:
        memory_store.load("github:42")
    assert ACCESS not in str(info.value)
    assert raw(memory_keyring, "account/github/42") == entry
    # the other account is still readable and can still be written
    memory_store.save(make_account("7", access="other-access"))
    assert memory_store.load("github:7").tokens.access_token == Secret("other-access")
    assert raw(memory_keyring, "account/github/42") == entry


def test_delete_removes_the_account_from_index_and_entry(memory_store, memory_keyring):
    memory_store.save(make_account("1"))
    memory_store.save(make_account("2"))
    memory_store.delete("github:1")
    assert [s.account_id for s in memory_store.summaries()] == ["2"]
    assert raw(memory_keyring, "account/github/1") is None
    with pytest.raises(AccountNotFoundError):
        memory_store.load("github:1")
    assert memory_store.load("github:2").account_id == "2"


def test_delete_of_an_unknown_account_changes_nothing(memory_store, memory_keyring):
    memory_store.save(make_account("1"))
    before = dict(memory_keyring.items)
    memory_store.delete("github:nobody")
    assert memory_keyring.items == before


def test_save_unlocked_keeps_the_status(memory_store):
    from dataclasses import replace

    account = replace(make_account(), status=STATUS_NEEDS_RECONNECT, last_error="gone")
    with memory_store.locked():
        memory_store.save_unlocked(account)
    [summary] = memory_store.summaries()
    assert summary.status == STATUS_NEEDS_RECONNECT
    assert memory_store.load(account.key).last_error == "gone"


def test_two_stores_sharing_a_lock_file_lose_no_account_to_concurrent_saves(
        memory_keyring, tmp_path):
    lock = tmp_path / "store.lock"
    stores = [TokenStore(KeyringAccess(memory_keyring, deadline=5.0), lock) for _ in range(2)]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(number: int) -> None:
        try:
            start.wait(5.0)
            for i in range(20):
                stores[number].save(make_account(f"{number}-{i}", name=f"w{number}-{i}"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30.0)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    keys = {s.key for s in stores[0].summaries()}
    assert keys == {f"github:{n}-{i}" for n in range(2) for i in range(20)}
    for key in keys:
        assert stores[1].load(key).tokens.access_token == Secret(ACCESS)


def test_client_secrets_are_stored_and_deleted_separately(memory_store, memory_keyring):
    memory_store.save(make_account())
    assert memory_store.client_secret("github") is None
    memory_store.set_client_secret("github", Secret(CLIENT_SECRET))
    memory_store.set_client_secret("gitlab", Secret("other-secret"))
    assert memory_store.client_secret("github") == Secret(CLIENT_SECRET)
    assert raw(memory_keyring, "client-secret/github") == CLIENT_SECRET
    assert memory_store.delete_client_secret("github") is True
    assert memory_store.delete_client_secret("github") is False
    assert memory_store.client_secret("github") is None
    assert memory_store.client_secret("gitlab") == Secret("other-secret")
    # accounts are untouched by client secrets
    assert [s.key for s in memory_store.summaries()] == ["github:42"]
    assert memory_store.load("github:42").tokens.access_token == Secret(ACCESS)


def test_deleting_an_account_keeps_the_client_secret(memory_store):
    memory_store.save(make_account())
    memory_store.set_client_secret("github", Secret(CLIENT_SECRET))
    memory_store.delete("github:42")
    assert memory_store.client_secret("github") == Secret(CLIENT_SECRET)


def test_account_repr_shows_no_secret(memory_store):
    memory_store.save(make_account())
    account = memory_store.load("github:42")
    shown = repr(account) + str(memory_store.summaries())
    for value in (ACCESS, REFRESH, ID_TOKEN):
        assert value not in shown


# --- the on-disk hint (names only) --------------------------------------------------------


@pytest.fixture
def hinted_store(memory_keyring, tmp_path) -> TokenStore:
    return TokenStore(KeyringAccess(memory_keyring, deadline=5.0), tmp_path / "store.lock",
                      hint_path=tmp_path / "cache" / "accounts-hint.json")


def test_hint_file_holds_names_only_and_is_private(hinted_store, tmp_path):
    import stat

    hinted_store.save(make_account("1", name="alice"))
    hinted_store.set_client_secret("github", Secret(CLIENT_SECRET))
    path = tmp_path / "cache" / "accounts-hint.json"
    text = path.read_text(encoding="utf-8")
    for value in (ACCESS, REFRESH, ID_TOKEN, CLIENT_SECRET):
        assert value not in text
    assert hinted_store.hint() == [("github", "1", "alice")]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_hint_follows_deletes_and_a_corrupt_hint_is_ignored(hinted_store, tmp_path):
    hinted_store.save(make_account("1"))
    hinted_store.save(make_account("2"))
    hinted_store.delete("github:1")
    assert hinted_store.hint() == [("github", "2", "user-2")]
    (tmp_path / "cache" / "accounts-hint.json").write_text("{not json", encoding="utf-8")
    assert hinted_store.hint() is None
    assert [s.key for s in hinted_store.summaries()] == ["github:2"]
    assert hinted_store.hint() == [("github", "2", "user-2")]  # rewritten from the index
