"""Unlock and storage words (tokenmgr.store.unlock) on the test session's real gnome-keyring."""

from __future__ import annotations

from contextlib import closing

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


class Prompt:
    """Stands for the user at the Secret Service's own unlock prompt."""

    def __init__(self, answer: str) -> None:
        self.answer = answer  # "password", "dismiss", "wrong password" or "away"
        self.timeouts: list[float | None] = []

    def __call__(self, collection, timeout=None) -> bool:
        self.timeouts.append(timeout)
        if self.answer == "away":
            raise TimeoutError
        if self.answer == "password":
            assert unlock_with_password()
        return self.answer == "dismiss"  # secretstorage: True when dismissed


@pytest.fixture
def prompt(monkeypatch):
    import secretstorage

    def answering(answer: str) -> Prompt:
        user = Prompt(answer)
        monkeypatch.setattr(secretstorage.Collection, "unlock",
                            lambda collection, timeout=None: user(collection, timeout))
        return user

    return answering


def test_the_unlock_prompt_answered_with_the_password_unlocks_the_keyring(prompt):
    access = KeyringAccess(deadline=10)
    access.set("probe", "value")
    user = prompt("password")
    with locked_keyring():
        assert unlock_default_collection(timeout=42.0) is True
        assert access.get("probe") == "value"
        assert unlock_default_collection() is True  # already unlocked: no prompt
    assert user.timeouts == [42.0]
    access.delete("probe")


@pytest.mark.parametrize("answer, message", [
    ("dismiss", "The keyring is still locked: the unlock prompt was dismissed."),
    ("wrong password", "The keyring is still locked: the unlock prompt was dismissed."),
    ("away", "The keyring is still locked: the unlock prompt was not answered."),
])
def test_an_unlock_prompt_not_answered_with_the_password_leaves_it_locked(prompt, answer,
                                                                         message):
    from tokenmgr.store.unlock import UNLOCK_TIMEOUT

    user = prompt(answer)
    with locked_keyring():
        with pytest.raises(KeyringLockedError) as info:
            unlock_default_collection()
        assert str(info.value) == message
    assert user.timeouts == [UNLOCK_TIMEOUT] == [300.0]


@pytest.fixture
def relabelled():
    """Give the session's default collection another label for the test."""
    import secretstorage

    def relabel(label: str) -> None:
        with closing(secretstorage.dbus_init()) as connection:
            secretstorage.get_default_collection(connection).set_label(label)

    yield relabel
    relabel("Login")


def test_a_collection_without_a_label_is_described_without_one(relabelled):
    from keyring.backends.SecretService import Keyring

    relabelled("")
    assert collection_label() is None
    assert describe_storage(Keyring()) == "Secret Service keyring"
    relabelled("Work")
    assert describe_storage(Keyring()) == "Secret Service keyring (Work)"


def test_without_a_keyring_service_unlocking_says_what_to_start(monkeypatch):
    from keyring.backends.SecretService import Keyring

    from tokenmgr.errors import KeyringUnavailableError

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    with pytest.raises(KeyringUnavailableError) as info:
        unlock_default_collection()
    assert str(info.value) == "No keyring service is running: start GNOME Keyring or KWallet."
    assert collection_label() is None
    assert describe_storage(Keyring()) == "Secret Service keyring"


def test_other_backends_are_described_by_their_display_name():
    from keyring.backends import null

    class Nameless:
        name = ""

    assert describe_storage(null.Keyring()) == "null Keyring"
    assert describe_storage(Nameless()) == "Nameless"
    assert describe_storage(object()) == "object"


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={directory}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def bus_without_a_keyring(tmp_path, monkeypatch):
    """A session bus of its own on which no Secret Service runs or can be started."""
    import subprocess

    (tmp_path / "bus.conf").write_text(BUS_CONFIG.format(directory=tmp_path))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={tmp_path / 'bus.conf'}", "--nofork",
         "--print-address=1"], stdout=subprocess.PIPE, text=True)
    try:
        assert daemon.stdout is not None
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", daemon.stdout.readline().strip())
        yield
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()  # type: ignore[union-attr]


def test_a_session_without_a_keyring_service_has_no_collection_to_unlock(
        bus_without_a_keyring):
    from keyring.backends.SecretService import Keyring

    from tokenmgr.errors import KeyringUnavailableError

    with pytest.raises(KeyringUnavailableError) as info:
        unlock_default_collection()
    assert str(info.value) == "The keyring service has no default collection to unlock."
    assert collection_label() is None
    assert describe_storage(Keyring()) == "Secret Service keyring"
