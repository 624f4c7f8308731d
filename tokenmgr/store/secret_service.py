"""The Secret Service backend with one D-Bus connection and session per process.

keyring's ``SecretService.Keyring`` opens a D-Bus connection, looks the
collection up and negotiates a new encryption session on every call (40-80 ms
each, issue 14). This subclass keeps all three for the life of the process and
reads and writes the very same items (attributes, label), so entries written
by either are read by the other.

A jeepney blocking connection is not thread-safe: calls on it are serialized.
There are two, one for reads and one for writes, so a read (the window's Copy)
waits for at most the one write the daemon is busy with, never for a queue of
a bulk refresh's writes. ``discard()`` forgets them (``KeyringAccess`` calls it
when a call missed its deadline): a call still hanging keeps its connection,
the next call opens a fresh one. Any D-Bus failure discards that one too.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from keyring.backends.SecretService import Keyring
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError

T = TypeVar("T")


class _Connection:
    def __init__(self, collection: Any) -> None:
        self.collection = collection
        self.lock = threading.Lock()

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a broken connection may fail to close
            self.collection.connection.close()


class PersistentSecretService(Keyring):
    """``keyring``'s Secret Service backend, minus a connection per call."""

    def __init__(self) -> None:  # keyring's backends take no arguments
        super().__init__()  # type: ignore[no-untyped-call]
        self._guard = threading.Lock()
        self._current: dict[str, _Connection] = {}

    @classmethod
    def adopt(cls, backend: Keyring) -> PersistentSecretService:
        """The same backend (scheme, preferred collection), persistent."""
        adopted = cls()
        adopted.__dict__.update({k: v for k, v in vars(backend).items()
                                 if k not in ("_guard", "_current")})
        return adopted

    def _open(self) -> _Connection:
        import secretstorage
        from secretstorage.util import open_session

        connection = secretstorage.dbus_init()
        try:
            if hasattr(self, "preferred_collection"):
                collection = secretstorage.Collection(connection, self.preferred_collection)
            else:
                collection = secretstorage.get_default_collection(connection)
            if collection.is_locked():
                collection.unlock()
                if collection.is_locked():  # the user dismissed the prompt
                    raise KeyringLocked("Failed to unlock the collection!")
            collection.session = open_session(connection)  # items inherit it
        except secretstorage.exceptions.SecretStorageException as exc:
            connection.close()
            raise InitError(f"Failed to open the collection: {exc}.") from exc
        except BaseException:
            connection.close()
            raise
        return _Connection(collection)

    def _run(self, purpose: str, fn: Callable[[Any], T]) -> T:
        with self._guard:
            current = self._current.get(purpose)
            if current is None:
                current = self._current[purpose] = self._open()
                weakref.finalize(self, current.close)  # closed with the backend, or at exit
        with current.lock:
            try:
                return fn(current.collection)
            except BaseException:
                self._forget(purpose, current)
                raise

    def _forget(self, purpose: str, current: _Connection) -> None:
        with self._guard:
            if self._current.get(purpose) is current:
                del self._current[purpose]
        current.close()

    def close(self) -> None:
        self.discard()

    def discard(self) -> None:
        """Forget the connections; the next call opens new ones."""
        with self._guard:
            gone, self._current = list(self._current.values()), {}
        for current in gone:
            if not current.lock.locked():
                current.close()

    def get_password(self, service: str, username: str) -> str | None:
        def get(collection: Any) -> str | None:
            for item in collection.search_items(self._query(service, username)):
                if item.is_locked():
                    self.unlock(item)  # type: ignore[no-untyped-call]
                return str(item.get_secret().decode("utf-8"))
            return None

        return self._run("read", get)

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = self._query(service, username, application=self.appid)
        label = f"Password for '{username}' on '{service}'"
        self._run("write", lambda collection: collection.create_item(
            label, attributes, password, replace=True))

    def delete_password(self, service: str, username: str) -> None:
        def delete(collection: Any) -> bool:
            for item in collection.search_items(self._query(service, username)):
                item.delete()
                return True
            return False

        if not self._run("write", delete):
            raise PasswordDeleteError("No such password!")
