"""Shared fixtures: an in-memory keyring for unit tests, isolated XDG dirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend
from pytest_httpserver import HTTPServer

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


PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
                   "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy")


@pytest.fixture(scope="session")
def _loopback_idp_server() -> Iterator[HTTPServer]:
    with HTTPServer(host="127.0.0.1", port=0) as server:
        yield server


@pytest.fixture
def loopback_idp(_loopback_idp_server: HTTPServer, monkeypatch) -> Iterator[HTTPServer]:
    """A provider's endpoints on 127.0.0.1 (pytest-httpserver, one server for the
    session, cleared for each test and checked for handler errors after it), reached
    directly: no proxy variables from the environment."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    _loopback_idp_server.clear()
    yield _loopback_idp_server
    _loopback_idp_server.check_handler_errors()
    _loopback_idp_server.clear()


@pytest.fixture
def memory_store(memory_keyring, tmp_path) -> TokenStore:
    return TokenStore(KeyringAccess(memory_keyring, deadline=5.0), tmp_path / "store.lock")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Every test gets its own XDG config and cache dirs (providers.toml, lock file)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the access log
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
        return (name in _memory_keyring_classes() or _is_test_wrapper(name)
                or super().__contains__(name))


def _is_test_wrapper(name: object) -> bool:
    """A test's own class that is no keyring backend itself (it wraps a real one and
    counts or delays calls). Test backends of their own (a plaintext one) are not."""
    import sys

    if not isinstance(name, str) or not name.startswith("tests."):
        return False
    module_name, _, qualname = name.rpartition(".")
    cls = getattr(sys.modules.get(module_name), qualname, None)
    return isinstance(cls, type) and not issubclass(cls, KeyringBackend)


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
