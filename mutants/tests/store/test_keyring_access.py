"""KeyringAccess: unsafe backends refused however chosen (SECURITY.md #22); deadlines and the
three distinct outcomes unavailable / locked / not found (SECURITY.md #23)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from tests.conftest import MemoryKeyring
from tokenmgr.errors import KeyringLockedError, KeyringUnavailableError, StoreError
from tokenmgr.store.keyring_access import KeyringAccess, backend_is_refused

SECRET = "t0ken-Value-0123456789abcdefghij"


class PlaintextKeyring(KeyringBackend):
    """Named like keyrings.alt's file backend: refused by name wherever it lives."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


class HangingKeyring(MemoryKeyring):
    """A locked Secret Service: calls never return until released."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def get_password(self, service, username):
        self.release.wait()
        return None

    def set_password(self, service, username, password):
        self.release.wait()


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("locked")


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # let the abandoned daemon threads end


def chainer_of(monkeypatch, *backends) -> chainer.ChainerBackend:
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(backends))
    chained = chainer.ChainerBackend()
    assert list(chained.backends) == [b for b in backends if b.priority > 0]
    return chained


# --- backend policy ------------------------------------------------------------------


@pytest.mark.parametrize("make", [fail.Keyring, null.Keyring, PlaintextKeyring],
                         ids=["fail", "null", "plaintext"])
def test_unsafe_backend_is_refused_and_nothing_is_stored(make):
    backend = make()
    access = KeyringAccess(backend, deadline=2.0)
    with pytest.raises(KeyringUnavailableError) as info:
        access.set("account/x/y", SECRET)
    assert type(backend).__name__ in str(info.value)
    assert SECRET not in str(info.value)
    for call in (lambda: access.get("index"), lambda: access.delete("index")):
        with pytest.raises(KeyringUnavailableError):
            call()
    if isinstance(backend, PlaintextKeyring):
        assert backend.items == {}


def test_chainer_made_only_of_refused_backends_is_refused(monkeypatch):
    plaintext = PlaintextKeyring()
    chained = chainer_of(monkeypatch, fail.Keyring(), null.Keyring(), plaintext)
    assert backend_is_refused(chained)
    with pytest.raises(KeyringUnavailableError):
        KeyringAccess(chained, deadline=2.0).set("index", SECRET)
    assert plaintext.items == {}


def test_empty_chainer_is_refused(monkeypatch):
    chained = chainer_of(monkeypatch)
    with pytest.raises(KeyringUnavailableError):
        KeyringAccess(chained, deadline=2.0).get("index")


def test_chainer_with_a_protecting_backend_is_accepted(monkeypatch):
    memory = MemoryKeyring()
    chained = chainer_of(monkeypatch, null.Keyring(), memory)
    access = KeyringAccess(chained, deadline=2.0)
    access.set("index", SECRET)
    assert memory.items[("tokenmgr", "index")] == SECRET


def test_chainer_with_any_plaintext_backend_is_refused(monkeypatch):
    plaintext, memory = PlaintextKeyring(), MemoryKeyring()
    chained = chainer_of(monkeypatch, plaintext, memory)
    with pytest.raises(KeyringUnavailableError):
        KeyringAccess(chained, deadline=2.0).set("index", SECRET)
    assert plaintext.items == {} and memory.items == {}


def test_memory_keyring_is_accepted_and_round_trips(memory_keyring):
    access = KeyringAccess(memory_keyring, deadline=2.0)
    assert not backend_is_refused(memory_keyring)
    access.set("account/p/a", SECRET)
    assert access.get("account/p/a") == SECRET
    assert memory_keyring.items == {("tokenmgr", "account/p/a"): SECRET}


def test_missing_entry_is_not_found_not_an_error(memory_keyring):
    access = KeyringAccess(memory_keyring, deadline=2.0)
    assert access.get("nothing") is None
    assert access.delete("nothing") is False


def test_delete_reports_whether_an_entry_was_removed(memory_keyring):
    access = KeyringAccess(memory_keyring, deadline=2.0)
    access.set("x", SECRET)
    assert access.delete("x") is True
    assert access.get("x") is None


def test_service_name_is_configurable(memory_keyring):
    KeyringAccess(memory_keyring, service="tokenmgr-test", deadline=2.0).set("x", "v")
    assert memory_keyring.items == {("tokenmgr-test", "x"): "v"}


# --- deadlines and outcomes ------------------------------------------------------------


def test_hanging_get_is_locked_within_the_deadline(release):
    access = KeyringAccess(HangingKeyring(release), deadline=0.3)
    started = time.monotonic()
    with pytest.raises(KeyringLockedError) as info:
        access.get("index")
    assert time.monotonic() - started < 2.0
    assert type(info.value) is KeyringLockedError
    assert not isinstance(info.value, KeyringUnavailableError)
    assert "0.3" in str(info.value)


def test_hanging_set_is_locked_and_is_not_reported_as_stored(release):
    access = KeyringAccess(HangingKeyring(release), deadline=0.3)
    with pytest.raises(KeyringLockedError):
        access.set("index", SECRET)


def test_locked_not_found_and_unavailable_are_three_different_outcomes(release, memory_keyring):
    assert KeyringAccess(memory_keyring, deadline=0.3).get("index") is None
    with pytest.raises(KeyringLockedError):
        KeyringAccess(HangingKeyring(release), deadline=0.3).get("index")
    with pytest.raises(KeyringUnavailableError):
        KeyringAccess(null.Keyring(), deadline=0.3).get("index")
    assert not issubclass(KeyringLockedError, KeyringUnavailableError)
    assert not issubclass(KeyringUnavailableError, KeyringLockedError)


def test_backend_raising_keyring_locked_is_keyring_locked_error():
    access = KeyringAccess(LockedKeyring(), deadline=2.0)
    with pytest.raises(KeyringLockedError):
        access.get("index")
    with pytest.raises(KeyringLockedError):
        access.set("index", SECRET)


def test_other_keyring_errors_are_store_errors_without_the_value():
    from keyring.errors import PasswordSetError

    class Failing(MemoryKeyring):
        def set_password(self, service, username, password):
            raise PasswordSetError("could not store " + password)

    with pytest.raises(StoreError) as info:
        KeyringAccess(Failing(), deadline=2.0).set("index", SECRET)
    assert type(info.value) is StoreError
    assert SECRET not in str(info.value)


def test_keyring_calls_run_off_the_calling_thread(memory_keyring):
    seen: list[threading.Thread] = []

    class Recording(MemoryKeyring):
        def get_password(self, service, username):
            seen.append(threading.current_thread())
            return None

    KeyringAccess(Recording(), deadline=2.0).get("index")
    assert seen and seen[0] is not threading.current_thread()
    assert seen[0].daemon


# --- a backend chosen by the environment -----------------------------------------------


@pytest.fixture
def fresh_keyring_core(monkeypatch):
    """Forget keyring's cached backend; monkeypatch puts the real one back afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


@pytest.mark.parametrize("name", ["keyring.backends.null.Keyring",
                                  "keyring.backends.fail.Keyring"])
def test_unsafe_backend_chosen_by_python_keyring_backend_is_refused(
        name, monkeypatch, fresh_keyring_core):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
    access = KeyringAccess(deadline=5.0)
    with pytest.raises(KeyringUnavailableError) as info:
        access.set("index", SECRET)
    assert name in str(info.value)
    assert type(keyring.get_keyring()).__module__ == name.rsplit(".", 1)[0]


def test_unsafe_backend_chosen_in_keyringrc_cfg_is_refused(monkeypatch, fresh_keyring_core,
                                                           tmp_path):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    config_home = tmp_path / "xdg-config"  # isolated per test by tests/conftest.py
    (config_home / "python_keyring").mkdir(parents=True)
    (config_home / "python_keyring" / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.null.Keyring\n")
    access = KeyringAccess(deadline=5.0)
    with pytest.raises(KeyringUnavailableError, match=r"keyring\.backends\.null"):
        access.set("index", SECRET)


@pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                    reason="needs the Secret Service of scripts/test's D-Bus session")
def test_the_platform_backend_is_used_without_scanning_every_backend(monkeypatch,
                                                                     fresh_keyring_core):
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    from tokenmgr.store import keyring_access

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    monkeypatch.setattr(keyring.core, "get_keyring",
                        lambda: pytest.fail("full detection must not run"))
    assert isinstance(keyring_access.load_backend(), SecretServiceKeyring)
