"""TokenStore on the real Secret Service of the test session: which entries each operation
writes and in which order, the index kept in step (batches, repairs, failed writes), the
locks between processes, the change stamp and the client-secret cache."""

from __future__ import annotations

import json
import re
import stat
import time
from dataclasses import replace

import pytest
from filelock import FileLock

from tests.store.test_keyring_access_calls import Recording
from tests.store.test_token_store import CLIENT_SECRET, make_account
from tokenmgr.errors import EntryCorruptError, StoreError
from tokenmgr.secret import Secret
from tokenmgr.store import token_store
from tokenmgr.store.schema import INDEX_ENTRY, STATUS_NEEDS_RECONNECT, encode_index
from tokenmgr.store.token_store import TokenStore


@pytest.fixture
def recording(session_keyring) -> Recording:
    return Recording(session_keyring.backend)


@pytest.fixture
def store(session_keyring, recording, tmp_path) -> TokenStore:
    return TokenStore(session_keyring.access(recording), tmp_path / "store.lock",
                      hint_path=tmp_path / "cache" / "hint.json")


def ids(store: TokenStore) -> list[str]:
    return [s.account_id for s in store.summaries()]


# --- what each operation writes, in order -----------------------------------------------


def test_save_reads_the_index_writes_and_reads_back_the_entry_then_the_index(
        store, recording, session_keyring):
    store.save(make_account("1"))
    assert recording.take() == [("get", "index"), ("set", "account/github/1"),
                                ("get", "account/github/1"), ("set", "index")]
    assert session_keyring.names() == {"index", "account/github/1"}


def test_a_refresh_save_writes_the_entry_then_the_changed_summary(store, recording):
    store.save(make_account("1"))
    store.save(make_account("2"))
    recording.take()
    refreshed = replace(make_account("1"), refreshed_at=1_700_000_900.0)
    with store.account_locked(refreshed.key):
        store.save_unlocked(refreshed)
    assert recording.take() == [("set", "account/github/1"), ("get", "index"),
                                ("set", "index")]
    assert store.summaries()[0].refreshed_at == 1_700_000_900.0
    assert ids(store) == ["1", "2"]  # updated in place, order kept
    recording.take()
    store.save_unlocked(refreshed)  # same summary: the index is left as it is
    assert recording.take() == [("set", "account/github/1"), ("get", "index")]


def test_delete_drops_the_index_row_before_the_entry(store, recording, session_keyring):
    store.save(make_account("1"))
    store.save(make_account("2"))
    recording.take()
    store.delete("github:1")
    assert recording.take() == [("get", "index"), ("set", "index"),
                                ("delete", "account/github/1")]
    assert session_keyring.names() == {"index", "account/github/2"}
    assert ids(store) == ["2"]


def test_save_many_writes_every_entry_then_the_index_once(store, recording,
                                                          session_keyring):
    store.save(make_account("1"))
    recording.take()
    store.save_many([make_account("1", access="new-1"), make_account("2"),
                     make_account("3")])
    assert recording.take() == [
        ("get", "index"),
        ("set", "account/github/1"), ("get", "account/github/1"),
        ("set", "account/github/2"), ("get", "account/github/2"),
        ("set", "account/github/3"), ("get", "account/github/3"),
        ("set", "index")]
    assert ids(store) == ["1", "2", "3"]
    assert store.load("github:1").tokens.access_token == Secret("new-1")


def test_a_batch_writes_the_index_once_at_the_end_of_the_outermost(store, recording):
    for i in "123":
        store.save(make_account(i))
    recording.take()
    with store.batched_index():
        for i in "12":
            store.save_unlocked(replace(make_account(i), refreshed_at=5.0))
        with store.batched_index():
            store.save_unlocked(replace(make_account("3"), refreshed_at=5.0))
        assert recording.take() == [("set", "account/github/1"), ("set", "account/github/2"),
                                    ("set", "account/github/3")]
        assert [s.refreshed_at for s in store.summaries()] == [None, None, None]
        recording.take()
    assert recording.take() == [("get", "index"), ("set", "index")]
    assert [s.refreshed_at for s in store.summaries()] == [5.0, 5.0, 5.0]
    recording.take()
    with store.batched_index():
        pass  # nothing queued: nothing read or written
    assert recording.take() == []


def test_publish_repairs_an_index_row_that_lags_behind_its_entry(store, recording,
                                                                 session_keyring):
    account = make_account("1")
    store.save(account)
    stale = replace(account, status=STATUS_NEEDS_RECONNECT, last_error="invalid_grant")
    session_keyring.put("account/github/1", stale.to_json())  # a kill before the index
    recording.take()
    store.publish(store.load("github:1"))
    assert recording.take() == [("get", "account/github/1"), ("get", "index"),
                                ("set", "index")]
    [summary] = store.summaries()
    assert (summary.status, summary.last_error) == (STATUS_NEEDS_RECONNECT, "invalid_grant")
    recording.take()
    store.publish(store.load("github:1"))
    assert recording.take() == [("get", "account/github/1"), ("get", "index")]


def test_an_index_update_that_failed_is_retried_with_the_next_one(store, session_keyring):
    store.save(make_account("1"))
    store.save(make_account("2"))
    good_index = session_keyring.get(INDEX_ENTRY) or ""
    session_keyring.put(INDEX_ENTRY, "{damaged")
    with pytest.raises(EntryCorruptError):
        store.save_unlocked(replace(make_account("1"), refreshed_at=7.0))
    assert session_keyring.get(INDEX_ENTRY) == "{damaged"  # never overwritten
    session_keyring.put(INDEX_ENTRY, good_index)  # the user repaired it
    store.save_unlocked(replace(make_account("2"), refreshed_at=8.0))
    assert [s.refreshed_at for s in store.summaries()] == [7.0, 8.0]


def test_a_client_secret_that_does_not_read_back_is_an_error_naming_the_entry(
        store, session_keyring, monkeypatch):
    real_set = session_keyring.backend.set_password
    monkeypatch.setattr(session_keyring.backend, "set_password",
                        lambda service, name, value: real_set(service, name, value[:10]))
    with pytest.raises(StoreError) as info:
        store.set_client_secret("github", Secret(CLIENT_SECRET))
    assert str(info.value) == ("The keyring did not keep what was written to "
                               "'client-secret/github'.")


def test_an_unknown_account_is_not_found_by_its_key(store):
    from tokenmgr.errors import AccountNotFoundError

    with pytest.raises(AccountNotFoundError) as info:
        store.load("github:nobody")
    assert str(info.value) == "No stored account 'github:nobody'."


# --- locks ---------------------------------------------------------------------------------


def test_each_account_has_its_own_private_lock_file_that_does_not_name_it(store, tmp_path):
    path = store.account_lock_path("github:alice")
    assert path.parent == tmp_path / "accounts"
    assert re.fullmatch(r"[0-9a-f]{32}\.lock", path.name)
    assert store.account_lock_path("github:alice") == path
    assert store.account_lock_path("github:bob") != path
    with store.account_locked("github:alice"):
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert path.exists()


@pytest.mark.parametrize("what, held, use", [
    ("the store lock", lambda store: store._lock_path,
     lambda store: store.save(make_account("1"))),
    ("this account's lock", lambda store: store.account_lock_path("github:1"),
     lambda store: store.save(make_account("1"))),
    ("the store lock", lambda store: store._lock_path, lambda store: store.delete("github:1")),
])
def test_a_lock_held_by_another_process_is_reported_and_nothing_is_written(
        store, session_keyring, monkeypatch, what, held, use):
    monkeypatch.setattr(token_store, "LOCK_TIMEOUT", 0.2)
    path = held(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    other = FileLock(str(path))  # its own open file: as another process's
    with other:
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            use(store)
        assert time.monotonic() - started < 5
    assert str(info.value) == f"Another tokenmgr process holds {what}; try again."
    assert session_keyring.names() == set()
    use(store)  # released: it goes through
    assert store.locked() is not None


def test_locked_sections_nest_in_one_thread(store):
    with store.locked(), store.account_locked("github:1"), store.locked():
        store.save_unlocked(make_account("1"))
    assert ids(store) == ["1"]


# --- the hint and the change stamp -----------------------------------------------------------


def test_the_change_stamp_moves_after_every_write_and_delete(store, tmp_path):
    assert store.change_stamp() is None  # nothing written yet: cache nothing
    store.save(make_account("1"))  # creates the cache directory (with the hint)
    stamps = []
    for write in (lambda: store.save(make_account("1", access="a1")),
                  lambda: store.save_unlocked(make_account("1", access="a2")),
                  lambda: store.save_many([make_account("2")]),
                  lambda: store.delete("github:2"),
                  store.bump_stamp):
        write()
        stamps.append(store.change_stamp())
    assert all(isinstance(s, bytes) and len(s) == 16 for s in stamps)
    assert len(set(stamps)) == len(stamps)
    assert (tmp_path / "cache" / "store-stamp").read_bytes() == stamps[-1]
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["hint.json",
                                                                      "store-stamp"]


def test_without_a_hint_path_there_is_no_hint_and_no_stamp(session_keyring, tmp_path):
    store = session_keyring.store(tmp_path)
    store.save(make_account("1"))
    store.bump_stamp()
    assert store.hint() is None
    assert store.change_stamp() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts", "store.lock"]


def test_a_stamp_or_hint_that_cannot_be_replaced_is_removed_not_left_stale(store, tmp_path):
    import os
    import threading

    store.save(make_account("1"))
    store.bump_stamp()
    assert store.change_stamp() is not None and store.hint() is not None
    cache = tmp_path / "cache"
    (cache / f"store-stamp.{os.getpid()}.{threading.get_ident()}.tmp").mkdir()  # unwritable
    (cache / "hint.json.tmp").mkdir()
    store.save(make_account("2"))
    assert store.change_stamp() is None  # no stamp: nothing may be cached
    assert store.hint() is None  # no hint naming the old accounts only
    assert ids(store) == ["1", "2"]


@pytest.mark.parametrize("hint", [
    '{"version": 2, "accounts": []}', '{"accounts": []}', "[]", '{"version": 1}',
    '{"version": 1, "accounts": [["github", "1"]]}', '{"version": 1, "accounts": 5}',
])
def test_an_unusable_hint_is_ignored_and_rewritten_from_the_index(store, tmp_path, hint):
    store.save(make_account("1", name="alice"))
    path = tmp_path / "cache" / "hint.json"
    path.write_text(hint, encoding="utf-8")
    assert store.hint() is None
    assert ids(store) == ["1"]
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "version": 1, "accounts": [["github", "1", "alice"]]}
    assert store.hint() == [("github", "1", "alice")]


def test_a_save_that_changes_no_summary_still_restores_a_missing_hint(store, tmp_path):
    store.save(make_account("1", name="alice"))
    (tmp_path / "cache" / "hint.json").unlink()
    store.save(make_account("1", name="alice", access="new"))
    assert store.hint() == [("github", "1", "alice")]


def test_listing_rewrites_the_hint_from_the_index_read_under_the_lock(store, session_keyring,
                                                                      tmp_path):
    store.save(make_account("1", name="alice"))
    (tmp_path / "cache" / "hint.json").unlink()
    newer = make_account("2", name="bob").summary()
    session_keyring.put(INDEX_ENTRY, encode_index([make_account("1", name="alice").summary(),
                                                   newer]))
    assert ids(store) == ["1", "2"]
    assert store.hint() == [("github", "1", "alice"), ("github", "2", "bob")]


# --- client secrets --------------------------------------------------------------------------


def test_a_client_secret_is_read_once_per_half_minute(store, recording, session_keyring,
                                                      monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    store.set_client_secret("github", Secret(CLIENT_SECRET))
    recording.take()
    assert store.client_secret("github") == Secret(CLIENT_SECRET)
    session_keyring.put("client-secret/github", "changed-by-another-process")
    clock[0] += 29.9
    assert store.client_secret("github") == Secret(CLIENT_SECRET)  # kept
    assert recording.take() == [("get", "client-secret/github")]
    clock[0] += 0.1
    assert store.client_secret("github") == Secret("changed-by-another-process")
    assert store.client_secret("gitlab") is None
    clock[0] += 1
    assert store.client_secret("gitlab") is None  # "none" is kept too
    assert recording.take() == [("get", "client-secret/github"),
                                ("get", "client-secret/gitlab")]
    store.set_client_secret("github", Secret("set-here"))  # applies at once
    assert store.client_secret("github") == Secret("set-here")
    assert store.delete_client_secret("github") is True
    assert store.client_secret("github") is None
    assert store.delete_client_secret("github") is False


def test_on_a_fresh_machine_the_lock_and_cache_directories_are_created(session_keyring,
                                                                       tmp_path):
    lock = tmp_path / "run" / "tokenmgr" / "store.lock"
    hint = tmp_path / "cache" / "tokenmgr" / "hint.json"
    store = TokenStore(session_keyring.access(), lock, hint_path=hint)
    store.save(make_account("1", name="alice"))
    store.save(make_account("2", name="bob"))
    assert lock.exists()
    assert [p.suffix for p in (lock.parent / "accounts").iterdir()] == [".lock"] * 2
    assert store.hint() == [("github", "1", "alice"), ("github", "2", "bob")]
    assert store.change_stamp() is not None
    for directory in (lock.parent / "accounts", hint.parent):
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_a_first_hint_and_stamp_that_cannot_be_written_are_no_error(store, tmp_path):
    import os
    import threading

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"store-stamp.{os.getpid()}.{threading.get_ident()}.tmp").mkdir()
    (cache / "hint.json.tmp").mkdir()
    store.save(make_account("1"))
    assert (store.hint(), store.change_stamp()) == (None, None)
    assert ids(store) == ["1"]


def test_without_a_hint_path_listing_is_one_read(session_keyring, recording, tmp_path):
    store = TokenStore(session_keyring.access(recording), tmp_path / "store.lock")
    store.save(make_account("1"))
    recording.take()
    assert ids(store) == ["1"]
    assert recording.take() == [("get", "index")]
