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
    encode_index,
)

if TYPE_CHECKING:
    from filelock import BaseFileLock

LOCK_TIMEOUT = 30.0


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁTokenStoreǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁsummaries__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁload__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁ_write_checked__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁsave__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁsave_unlocked__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁ_write_index__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁ_write_hint__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁhint__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁdelete__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁclient_secret__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁset_client_secret__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTokenStoreǁdelete_client_secret__mutmut: MutantDict = {}  # type: ignore


class TokenStore:
    """Accounts in the keyring. ``hint_path``: an optional on-disk copy of the
    index's names only (provider, account id, name; no token, no expiry) that
    lets ``tokenmgr token`` find an account's entry without reading the index."""

    @_mutmut_mutated(mutants_xǁTokenStoreǁ__init____mutmut)
    def __init__(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = lock_path
        self._hint_path = hint_path
        self._thread_lock = threading.RLock()
        self._file_lock: BaseFileLock | None = None

    def xǁTokenStoreǁ__init____mutmut_orig(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = lock_path
        self._hint_path = hint_path
        self._thread_lock = threading.RLock()
        self._file_lock: BaseFileLock | None = None

    def xǁTokenStoreǁ__init____mutmut_1(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = None
        self._lock_path = lock_path
        self._hint_path = hint_path
        self._thread_lock = threading.RLock()
        self._file_lock: BaseFileLock | None = None

    def xǁTokenStoreǁ__init____mutmut_2(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = None
        self._hint_path = hint_path
        self._thread_lock = threading.RLock()
        self._file_lock: BaseFileLock | None = None

    def xǁTokenStoreǁ__init____mutmut_3(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = lock_path
        self._hint_path = None
        self._thread_lock = threading.RLock()
        self._file_lock: BaseFileLock | None = None

    def xǁTokenStoreǁ__init____mutmut_4(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = lock_path
        self._hint_path = hint_path
        self._thread_lock = None
        self._file_lock: BaseFileLock | None = None

    def xǁTokenStoreǁ__init____mutmut_5(self, keyring: KeyringAccess, lock_path: Path,
                 hint_path: Path | None = None) -> None:
        self.keyring = keyring
        self._lock_path = lock_path
        self._hint_path = hint_path
        self._thread_lock = threading.RLock()
        self._file_lock: BaseFileLock | None = ""

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

    @_mutmut_mutated(mutants_xǁTokenStoreǁsummaries__mutmut)
    def summaries(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_orig(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_1(self) -> list[AccountSummary]:
        summaries = None
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_2(self) -> list[AccountSummary]:
        summaries = decode_index(None)
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_3(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(None))
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_4(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None or self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_5(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_6(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None and self.hint() is not None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(INDEX_ENTRY)))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_7(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(None)
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_8(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(None))
        return summaries

    # --- reading -------------------------------------------------------------

    def xǁTokenStoreǁsummaries__mutmut_9(self) -> list[AccountSummary]:
        summaries = decode_index(self.keyring.get(INDEX_ENTRY))
        if self._hint_path is not None and self.hint() is None:  # absent or unreadable
            with self.locked():  # re-read under the lock: never write an older index's names
                self._write_hint(decode_index(self.keyring.get(None)))
        return summaries

    @_mutmut_mutated(mutants_xǁTokenStoreǁload__mutmut)
    def load(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_orig(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_1(self, key: str) -> Account:
        entry = None
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_2(self, key: str) -> Account:
        entry = account_entry_name(None)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_3(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = None
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_4(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(None)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_5(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is not None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_6(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(None)
        return Account.from_json(text, entry)

    def xǁTokenStoreǁload__mutmut_7(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(None, entry)

    def xǁTokenStoreǁload__mutmut_8(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, None)

    def xǁTokenStoreǁload__mutmut_9(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(entry)

    def xǁTokenStoreǁload__mutmut_10(self, key: str) -> Account:
        entry = account_entry_name(key)
        text = self.keyring.get(entry)
        if text is None:
            raise AccountNotFoundError(f"No stored account {key!r}.")
        return Account.from_json(text, )

    # --- writing -------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁTokenStoreǁ_write_checked__mutmut)
    def _write_checked(self, name: str, value: str) -> None:
        self.keyring.set(name, value)
        if self.keyring.get(name) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_orig(self, name: str, value: str) -> None:
        self.keyring.set(name, value)
        if self.keyring.get(name) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_1(self, name: str, value: str) -> None:
        self.keyring.set(None, value)
        if self.keyring.get(name) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_2(self, name: str, value: str) -> None:
        self.keyring.set(name, None)
        if self.keyring.get(name) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_3(self, name: str, value: str) -> None:
        self.keyring.set(value)
        if self.keyring.get(name) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_4(self, name: str, value: str) -> None:
        self.keyring.set(name, )
        if self.keyring.get(name) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_5(self, name: str, value: str) -> None:
        self.keyring.set(name, value)
        if self.keyring.get(None) != value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_6(self, name: str, value: str) -> None:
        self.keyring.set(name, value)
        if self.keyring.get(name) == value:
            raise StoreError(f"The keyring did not keep what was written to {name!r}.")

    # --- writing -------------------------------------------------------------

    def xǁTokenStoreǁ_write_checked__mutmut_7(self, name: str, value: str) -> None:
        self.keyring.set(name, value)
        if self.keyring.get(name) != value:
            raise StoreError(None)

    @_mutmut_mutated(mutants_xǁTokenStoreǁsave__mutmut)
    def save(self, account: Account) -> None:
        with self.locked():
            self.save_unlocked(account)

    def xǁTokenStoreǁsave__mutmut_orig(self, account: Account) -> None:
        with self.locked():
            self.save_unlocked(account)

    def xǁTokenStoreǁsave__mutmut_1(self, account: Account) -> None:
        with self.locked():
            self.save_unlocked(None)

    @_mutmut_mutated(mutants_xǁTokenStoreǁsave_unlocked__mutmut)
    def save_unlocked(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_orig(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_1(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = None  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_2(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(None, account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_3(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), None)
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_4(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_5(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), )
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_6(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(None), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_7(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = None
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_8(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key == account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_9(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = None
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_10(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next(None,
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_11(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        None)
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_12(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next(len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_13(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        )
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_14(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(None) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_15(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key != account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_16(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(None, account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_17(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, None)
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_18(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(account.summary())
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_19(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, )
        self._write_index(others)

    def xǁTokenStoreǁsave_unlocked__mutmut_20(self, account: Account) -> None:
        """Save while the caller already holds ``locked()``."""
        summaries = self.summaries()  # raises on a corrupt index before anything is written
        self._write_checked(account_entry_name(account.key), account.to_json())
        others = [s for s in summaries if s.key != account.key]
        position = next((i for i, s in enumerate(summaries) if s.key == account.key),
                        len(others))
        others.insert(position, account.summary())
        self._write_index(None)

    @_mutmut_mutated(mutants_xǁTokenStoreǁ_write_index__mutmut)
    def _write_index(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(INDEX_ENTRY, encode_index(summaries))
        self._write_hint(summaries)

    def xǁTokenStoreǁ_write_index__mutmut_orig(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(INDEX_ENTRY, encode_index(summaries))
        self._write_hint(summaries)

    def xǁTokenStoreǁ_write_index__mutmut_1(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(None, encode_index(summaries))
        self._write_hint(summaries)

    def xǁTokenStoreǁ_write_index__mutmut_2(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(INDEX_ENTRY, None)
        self._write_hint(summaries)

    def xǁTokenStoreǁ_write_index__mutmut_3(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(encode_index(summaries))
        self._write_hint(summaries)

    def xǁTokenStoreǁ_write_index__mutmut_4(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(INDEX_ENTRY, )
        self._write_hint(summaries)

    def xǁTokenStoreǁ_write_index__mutmut_5(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(INDEX_ENTRY, encode_index(None))
        self._write_hint(summaries)

    def xǁTokenStoreǁ_write_index__mutmut_6(self, summaries: list[AccountSummary]) -> None:
        self._write_checked(INDEX_ENTRY, encode_index(summaries))
        self._write_hint(None)

    @_mutmut_mutated(mutants_xǁTokenStoreǁ_write_hint__mutmut)
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

    def xǁTokenStoreǁ_write_hint__mutmut_orig(self, summaries: list[AccountSummary]) -> None:
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

    def xǁTokenStoreǁ_write_hint__mutmut_1(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is not None:
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

    def xǁTokenStoreǁ_write_hint__mutmut_2(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = None
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_3(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=None, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_4(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=None, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_5(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=None)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_6(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_7(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_8(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, )
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_9(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=449, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_10(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=False, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_11(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=False)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_12(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = None
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_13(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(None)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_14(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name - ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_15(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + "XX.tmpXX")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_16(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".TMP")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_17(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = None
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_18(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(None, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_19(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, None, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_20(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, None)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_21(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_22(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_23(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, )
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_24(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT & os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_25(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY & os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_26(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 385)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_27(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(None, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_28(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, None, encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_29(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding=None) as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_30(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen("w", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_31(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_32(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", ) as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_33(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "XXwXX", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_34(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "W", encoding="utf-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_35(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="XXutf-8XX") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_36(self, summaries: list[AccountSummary]) -> None:
        if self._hint_path is None:
            return
        import json
        import os

        names = [[s.provider_id, s.account_id, s.name] for s in summaries]
        try:
            self._hint_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._hint_path.with_name(self._hint_path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="UTF-8") as handle:
                json.dump({"version": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_37(self, summaries: list[AccountSummary]) -> None:
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
                json.dump(None, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_38(self, summaries: list[AccountSummary]) -> None:
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
                json.dump({"version": 1, "accounts": names}, None)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_39(self, summaries: list[AccountSummary]) -> None:
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
                json.dump(handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_40(self, summaries: list[AccountSummary]) -> None:
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
                json.dump({"version": 1, "accounts": names}, )
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_41(self, summaries: list[AccountSummary]) -> None:
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
                json.dump({"XXversionXX": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_42(self, summaries: list[AccountSummary]) -> None:
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
                json.dump({"VERSION": 1, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_43(self, summaries: list[AccountSummary]) -> None:
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
                json.dump({"version": 2, "accounts": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_44(self, summaries: list[AccountSummary]) -> None:
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
                json.dump({"version": 1, "XXaccountsXX": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_45(self, summaries: list[AccountSummary]) -> None:
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
                json.dump({"version": 1, "ACCOUNTS": names}, handle)
            os.replace(tmp, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_46(self, summaries: list[AccountSummary]) -> None:
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
            os.replace(None, self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_47(self, summaries: list[AccountSummary]) -> None:
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
            os.replace(tmp, None)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_48(self, summaries: list[AccountSummary]) -> None:
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
            os.replace(self._hint_path)
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_49(self, summaries: list[AccountSummary]) -> None:
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
            os.replace(tmp, )
        except OSError:
            self._hint_path.unlink(missing_ok=True)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_50(self, summaries: list[AccountSummary]) -> None:
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
            self._hint_path.unlink(missing_ok=None)  # a stale hint must not outlive a write

    def xǁTokenStoreǁ_write_hint__mutmut_51(self, summaries: list[AccountSummary]) -> None:
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
            self._hint_path.unlink(missing_ok=False)  # a stale hint must not outlive a write

    @_mutmut_mutated(mutants_xǁTokenStoreǁhint__mutmut)
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

    def xǁTokenStoreǁhint__mutmut_orig(self) -> list[tuple[str, str, str]] | None:
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

    def xǁTokenStoreǁhint__mutmut_1(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is not None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_2(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = None
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_3(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(None)
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_4(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding=None))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_5(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="XXutf-8XX"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_6(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="UTF-8"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_7(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get(None) != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_8(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("XXversionXX") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_9(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("VERSION") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_10(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") == 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_11(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 2:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_12(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                return None
            return [(str(None), str(a), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_13(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(None), str(n)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_14(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(None)) for p, a, n in data["accounts"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_15(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["XXaccountsXX"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def xǁTokenStoreǁhint__mutmut_16(self) -> list[tuple[str, str, str]] | None:
        """(provider, account id, name) from the on-disk hint, or None if unusable."""
        if self._hint_path is None:
            return None
        import json

        try:
            data = json.loads(self._hint_path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                return None
            return [(str(p), str(a), str(n)) for p, a, n in data["ACCOUNTS"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    @_mutmut_mutated(mutants_xǁTokenStoreǁdelete__mutmut)
    def delete(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(key))

    def xǁTokenStoreǁdelete__mutmut_orig(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(key))

    def xǁTokenStoreǁdelete__mutmut_1(self, key: str) -> None:
        with self.locked():
            summaries = None
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(key))

    def xǁTokenStoreǁdelete__mutmut_2(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = None
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(key))

    def xǁTokenStoreǁdelete__mutmut_3(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key == key]
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(key))

    def xǁTokenStoreǁdelete__mutmut_4(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) == len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(key))

    def xǁTokenStoreǁdelete__mutmut_5(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) != len(summaries):
                self._write_index(None)
            self.keyring.delete(account_entry_name(key))

    def xǁTokenStoreǁdelete__mutmut_6(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(None)

    def xǁTokenStoreǁdelete__mutmut_7(self, key: str) -> None:
        with self.locked():
            summaries = self.summaries()
            remaining = [s for s in summaries if s.key != key]
            if len(remaining) != len(summaries):
                self._write_index(remaining)
            self.keyring.delete(account_entry_name(None))

    # --- client secrets ------------------------------------------------------

    @_mutmut_mutated(mutants_xǁTokenStoreǁclient_secret__mutmut)
    def client_secret(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(client_secret_entry_name(provider_id))
        return Secret(value) if value else None

    # --- client secrets ------------------------------------------------------

    def xǁTokenStoreǁclient_secret__mutmut_orig(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(client_secret_entry_name(provider_id))
        return Secret(value) if value else None

    # --- client secrets ------------------------------------------------------

    def xǁTokenStoreǁclient_secret__mutmut_1(self, provider_id: str) -> Secret | None:
        value = None
        return Secret(value) if value else None

    # --- client secrets ------------------------------------------------------

    def xǁTokenStoreǁclient_secret__mutmut_2(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(None)
        return Secret(value) if value else None

    # --- client secrets ------------------------------------------------------

    def xǁTokenStoreǁclient_secret__mutmut_3(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(client_secret_entry_name(None))
        return Secret(value) if value else None

    # --- client secrets ------------------------------------------------------

    def xǁTokenStoreǁclient_secret__mutmut_4(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(client_secret_entry_name(provider_id))
        return Secret(value) if (value) and False else None

    # --- client secrets ------------------------------------------------------

    def xǁTokenStoreǁclient_secret__mutmut_5(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(client_secret_entry_name(provider_id))
        return Secret(value) if (value) or True else None

    # --- client secrets ------------------------------------------------------

    def xǁTokenStoreǁclient_secret__mutmut_6(self, provider_id: str) -> Secret | None:
        value = self.keyring.get(client_secret_entry_name(provider_id))
        return Secret(None) if value else None

    @_mutmut_mutated(mutants_xǁTokenStoreǁset_client_secret__mutmut)
    def set_client_secret(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(client_secret_entry_name(provider_id), secret.reveal())

    def xǁTokenStoreǁset_client_secret__mutmut_orig(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(client_secret_entry_name(provider_id), secret.reveal())

    def xǁTokenStoreǁset_client_secret__mutmut_1(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(None, secret.reveal())

    def xǁTokenStoreǁset_client_secret__mutmut_2(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(client_secret_entry_name(provider_id), None)

    def xǁTokenStoreǁset_client_secret__mutmut_3(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(secret.reveal())

    def xǁTokenStoreǁset_client_secret__mutmut_4(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(client_secret_entry_name(provider_id), )

    def xǁTokenStoreǁset_client_secret__mutmut_5(self, provider_id: str, secret: Secret) -> None:
        self._write_checked(client_secret_entry_name(None), secret.reveal())

    @_mutmut_mutated(mutants_xǁTokenStoreǁdelete_client_secret__mutmut)
    def delete_client_secret(self, provider_id: str) -> bool:
        return self.keyring.delete(client_secret_entry_name(provider_id))

    def xǁTokenStoreǁdelete_client_secret__mutmut_orig(self, provider_id: str) -> bool:
        return self.keyring.delete(client_secret_entry_name(provider_id))

    def xǁTokenStoreǁdelete_client_secret__mutmut_1(self, provider_id: str) -> bool:
        return self.keyring.delete(None)

    def xǁTokenStoreǁdelete_client_secret__mutmut_2(self, provider_id: str) -> bool:
        return self.keyring.delete(client_secret_entry_name(None))

mutants_xǁTokenStoreǁ__init____mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ__init____mutmut['xǁTokenStoreǁ__init____mutmut_1'] = TokenStore.xǁTokenStoreǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ__init____mutmut['xǁTokenStoreǁ__init____mutmut_2'] = TokenStore.xǁTokenStoreǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ__init____mutmut['xǁTokenStoreǁ__init____mutmut_3'] = TokenStore.xǁTokenStoreǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ__init____mutmut['xǁTokenStoreǁ__init____mutmut_4'] = TokenStore.xǁTokenStoreǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ__init____mutmut['xǁTokenStoreǁ__init____mutmut_5'] = TokenStore.xǁTokenStoreǁ__init____mutmut_5 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁsummaries__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_1'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_2'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_3'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_4'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_5'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_6'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_7'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_8'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsummaries__mutmut['xǁTokenStoreǁsummaries__mutmut_9'] = TokenStore.xǁTokenStoreǁsummaries__mutmut_9 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁload__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁload__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_1'] = TokenStore.xǁTokenStoreǁload__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_2'] = TokenStore.xǁTokenStoreǁload__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_3'] = TokenStore.xǁTokenStoreǁload__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_4'] = TokenStore.xǁTokenStoreǁload__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_5'] = TokenStore.xǁTokenStoreǁload__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_6'] = TokenStore.xǁTokenStoreǁload__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_7'] = TokenStore.xǁTokenStoreǁload__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_8'] = TokenStore.xǁTokenStoreǁload__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_9'] = TokenStore.xǁTokenStoreǁload__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁload__mutmut['xǁTokenStoreǁload__mutmut_10'] = TokenStore.xǁTokenStoreǁload__mutmut_10 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁ_write_checked__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_checked__mutmut['xǁTokenStoreǁ_write_checked__mutmut_1'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_checked__mutmut['xǁTokenStoreǁ_write_checked__mutmut_2'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_checked__mutmut['xǁTokenStoreǁ_write_checked__mutmut_3'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_checked__mutmut['xǁTokenStoreǁ_write_checked__mutmut_4'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_checked__mutmut['xǁTokenStoreǁ_write_checked__mutmut_5'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_checked__mutmut['xǁTokenStoreǁ_write_checked__mutmut_6'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_checked__mutmut['xǁTokenStoreǁ_write_checked__mutmut_7'] = TokenStore.xǁTokenStoreǁ_write_checked__mutmut_7 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁsave__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁsave__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave__mutmut['xǁTokenStoreǁsave__mutmut_1'] = TokenStore.xǁTokenStoreǁsave__mutmut_1 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁsave_unlocked__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_1'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_2'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_3'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_4'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_5'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_6'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_7'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_8'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_9'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_10'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_11'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_12'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_13'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_14'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_15'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_16'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_17'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_18'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_19'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁsave_unlocked__mutmut['xǁTokenStoreǁsave_unlocked__mutmut_20'] = TokenStore.xǁTokenStoreǁsave_unlocked__mutmut_20 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁ_write_index__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁ_write_index__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_index__mutmut['xǁTokenStoreǁ_write_index__mutmut_1'] = TokenStore.xǁTokenStoreǁ_write_index__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_index__mutmut['xǁTokenStoreǁ_write_index__mutmut_2'] = TokenStore.xǁTokenStoreǁ_write_index__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_index__mutmut['xǁTokenStoreǁ_write_index__mutmut_3'] = TokenStore.xǁTokenStoreǁ_write_index__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_index__mutmut['xǁTokenStoreǁ_write_index__mutmut_4'] = TokenStore.xǁTokenStoreǁ_write_index__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_index__mutmut['xǁTokenStoreǁ_write_index__mutmut_5'] = TokenStore.xǁTokenStoreǁ_write_index__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_index__mutmut['xǁTokenStoreǁ_write_index__mutmut_6'] = TokenStore.xǁTokenStoreǁ_write_index__mutmut_6 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁ_write_hint__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_1'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_2'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_3'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_4'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_5'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_6'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_7'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_8'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_9'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_10'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_11'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_12'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_13'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_14'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_15'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_16'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_17'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_18'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_19'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_20'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_21'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_21 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_22'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_22 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_23'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_23 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_24'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_24 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_25'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_25 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_26'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_26 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_27'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_27 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_28'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_28 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_29'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_29 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_30'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_30 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_31'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_31 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_32'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_32 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_33'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_33 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_34'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_34 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_35'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_35 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_36'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_36 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_37'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_37 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_38'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_38 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_39'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_39 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_40'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_40 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_41'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_41 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_42'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_42 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_43'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_43 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_44'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_44 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_45'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_45 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_46'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_46 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_47'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_47 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_48'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_48 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_49'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_49 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_50'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_50 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁ_write_hint__mutmut['xǁTokenStoreǁ_write_hint__mutmut_51'] = TokenStore.xǁTokenStoreǁ_write_hint__mutmut_51 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁhint__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁhint__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_1'] = TokenStore.xǁTokenStoreǁhint__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_2'] = TokenStore.xǁTokenStoreǁhint__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_3'] = TokenStore.xǁTokenStoreǁhint__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_4'] = TokenStore.xǁTokenStoreǁhint__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_5'] = TokenStore.xǁTokenStoreǁhint__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_6'] = TokenStore.xǁTokenStoreǁhint__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_7'] = TokenStore.xǁTokenStoreǁhint__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_8'] = TokenStore.xǁTokenStoreǁhint__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_9'] = TokenStore.xǁTokenStoreǁhint__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_10'] = TokenStore.xǁTokenStoreǁhint__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_11'] = TokenStore.xǁTokenStoreǁhint__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_12'] = TokenStore.xǁTokenStoreǁhint__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_13'] = TokenStore.xǁTokenStoreǁhint__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_14'] = TokenStore.xǁTokenStoreǁhint__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_15'] = TokenStore.xǁTokenStoreǁhint__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁhint__mutmut['xǁTokenStoreǁhint__mutmut_16'] = TokenStore.xǁTokenStoreǁhint__mutmut_16 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁdelete__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁdelete__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete__mutmut['xǁTokenStoreǁdelete__mutmut_1'] = TokenStore.xǁTokenStoreǁdelete__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete__mutmut['xǁTokenStoreǁdelete__mutmut_2'] = TokenStore.xǁTokenStoreǁdelete__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete__mutmut['xǁTokenStoreǁdelete__mutmut_3'] = TokenStore.xǁTokenStoreǁdelete__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete__mutmut['xǁTokenStoreǁdelete__mutmut_4'] = TokenStore.xǁTokenStoreǁdelete__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete__mutmut['xǁTokenStoreǁdelete__mutmut_5'] = TokenStore.xǁTokenStoreǁdelete__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete__mutmut['xǁTokenStoreǁdelete__mutmut_6'] = TokenStore.xǁTokenStoreǁdelete__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete__mutmut['xǁTokenStoreǁdelete__mutmut_7'] = TokenStore.xǁTokenStoreǁdelete__mutmut_7 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁclient_secret__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁclient_secret__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁclient_secret__mutmut['xǁTokenStoreǁclient_secret__mutmut_1'] = TokenStore.xǁTokenStoreǁclient_secret__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁclient_secret__mutmut['xǁTokenStoreǁclient_secret__mutmut_2'] = TokenStore.xǁTokenStoreǁclient_secret__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁclient_secret__mutmut['xǁTokenStoreǁclient_secret__mutmut_3'] = TokenStore.xǁTokenStoreǁclient_secret__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁclient_secret__mutmut['xǁTokenStoreǁclient_secret__mutmut_4'] = TokenStore.xǁTokenStoreǁclient_secret__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁclient_secret__mutmut['xǁTokenStoreǁclient_secret__mutmut_5'] = TokenStore.xǁTokenStoreǁclient_secret__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁclient_secret__mutmut['xǁTokenStoreǁclient_secret__mutmut_6'] = TokenStore.xǁTokenStoreǁclient_secret__mutmut_6 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁset_client_secret__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁset_client_secret__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁset_client_secret__mutmut['xǁTokenStoreǁset_client_secret__mutmut_1'] = TokenStore.xǁTokenStoreǁset_client_secret__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁset_client_secret__mutmut['xǁTokenStoreǁset_client_secret__mutmut_2'] = TokenStore.xǁTokenStoreǁset_client_secret__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁset_client_secret__mutmut['xǁTokenStoreǁset_client_secret__mutmut_3'] = TokenStore.xǁTokenStoreǁset_client_secret__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁset_client_secret__mutmut['xǁTokenStoreǁset_client_secret__mutmut_4'] = TokenStore.xǁTokenStoreǁset_client_secret__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁset_client_secret__mutmut['xǁTokenStoreǁset_client_secret__mutmut_5'] = TokenStore.xǁTokenStoreǁset_client_secret__mutmut_5 # type: ignore # mutmut generated

mutants_xǁTokenStoreǁdelete_client_secret__mutmut['_mutmut_orig'] = TokenStore.xǁTokenStoreǁdelete_client_secret__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete_client_secret__mutmut['xǁTokenStoreǁdelete_client_secret__mutmut_1'] = TokenStore.xǁTokenStoreǁdelete_client_secret__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTokenStoreǁdelete_client_secret__mutmut['xǁTokenStoreǁdelete_client_secret__mutmut_2'] = TokenStore.xǁTokenStoreǁdelete_client_secret__mutmut_2 # type: ignore # mutmut generated
