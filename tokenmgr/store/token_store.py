"""``TokenStore``: accounts and client secrets in the keyring, safe across processes.

Writes happen under an OS file lock (the keyring has no compare-and-swap), are
read back, and go account entry first, index second: a process killed between
the two leaves every account readable in its old or new state. A corrupt or
unknown-version index is reported and never overwritten.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from filelock import BaseFileLock

LOCK_TIMEOUT = 30.0


class TokenStore:
    """Accounts in the keyring. ``hint_path``: an optional on-disk copy of the
    index's names only (provider, account id, name; no token, no expiry) that
    lets ``tokenmgr token`` find an account's entry without reading the index."""

    def __init__(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = lock_path
        self._hint_path = hint_path
        self._thread_lock = threading.RLock()
        self._file_lock: BaseFileLock | None = None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Exclusive across processes (an OS file lock) and threads (an RLock);
        re-entrant within one thread, so a locked section may call another."""
        from filelock import FileLock, Timeout

        with self._thread_lock:
            if self._file_lock is None:
                self._file_lock = FileLock(str(self._lock_path), timeout=LOCK_TIMEOUT,
                                           thread_local=False)
            try:
                self._file_lock.acquire()
            except Timeout:
                raise StoreError(
                    "Another tokenmgr process holds the store lock; try again.") from None
            try:
                yield
            finally:
                self._file_lock.release()

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
        with self.locked():
            self.save_unlocked(account)

    def save_unlocked(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def _write_index(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(INDEX_ENTRY, encode_index(summaries))
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

    def delete(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(key))

    def save_many(self, accounts: list[Account]) -> None:
        """Save many accounts (an import, a benchmark's seed): each entry, then the
        index once, instead of one index rewrite per account."""
        with self.locked():
            summaries = self.summaries()  # raises on a corrupt index before anything is written
            for account in accounts:
                self._write_checked(account_entry_name(account.key), account.to_json())
            saved = {a.key: a.summary() for a in accounts}
            kept = [saved.pop(s.key, s) for s in summaries]
            self._write_index(kept + list(saved.values()))

    # --- client secrets ------------------------------------------------------

    def client_secret(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(client_secret_entry_name(provider_id))
        return Secret(value) if value else None

    def set_client_secret(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(client_secret_entry_name(provider_id), secret.reveal())

    def delete_client_secret(self, provider_id: str) -> bool:
        return self.keyring.delete(client_secret_entry_name(provider_id))
