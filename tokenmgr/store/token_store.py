"""``TokenStore``: accounts and client secrets in the keyring, safe across processes.

Two kinds of OS file lock (the keyring has no compare-and-swap): one per
account (``account_locked``: held by a refresh across its network call) and
one for the index (``locked``: held only for the short read-modify-write of
the index, never across a network call). Always account lock first, then the
index lock. A sign-in's entry is read back after writing; a refresh's entry and the
index are not.
Writes go account entry first, index second: a process killed between the
two leaves every account readable in its old or new state. Index updates of
concurrent refreshes in one process are merged into one write. A corrupt or
unknown-version index is reported and never overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tokenmgr.errors import AccountNotFoundError, StoreError
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.schema import (
    INDEX_ENTRY,
    Account,
    AccountSummary,
    account_entry_name,
    client_secret_entry_name,
    decode_index,
    decode_index_readable,
    encode_index,
)

LOCK_TIMEOUT = 30.0
SECRET_CACHE_SECONDS = 30.0


class TokenStore:
    """Accounts in the keyring. ``hint_path``: an optional on-disk copy of the
    index's names only (provider, account id, name; no token, no expiry) that
    lets ``tokenmgr token`` find an account's entry without reading the index."""

    def __init__(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = lock_path
        self._hint_path = hint_path
        self._locks: dict[Path, tuple[threading.RLock, Any]] = {}
        self._locks_guard = threading.Lock()
        self._pending: dict[str, AccountSummary | None] = {}  # index updates not yet written
        self._pending_guard = threading.Lock()
        self._batch_depth = 0
        self._secrets: dict[str, tuple[float, Secret | None]] = {}

    def _lock_pair(self, path: Path) -> tuple[threading.RLock, Any]:
        from filelock import FileLock

        with self._locks_guard:
            pair = self._locks.get(path)
            if pair is None:
                pair = self._locks[path] = (
                    threading.RLock(), FileLock(str(path), timeout=LOCK_TIMEOUT,
                                                thread_local=False))
            return pair

    @contextlib.contextmanager
    def _hold(self, path: Path, what: str) -> Iterator[None]:
        """Exclusive across processes (an OS file lock) and threads (an RLock);
        re-entrant within one thread, so a locked section may call another."""
        from filelock import Timeout

        thread_lock, file_lock = self._lock_pair(path)
        with thread_lock:
            try:
                file_lock.acquire()
            except Timeout:
                raise StoreError(f"Another tokenmgr process holds {what}; try again.") from None
            try:
                yield
            finally:
                file_lock.release()

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """The index lock: held only while the index is read and rewritten."""
        return self._hold(self._lock_path, "the store lock")

    def account_lock_path(self, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return self._lock_path.parent / "accounts" / f"{digest}.lock"

    def account_locked(self, key: str) -> contextlib.AbstractContextManager[None]:
        """One account's lock (its own file): refreshing A never waits for B."""
        path = self.account_lock_path(key)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self._hold(path, "this account's lock")

    # --- reading -------------------------------------------------------------

    def summaries(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    def readable_summaries(self) -> tuple[list[AccountSummary], list[str]]:
        """For a list to show: the readable index entries and why others were skipped."""
        return decode_index_readable(self.keyring.get(INDEX_ENTRY))

    def load(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    # --- writing -------------------------------------------------------------

    def _write_checked(self, name: str, value: str) -> None:
        self.keyring.set(name, value)
        if self.keyring.get(name) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    def save(self, account: Account) -> None:
        """Save (e.g. a new sign-in): refused over a corrupt index before anything
        is written. Keyring calls: index read, entry write + read-back, index write."""
        with self.account_locked(account.key), self.locked():
            summaries = self._read_index()  # raises on a corrupt index
            self._write_checked(account_entry_name(account.key), account.to_json())
            self.bump_stamp()
            self._write_index_if_changed(summaries, {account.key: account.summary()})

    def save_unlocked(self, account: Account) -> None:
        """Save while the caller holds ``account_locked(account.key)`` (a refresh):
        the entry first, at once (it holds the new tokens), then the index. At
        most two writes: the entry, and the index when the summary changed; no
        read-back (a refresh must store its answer with as few round trips as
        possible; a sign-in's ``save`` reads its entry back)."""
        self.keyring.set(account_entry_name(account.key), account.to_json())
        self.bump_stamp()
        self._publish(account.key, account.summary())

    def publish(self, account: Account) -> None:
        """Bring the index's summary of ``account`` in line with its entry (one read;
        a write only if it differs): repairs an index a killed bulk refresh left behind."""
        self._publish(account.key, account.summary())

    @contextlib.contextmanager
    def batched_index(self) -> Iterator[None]:
        """Within it, index updates of this process wait and are written once at the
        end (``refresh --all``: one index write, not one per account). The entries,
        which hold the tokens, are still written at once; a kill before the end
        leaves the index showing the old expiry times until the next refresh."""
        with self._pending_guard:
            self._batch_depth += 1
        try:
            yield
        finally:
            with self._pending_guard:
                self._batch_depth -= 1
                flush = self._batch_depth == 0 and bool(self._pending)
            if flush:
                self._flush()

    def _publish(self, key: str, summary: AccountSummary | None) -> None:
        """Bring the index up to date under the index lock. Updates queued by other
        threads meanwhile go in the same write (one write for a burst of refreshes)."""
        with self._pending_guard:
            self._pending[key] = summary
            if self._batch_depth:
                return  # written when the batch ends
        self._flush()

    def _flush(self) -> None:
        with self.locked():
            with self._pending_guard:
                batch, self._pending = self._pending, {}
            if not batch:
                return  # another thread wrote ours with its own
            try:
                self._write_index_if_changed(self._read_index(), batch)
            except BaseException:
                with self._pending_guard:  # for the next writer to retry; newer ones win
                    self._pending = {**batch, **self._pending}
                raise

    def _read_index(self) -> list[AccountSummary]:
        return decode_index(self.keyring.get(INDEX_ENTRY))

    def _write_index_if_changed(self, summaries: list[AccountSummary],
                                changes: dict[str, AccountSummary | None]) -> None:
        updated = list(summaries)
        for key, summary in changes.items():
            position = next((i for i, s in enumerate(updated) if s.key == key), None)
            if summary is None:
                if position is not None:
                    del updated[position]
            elif position is None:
                updated.append(summary)
            else:
                updated[position] = summary
        if updated != summaries:
            self._write_index(updated)
        elif self.hint() is None:  # absent or unreadable (always None without a hint path)
            self._write_hint(updated)

    def _write_index(self, summaries: list[AccountSummary]) -> None:
        self.keyring.set(INDEX_ENTRY, encode_index(summaries))
        self._write_hint(summaries)

    def _write_hint(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def hint(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def change_stamp(self) -> bytes | None:
        """Moves after every entry write or delete, by any process (a small file beside
        the hint, rewritten with new random bytes). A cache (the agent's) may keep what
        it read while the stamp stays equal; None (no file) means: cache nothing."""
        if self._hint_path is None:
            return None
        try:
            return self._hint_path.with_name("store-stamp").read_bytes()
        except OSError:
            return None

    def bump_stamp(self) -> None:
        """Move the change stamp (after a write; or to start one where none exists)."""
        if self._hint_path is None:
            return
        import os

        path = self._hint_path.with_name("store-stamp")
        try:
            tmp = path.with_name(f"store-stamp.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(os.urandom(16))
            os.replace(tmp, path)
        except OSError:
            path.unlink(missing_ok=True)  # no stamp: nothing may be cached

    def delete(self, key: str) -> None:
        with self.account_locked(key), self.locked():
            self._write_index_if_changed(self._read_index(), {key: None})
            self.keyring.delete(account_entry_name(key))
            self.bump_stamp()

    def save_many(self, accounts: list[Account]) -> None:
        """Save many accounts (an import, a benchmark's seed): each entry, then the
        index once, instead of one index rewrite per account."""
        with self.locked():
            summaries = self._read_index()  # raises on a corrupt index before anything is written
            for account in accounts:
                self._write_checked(account_entry_name(account.key), account.to_json())
            self.bump_stamp()
            self._write_index_if_changed(summaries, {a.key: a.summary() for a in accounts})

    # --- client secrets ------------------------------------------------------

    def client_secret(self, provider_id: str) -> Secret | None:
        """Kept for ``SECRET_CACHE_SECONDS`` (a bulk refresh reads it once, not per
        account); a change made in this process applies at once, one made by another
        process within that time."""
        import time

        now = time.monotonic()
        cached = self._secrets.get(provider_id)
        if cached is not None and now - cached[0] < SECRET_CACHE_SECONDS:
            return cached[1]
        value = self.keyring.get(client_secret_entry_name(provider_id))
        secret = Secret(value) if value else None
        self._secrets[provider_id] = (now, secret)
        return secret

    def set_client_secret(self, provider_id: str, secret: Secret) -> None:
        self._secrets.pop(provider_id, None)
        self._write_checked(client_secret_entry_name(provider_id), secret.reveal())

    def delete_client_secret(self, provider_id: str) -> bool:
        self._secrets.pop(provider_id, None)
        return self.keyring.delete(client_secret_entry_name(provider_id))
