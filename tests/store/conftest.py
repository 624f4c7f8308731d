"""The test session's real Secret Service (scripts/test starts a private gnome-keyring),
under a service name of each test's own, so store tests read and write where users'
tokens live and can see exactly which entries were written."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.secret_service import PersistentSecretService
from tokenmgr.store.token_store import TokenStore


class SessionKeyring:
    """The session's Secret Service (tokenmgr's own backend for it) under one service."""

    def __init__(self) -> None:
        self.backend = PersistentSecretService()
        self.service = f"tokenmgr-test-{uuid.uuid4().hex[:12]}"

    def access(self, backend: Any = None, **kwargs: Any) -> KeyringAccess:
        kwargs.setdefault("deadline", 15.0)
        return KeyringAccess(backend if backend is not None else self.backend,
                             service=self.service, **kwargs)

    def store(self, directory: Path, **kwargs: Any) -> TokenStore:
        return TokenStore(self.access(), directory / "store.lock", **kwargs)

    def get(self, name: str) -> str | None:
        return self.backend.get_password(self.service, name)

    def put(self, name: str, value: str) -> None:
        self.backend.set_password(self.service, name, value)

    def names(self) -> set[str]:
        """Every entry stored under this service, as the Secret Service lists them."""
        import secretstorage

        with closing(secretstorage.dbus_init()) as connection:
            collection = secretstorage.get_default_collection(connection)
            return {item.get_attributes()["username"]
                    for item in collection.search_items({"service": self.service})}

    def contents(self) -> dict[str, str]:
        return {name: self.get(name) or "" for name in self.names()}

    def cleanup(self) -> None:
        import secretstorage

        with closing(secretstorage.dbus_init()) as connection:
            collection = secretstorage.get_default_collection(connection)
            for item in collection.search_items({"service": self.service}):
                item.delete()
        self.backend.discard()


@pytest.fixture
def session_keyring() -> Iterator[SessionKeyring]:
    keyring = SessionKeyring()
    yield keyring
    keyring.cleanup()
