"""Unlock and storage words (tokenmgr.store.unlock) on the test session's real gnome-keyring."""

from __future__ import annotations

import pytest

from tests.store.keyring_lock import locked_keyring, unlock_with_password
from tokenmgr.errors import KeyringLockedError
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.unlock import (
    collection_label,
    describe_storage,
    unlock_default_collection,
)


def test_unlocking_an_unlocked_keyring_is_a_no_op():
    assert unlock_default_collection(timeout=10) is True


def test_a_locked_keyring_reads_as_locked_and_a_dismissed_prompt_keeps_it_locked():
    access = KeyringAccess(deadline=10)
    access.set("probe", "value")
    with locked_keyring():
        with pytest.raises(KeyringLockedError):
            access.get("probe")
        # No display here: the system prompter cannot show, so the prompt is dismissed.
        with pytest.raises(KeyringLockedError, match="still locked"):
            unlock_default_collection(timeout=20)
        assert unlock_with_password()
        assert access.get("probe") == "value"
    access.delete("probe")


def test_where_tokens_are_stored_is_said_with_the_collection():
    access = KeyringAccess(deadline=10)
    assert collection_label() == "Login"
    assert describe_storage(access.backend) == "Secret Service keyring (Login)"
