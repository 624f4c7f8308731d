"""Values over a backend's size limit are split and joined, never truncated (SECURITY.md #25)."""

from __future__ import annotations

import pytest

from tests.conftest import MemoryKeyring
from tokenmgr.errors import EntryCorruptError
from tokenmgr.store.keyring_access import KeyringAccess, max_chars_for

LIMIT = 100


class LimitedKeyring(MemoryKeyring):
    """Like Windows Credential Manager: refuses values over LIMIT characters."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > LIMIT:
            raise ValueError("value too large for this backend")
        super().set_password(service, username, password)


@pytest.fixture
def limited():
    return LimitedKeyring()


@pytest.fixture
def access(limited):
    return KeyringAccess(limited, deadline=5.0, max_chars=LIMIT)


def test_a_large_value_is_split_and_read_back_whole(access, limited):
    value = "".join(chr(0x41 + i % 26) for i in range(1234)) + "é✓"
    access.set("account/x/1", value)
    assert access.get("account/x/1") == value
    assert len(limited.items) > 1
    assert all(len(v) <= LIMIT for v in limited.items.values())


def test_small_values_are_stored_as_they_are(access, limited):
    access.set("index", "small")
    assert limited.items == {("tokenmgr", "index"): "small"}


def test_overwriting_removes_the_old_parts(access, limited):
    access.set("account/x/1", "a" * 500)
    access.set("account/x/1", "b" * 700)
    assert access.get("account/x/1") == "b" * 700
    access.set("account/x/1", "short")
    assert limited.items == {("tokenmgr", "account/x/1"): "short"}


def test_delete_removes_every_part(access, limited):
    access.set("account/x/1", "z" * 450)
    assert access.delete("account/x/1") is True
    assert limited.items == {}


def test_a_crash_before_the_head_is_written_leaves_the_old_value(access, limited, monkeypatch):
    access.set("account/x/1", "o" * 300)
    calls = {"n": 0}
    real_set = LimitedKeyring.set_password

    def crash_on_head(self, service, username, password):
        calls["n"] += 1
        if username == "account/x/1":
            raise KeyboardInterrupt  # the process dies before the new head lands
        real_set(self, service, username, password)

    monkeypatch.setattr(LimitedKeyring, "set_password", crash_on_head)
    with pytest.raises(KeyboardInterrupt):
        access.set("account/x/1", "n" * 400)
    monkeypatch.undo()
    assert access.get("account/x/1") == "o" * 300


def test_a_missing_part_is_reported_not_truncated(access, limited):
    access.set("account/x/1", "p" * 350)
    part = next(k for k in limited.items if "#" in k[1])
    del limited.items[part]
    with pytest.raises(EntryCorruptError, match="missing part"):
        access.get("account/x/1")


def test_only_windows_credential_manager_gets_a_default_limit(limited):
    assert max_chars_for(limited) is None

    class FakeWindows:
        pass

    FakeWindows.__module__ = "keyring.backends.Windows"
    assert max_chars_for(FakeWindows()) == 1200
