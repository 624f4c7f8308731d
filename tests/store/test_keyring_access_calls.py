"""KeyringAccess against the real Secret Service of the test session: which calls reach the
keyring and in which order, how values over a size limit are laid out in parts, and the
exact message of every failure outcome (locked, unavailable, failed, past the deadline)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

import keyring.core
import pytest
from keyring.errors import (
    InitError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
    PasswordSetError,
)

from tests.conftest import MemoryKeyring
from tests.store.keyring_lock import locked_keyring
from tokenmgr.errors import (
    EntryCorruptError,
    KeyringLockedError,
    KeyringUnavailableError,
    StoreError,
)
from tokenmgr.store.keyring_access import CHUNK_MARK, KeyringAccess

NAME = "account/x/1"


class Recording:
    """Wraps the session's backend; records each call as (operation, entry name)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: list[tuple[str, str]] = []

    def get_password(self, service: str, name: str) -> str | None:
        self.calls.append(("get", name))
        return self.inner.get_password(service, name)

    def set_password(self, service: str, name: str, value: str) -> None:
        self.calls.append(("set", name))
        self.inner.set_password(service, name, value)

    def delete_password(self, service: str, name: str) -> None:
        self.calls.append(("delete", name))
        self.inner.delete_password(service, name)

    def take(self) -> list[tuple[str, str]]:
        calls, self.calls = self.calls, []
        return calls


@pytest.fixture
def recording(session_keyring) -> Recording:
    return Recording(session_keyring.backend)


def text(size: int) -> str:
    return "".join(chr(0x61 + i % 26) for i in range(size))


# --- plain values: one call each ----------------------------------------------------------


def test_without_a_size_limit_each_operation_is_one_call(session_keyring, recording):
    access = session_keyring.access(recording)
    access.set(NAME, text(5000))
    assert recording.take() == [("set", NAME)]
    assert session_keyring.contents() == {NAME: text(5000)}
    assert access.get(NAME) == text(5000)
    assert recording.take() == [("get", NAME)]
    assert access.delete(NAME) is True
    assert recording.take() == [("delete", NAME)]
    assert session_keyring.names() == set()
    assert access.get(NAME) is None
    assert access.delete(NAME) is False


# --- values over a size limit -------------------------------------------------------------


def head_of(value: str) -> tuple[str, int, str]:
    match = re.fullmatch(r"tokenmgr-chunks:1:([0-9a-f]{8}):(\d+)\n(.*)", value, re.DOTALL)
    assert match, value
    return match[1], int(match[2]), match[3]


def test_a_value_at_the_limit_is_stored_whole(session_keyring, recording):
    access = session_keyring.access(recording, max_chars=100)
    access.set(NAME, text(100))
    assert session_keyring.contents() == {NAME: text(100)}
    assert recording.take() == [("get", NAME), ("set", NAME)]  # any old parts to remove?


def test_a_value_over_the_limit_is_split_parts_first_head_last(session_keyring, recording):
    """The head holds the first 100 - 18 - 24 = 58 characters (room for the mark, the
    generation and the count), each part up to 100: 258 characters fit in three."""
    access = session_keyring.access(recording, max_chars=100)
    value = text(258)
    access.set(NAME, value)
    generation, count, head = head_of(session_keyring.get(NAME) or "")
    assert (count, head) == (3, value[:58])
    assert session_keyring.contents() == {
        NAME: f"{CHUNK_MARK}{generation}:3\n{value[:58]}",
        f"{NAME}#{generation}/1": value[58:158],
        f"{NAME}#{generation}/2": value[158:258],
    }
    assert recording.take() == [("get", NAME), ("set", f"{NAME}#{generation}/1"),
                                ("set", f"{NAME}#{generation}/2"), ("set", NAME)]
    assert access.get(NAME) == value
    assert recording.take() == [("get", NAME), ("get", f"{NAME}#{generation}/1"),
                                ("get", f"{NAME}#{generation}/2")]
    access.set(NAME, text(259))  # one more character: one more part
    assert head_of(session_keyring.get(NAME) or "")[1] == 4
    assert access.get(NAME) == text(259)


def test_a_new_value_gets_a_new_generation_and_the_old_parts_go_after_the_head(
        session_keyring, recording):
    access = session_keyring.access(recording, max_chars=100)
    access.set(NAME, text(200))
    old = head_of(session_keyring.get(NAME) or "")[0]
    recording.take()
    access.set(NAME, "B" * 150)
    new = head_of(session_keyring.get(NAME) or "")[0]
    assert new != old
    assert recording.take() == [("get", NAME), ("set", f"{NAME}#{new}/1"), ("set", NAME),
                                ("delete", f"{NAME}#{old}/1"), ("delete", f"{NAME}#{old}/2")]
    assert session_keyring.names() == {NAME, f"{NAME}#{new}/1"}
    assert access.get(NAME) == "B" * 150


def test_deleting_a_split_value_removes_the_head_then_every_part(session_keyring, recording):
    access = session_keyring.access(recording, max_chars=100)
    access.set(NAME, text(250))
    generation = head_of(session_keyring.get(NAME) or "")[0]
    recording.take()
    assert access.delete(NAME) is True
    assert recording.take() == [("get", NAME), ("delete", NAME),
                                ("delete", f"{NAME}#{generation}/1"),
                                ("delete", f"{NAME}#{generation}/2")]
    assert session_keyring.names() == set()
    assert access.delete(NAME) is False


def test_the_smallest_limit_that_can_split_and_one_that_cannot(session_keyring):
    access = session_keyring.access(max_chars=43)  # a head of one character
    access.set(NAME, text(130))
    assert access.get(NAME) == text(130)
    assert len(session_keyring.names()) == 4
    too_small = session_keyring.access(max_chars=42)
    with pytest.raises(StoreError) as info:
        too_small.set("account/x/2", text(43))
    assert str(info.value) == "The keyring's size limit is too small to split entries."
    assert "account/x/2" not in session_keyring.names()


def test_a_missing_part_is_named_in_the_error(session_keyring):
    access = session_keyring.access(max_chars=100)
    access.set(NAME, text(250))
    generation = head_of(session_keyring.get(NAME) or "")[0]
    session_keyring.backend.delete_password(session_keyring.service, f"{NAME}#{generation}/2")
    with pytest.raises(EntryCorruptError) as info:
        access.get(NAME)
    assert str(info.value) == (f"The keyring entry {NAME!r} is missing part 2 of 3; "
                               "it was left untouched.")


@pytest.mark.parametrize("head", [
    CHUNK_MARK + "g1:0\nhello",
    CHUNK_MARK + ":2\nhello",
    CHUNK_MARK + "g1:-2\nhello",
    CHUNK_MARK + "g1\nhello",
    CHUNK_MARK + "g:1:2\nhello",  # a generation never holds ':'
])
def test_a_damaged_part_list_is_named_in_the_error_and_left(session_keyring, head):
    session_keyring.put(NAME, head)
    for access in (session_keyring.access(), session_keyring.access(max_chars=100)):
        with pytest.raises(EntryCorruptError) as info:
            access.get(NAME)
        assert str(info.value) == (f"The keyring entry {NAME!r} has a damaged part list; "
                                   "it was left untouched.")
    with pytest.raises(EntryCorruptError) as info:
        session_keyring.access(max_chars=100).set(NAME, "new")  # cannot tell which parts
    assert str(info.value) == (f"The keyring entry {NAME!r} has a damaged part list; "
                               "it was left untouched.")
    assert session_keyring.contents() == {NAME: head}


class CredentialLocker(MemoryKeyring):
    """Stands for Windows Credential Locker: its per-secret size limit, in memory."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > 1200:
            raise PasswordSetError("the stub element is too large")
        super().set_password(service, username, password)


CredentialLocker.__module__ = "keyring.backends.Windows"
CredentialLocker.__qualname__ = "WinVaultKeyring"


def test_credential_locker_values_are_split_without_any_setting():
    locker = CredentialLocker()
    access = KeyringAccess(locker, deadline=5.0)
    access.set(NAME, text(3000))
    assert access.get(NAME) == text(3000)
    assert len(locker.items) == 3
    assert max(len(v) for v in locker.items.values()) == 1200


# --- failure outcomes: exact messages, by operation -----------------------------------------


class Raising(MemoryKeyring):
    """A backend whose every call raises the given exception."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service, username):
        raise self.exc

    def set_password(self, service, username, password):
        raise self.exc

    def delete_password(self, service, username):
        raise self.exc


def named(module: str, name: str) -> BaseException:
    return type(name, (Exception,), {"__module__": module})("detail")


OPERATIONS = {
    "read from it": lambda access: access.get(NAME),
    "write to it": lambda access: access.set(NAME, "value"),
    "delete from it": lambda access: access.delete(NAME),
}


@pytest.mark.parametrize("what", OPERATIONS)
@pytest.mark.parametrize("exc, error, message", [
    (KeyringLocked("locked"), KeyringLockedError, "The keyring is locked; could not {}."),
    (NoKeyringError("none"), KeyringUnavailableError,
     "No usable keyring (NoKeyringError); could not {}."),
    (InitError("init"), KeyringUnavailableError,
     "No usable keyring (InitError); could not {}."),
    (named("jeepney.wrappers", "DBusErrorResponse"), KeyringUnavailableError,
     "No usable keyring (DBusErrorResponse); could not {}."),
    (named("dbus.exceptions", "DBusException"), KeyringUnavailableError,  # KWallet's
     "No usable keyring (DBusException); could not {}."),
    (PasswordSetError("value: s3cret"), StoreError,
     "The keyring failed (PasswordSetError); could not {}."),
    (named("secretstorage.exceptions", "ItemNotFoundException"), StoreError,
     "The keyring failed (ItemNotFoundException); could not {}."),
], ids=["locked", "no-keyring", "init", "jeepney", "dbus", "keyring", "secretstorage"])
def test_each_keyring_failure_gets_its_outcome_and_says_what_failed(what, exc, error,
                                                                    message):
    with pytest.raises(StoreError) as info:
        OPERATIONS[what](KeyringAccess(Raising(exc), deadline=5.0))
    assert type(info.value) is error
    assert str(info.value) == message.format(what)
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.parametrize("exc", [EntryCorruptError("as it was"), ValueError("a bug")])
def test_errors_that_are_not_the_keyrings_pass_through_unchanged(exc):
    with pytest.raises(type(exc)) as info:
        KeyringAccess(Raising(exc), deadline=5.0).get(NAME)
    assert info.value is exc


def test_a_missing_entry_on_delete_is_false_not_an_error():
    assert KeyringAccess(Raising(PasswordDeleteError("gone")), deadline=5.0).delete(NAME) \
        is False


def test_the_locked_session_keyring_is_reported_as_locked(session_keyring):
    """Locked while a connection is open (the item cannot be unlocked) and when one is
    opened (the collection cannot): the prompt is dismissed here, no display."""
    access = session_keyring.access(deadline=30.0)
    access.set(NAME, "value")
    assert access.get(NAME) == "value"
    errors = []
    with locked_keyring():
        for _ in range(2):  # a failed call drops its connection: the next opens one
            with pytest.raises(KeyringLockedError) as info:
                access.get(NAME)
            errors.append(str(info.value))
    assert errors == ["The keyring is locked; could not read from it."] * 2
    assert access.get(NAME) == "value"  # unlocked again, on a fresh connection


class Hanging(MemoryKeyring):
    """A Secret Service waiting on an unlock prompt: no call returns until released."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release
        self.discarded = 0

    def get_password(self, service, username):
        self.release.wait()

    def set_password(self, service, username, password):
        self.release.wait()

    def delete_password(self, service, username):
        self.release.wait()

    def discard(self) -> None:
        self.discarded += 1


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()


@pytest.mark.parametrize("what", OPERATIONS)
def test_a_call_past_the_deadline_is_locked_and_drops_the_connection(what, release):
    backend = Hanging(release)
    with pytest.raises(KeyringLockedError) as info:
        OPERATIONS[what](KeyringAccess(backend, deadline=0.25))
    assert str(info.value) == ("The keyring did not answer within 0.25 s (is it locked, or "
                               f"is an unlock prompt waiting?). Could not {what}.")
    assert backend.discarded == 1


class Watching(Recording):
    """Records the thread each call runs on."""

    def __init__(self, inner: Any) -> None:
        super().__init__(inner)
        self.threads: list[threading.Thread] = []

    def get_password(self, service: str, name: str) -> str | None:
        self.threads.append(threading.current_thread())
        return super().get_password(service, name)


def test_calls_run_on_a_named_daemon_thread(session_keyring):
    watching = Watching(session_keyring.backend)
    session_keyring.access(watching).get(NAME)
    [thread] = watching.threads
    assert thread is not threading.current_thread()
    assert (thread.name, thread.daemon) == ("tokenmgr-keyring", True)


# --- choosing the backend -----------------------------------------------------------------


@pytest.fixture
def fresh_keyring_core(monkeypatch):
    """Forget keyring's cached backend and any choice made by the environment."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")


BROKEN_PLUGIN = '''
import keyring.backend
import keyring.errors


class Broken(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        raise keyring.errors.InitError("no device")

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        pass
'''


def test_a_backend_that_cannot_start_is_unavailable_when_the_keyring_is_opened(
        tmp_path, monkeypatch, fresh_keyring_core):
    (tmp_path / "broken_backend.py").write_text(BROKEN_PLUGIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "broken_backend.Broken")
    message = "No usable keyring (InitError); could not open the keyring."
    for use in (lambda access: access.verdict(), lambda access: access.get(NAME)):
        with pytest.raises(KeyringUnavailableError) as info:
            use(KeyringAccess(deadline=10.0))
        assert str(info.value) == message


def test_the_verdict_opens_the_keyring_once_and_names_tokenmgrs_own_backend(
        fresh_keyring_core):
    from tokenmgr.store.backend_policy import BackendVerdict
    from tokenmgr.store.secret_service import PersistentSecretService

    access = KeyringAccess(deadline=10.0)
    verdict = access.verdict()
    assert verdict == BackendVerdict("tokenmgr.store.secret_service.PersistentSecretService",
                                     accepted=True, opted_in=False)
    backend = access.backend
    assert type(backend) is PersistentSecretService
    assert access.verdict() == verdict and access.backend is backend


@pytest.fixture
def usable_elsewhere() -> Iterator[None]:
    """The Keychain and the Credential Locker, which cannot work here, report usable."""
    from keyring.backends import Windows, macOS

    classes = (macOS.Keyring, Windows.WinVaultKeyring)
    saved = [vars(cls)["priority"] for cls in classes]  # a class property: not getattr
    for cls in classes:
        cls.priority = 5  # type: ignore[misc]
    yield
    for cls, priority in zip(classes, saved, strict=True):
        cls.priority = priority  # type: ignore[misc]


@pytest.mark.parametrize("platform, desktop, expected", [
    ("linux", "GNOME", "tokenmgr.store.secret_service.PersistentSecretService"),
    ("linux", "", "tokenmgr.store.secret_service.PersistentSecretService"),
    ("freebsd14", "XFCE", "tokenmgr.store.secret_service.PersistentSecretService"),
    ("linux", "KDE", None),  # keyring prefers KWallet there: its detection decides
    ("linux", "ubuntu:kde", None),
    ("darwin", "", "keyring.backends.macOS.Keyring"),
    ("win32", "", "keyring.backends.Windows.WinVaultKeyring"),
    ("sunos5", "", None),
])
def test_the_platform_backend_is_chosen_without_detection(monkeypatch, platform, desktop,
                                                          expected, usable_elsewhere):
    from tokenmgr.store import backend_policy, keyring_access

    monkeypatch.setattr("sys.platform", platform)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", desktop)
    backend = keyring_access._platform_backend()
    assert (None if backend is None else backend_policy.backend_name(backend)) == expected


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_a_platform_backend_that_cannot_work_here_is_left_to_detection(monkeypatch,
                                                                       platform):
    from tokenmgr.store import keyring_access

    monkeypatch.setattr("sys.platform", platform)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")  # no Secret Service reachable
    assert keyring_access._platform_backend() is None


def test_where_the_platform_has_no_choice_keyrings_detection_picks(monkeypatch,
                                                                   fresh_keyring_core):
    from tokenmgr.store import keyring_access

    detected = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", detected)  # detection's pick
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    assert keyring_access.load_backend() is detected


def test_keyrings_own_secret_service_backend_is_swapped_for_the_persistent_one(
        monkeypatch, fresh_keyring_core, session_keyring):
    from keyring.backends import SecretService, null

    from tokenmgr.store import keyring_access
    from tokenmgr.store.secret_service import PersistentSecretService

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setattr(keyring.core, "get_keyring",
                        lambda: pytest.fail("full detection must not run"))
    backend = keyring_access.load_backend()
    assert type(backend) is PersistentSecretService
    backend.set_password(session_keyring.service, NAME, "through one connection")
    assert SecretService.Keyring().get_password(session_keyring.service, NAME) == \
        "through one connection"
    others = [null.Keyring(), session_keyring.backend, MemoryKeyring()]
    assert [keyring_access.persistent(b) for b in others] == others
    assert all(keyring_access.persistent(b) is b for b in others)
