"""``save_many`` and the readable index, on the real Secret Service of the test session."""

from __future__ import annotations

import json
import uuid

import pytest

from tokenmgr.errors import EntryCorruptError
from tokenmgr.store.keyring_access import KeyringAccess, load_backend
from tokenmgr.store.schema import INDEX_ENTRY, Account
from tokenmgr.store.token_store import TokenStore
from tokenmgr.values.tokens import TokenSet


@pytest.fixture
def real_store(tmp_path):
    """A store on the session's gnome-keyring under a service name of its own."""
    access = KeyringAccess(load_backend(), service=f"tokenmgr-test-{uuid.uuid4().hex[:8]}")
    yield TokenStore(access, tmp_path / "store.lock")
    for name in [INDEX_ENTRY, *(f"account/p/{i}" for i in range(5))]:
        access.delete(name)


def account(i: int, token: str = "t") -> Account:
    from tokenmgr.secret import Secret

    return Account(provider_id="p", account_id=str(i), name=f"user{i}",
                   tokens=TokenSet(access_token=Secret(f"{token}-{i}")))


def test_save_many_writes_every_entry_and_one_index_keeping_existing_accounts(real_store):
    real_store.save(account(0))
    real_store.save_many([account(1), account(2), account(0, token="new")])
    assert [s.key for s in real_store.summaries()] == ["p:0", "p:1", "p:2"]
    assert real_store.load("p:0").tokens.access_token.reveal() == "new-0"
    assert real_store.load("p:2").tokens.access_token.reveal() == "t-2"


def test_save_many_refuses_over_a_corrupt_index_and_writes_nothing(real_store):
    real_store.keyring.set(INDEX_ENTRY, '{"version": 1, "kind": "index", "accounts": [{}]}')
    with pytest.raises(EntryCorruptError):
        real_store.save_many([account(3)])
    assert real_store.keyring.get("account/p/3") is None


def test_readable_summaries_skip_damaged_entries_and_name_them(real_store):
    real_store.save_many([account(1), account(2)])
    data = json.loads(real_store.keyring.get(INDEX_ENTRY))
    data["accounts"].insert(1, {"provider": "p", "account_id": "9"})
    data["accounts"].append({**data["accounts"][0], "expires_at": float("inf")})
    real_store.keyring.set(INDEX_ENTRY, json.dumps(data))
    summaries, skipped = real_store.readable_summaries()
    assert [s.key for s in summaries] == ["p:1", "p:2"]
    assert len(skipped) == 2 and skipped[0].startswith("entry 2 (KeyError")
    with pytest.raises(EntryCorruptError):  # writers still refuse a damaged index
        real_store.summaries()
