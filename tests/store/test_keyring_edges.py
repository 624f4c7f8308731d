"""Edges of KeyringAccess that mutation testing showed untested: how a part list's head
is parsed, which keyring errors mean "unavailable", and when detection is left to
keyring (KDE)."""

from __future__ import annotations

import pytest

from tests.conftest import MemoryKeyring
from tokenmgr.errors import EntryCorruptError, KeyringUnavailableError, StoreError
from tokenmgr.store import keyring_access
from tokenmgr.store.keyring_access import CHUNK_MARK, SERVICE, KeyringAccess

LIMIT = 120


def test_parts_holding_newlines_and_colons_are_joined_exactly():
    memory = MemoryKeyring()
    access = KeyringAccess(memory, deadline=5.0, max_chars=LIMIT)
    value = "line one: a\nline two: b\n" * 20 + "end:\n"
    access.set("account/x/1", value)
    assert len([k for k in memory.items if k[1].startswith("account/x/1")]) > 2  # split
    assert access.get("account/x/1") == value


@pytest.mark.parametrize("head, expected", [
    (CHUNK_MARK + "g1:1\nhello\nworld", "hello\nworld"),  # one part: the head alone
])
def test_a_head_naming_one_part_is_the_whole_value(head, expected):
    memory = MemoryKeyring()
    memory.items[(SERVICE, "account/x/1")] = head
    assert KeyringAccess(memory, deadline=5.0).get("account/x/1") == expected


@pytest.mark.parametrize("head", [
    CHUNK_MARK + "g1:0\nhello",    # no part at all
    CHUNK_MARK + ":2\nhello",      # no generation
    CHUNK_MARK + "g1:two\nhello",  # count not a number
    CHUNK_MARK + "g1\nhello",      # no count
])
def test_a_damaged_part_list_is_reported_and_left_untouched(head):
    memory = MemoryKeyring()
    memory.items[(SERVICE, "account/x/1")] = head
    with pytest.raises(EntryCorruptError):
        KeyringAccess(memory, deadline=5.0).get("account/x/1")
    assert memory.items[(SERVICE, "account/x/1")] == head


def raising(exc: BaseException) -> MemoryKeyring:
    class Raising(MemoryKeyring):
        def get_password(self, service, username):
            raise exc

    return Raising()


def test_no_keyring_errors_mean_unavailable_not_a_store_failure():
    from keyring.errors import InitError, NoKeyringError

    for exc in (NoKeyringError("none"), InitError("init")):
        with pytest.raises(KeyringUnavailableError):
            KeyringAccess(raising(exc), deadline=5.0).get("index")


def test_a_dbus_transport_error_means_unavailable():
    DBusError = type("DBusErrorResponse", (Exception,), {"__module__": "jeepney.wrappers"})
    with pytest.raises(KeyringUnavailableError):
        KeyringAccess(raising(DBusError("gone")), deadline=5.0).get("index")


def test_other_keyring_errors_are_store_errors():
    from keyring.errors import KeyringError

    with pytest.raises(StoreError) as info:
        KeyringAccess(raising(KeyringError("boom")), deadline=5.0).get("index")
    assert not isinstance(info.value, KeyringUnavailableError)


@pytest.mark.parametrize("desktop, detected", [("KDE", True), ("kde", True),
                                               ("GNOME", False), ("", False)])
def test_on_kde_the_backend_is_left_to_keyrings_detection(monkeypatch, desktop, detected):
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", desktop)
    backend = keyring_access._platform_backend()
    if detected:
        assert backend is None
    else:
        from keyring.backends.SecretService import Keyring

        assert isinstance(backend, Keyring)  # the Secret Service, chosen without detection
