"""Shared fixtures: an in-memory keyring for unit tests, isolated XDG dirs."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend

from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.token_store import TokenStore


class MemoryKeyring(KeyringBackend):
    """A real ``keyring`` backend kept in a dict: for unit tests of the store's logic."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


def pytest_collection_modifyitems(items):
    """Tests that use qtbot are GUI tests: ``-m "not gui"`` runs the Qt-free suite alone."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def memory_store(memory_keyring, tmp_path) -> TokenStore:
    return TokenStore(KeyringAccess(memory_keyring, deadline=5.0), tmp_path / "store.lock")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Every test gets its own XDG config and cache dirs (providers.toml, lock file)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.delenv("OAUTHLIB_INSECURE_TRANSPORT", raising=False)



def _memory_keyring_classes() -> set[str]:
    found, todo = set(), [MemoryKeyring]
    while todo:
        cls = todo.pop()
        found.add(f"{cls.__module__}.{cls.__qualname__}")
        todo.extend(cls.__subclasses__())
    return found


class _TrustingTestDoubles(frozenset):
    """The allow-list plus ``MemoryKeyring`` and its subclasses (hanging, locked,
    limited ones): they stand in for a protecting keyring in unit tests of
    everything else. Other test backends (a plaintext one) meet the real policy."""

    def __contains__(self, name: object) -> bool:
        return name in _memory_keyring_classes() or super().__contains__(name)


@pytest.fixture(autouse=True)
def trust_test_double_keyrings(request):
    """Not via monkeypatch: some tests call ``monkeypatch.undo()`` mid-test."""
    from tokenmgr.store import backend_policy

    if "real_backend_policy" in request.keywords:
        yield
        return
    saved = backend_policy.TRUSTED_BACKENDS
    backend_policy.TRUSTED_BACKENDS = _TrustingTestDoubles(saved)
    yield
    backend_policy.TRUSTED_BACKENDS = saved
