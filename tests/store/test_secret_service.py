"""PersistentSecretService on the session's gnome-keyring: it keeps keyring's settings when
it replaces keyring's backend, opens its own connections, and closes idle ones when told."""

from __future__ import annotations

from contextlib import closing

import pytest
from keyring.backends import SecretService

from tokenmgr.errors import KeyringUnavailableError
from tokenmgr.store.keyring_access import KeyringAccess, persistent
from tokenmgr.store.secret_service import PersistentSecretService

NOWHERE = "/org/freedesktop/secrets/collection/nowhere"
DEFAULT = "/org/freedesktop/secrets/aliases/default"


def bus_names() -> set[str]:
    """The unique names on the session bus (one per open connection), but this probe's."""
    from jeepney import DBus
    from jeepney.io.blocking import open_dbus_connection

    with closing(open_dbus_connection()) as connection:
        reply = connection.send_and_get_reply(DBus().ListNames())
        own = connection.unique_name
    return {name for name in reply.body[0] if name.startswith(":") and name != own}


@pytest.mark.parametrize("collection, works", [(DEFAULT, True), (NOWHERE, False)])
def test_the_preferred_collection_of_keyrings_backend_is_kept(session_keyring, collection,
                                                              works):
    plain = SecretService.Keyring()
    plain.preferred_collection = collection  # keyringrc.cfg / KEYRING_PROPERTY_*
    adopted = persistent(plain)
    assert type(adopted) is PersistentSecretService
    assert adopted.preferred_collection == collection
    access = KeyringAccess(adopted, service=session_keyring.service, deadline=15.0)
    if works:
        access.set("probe", "value")
        assert session_keyring.get("probe") == "value"
    else:
        with pytest.raises(KeyringUnavailableError) as info:
            access.get("probe")
        assert str(info.value) == "No usable keyring (InitError); could not read from it."


def test_an_adopted_backend_opens_connections_of_its_own(session_keyring):
    first = session_keyring.backend
    first.set_password(session_keyring.service, "a", "1")
    adopted = PersistentSecretService.adopt(first)
    before = bus_names()
    assert adopted.get_password(session_keyring.service, "a") == "1"
    assert len(bus_names() - before) == 1  # its own read connection
    first.discard()
    assert adopted.get_password(session_keyring.service, "a") == "1"  # still open
    adopted.discard()


def test_discard_closes_the_idle_connections_and_the_next_call_opens_new_ones(
        session_keyring):
    backend = session_keyring.backend
    before = bus_names()
    backend.set_password(session_keyring.service, "a", "1")
    assert backend.get_password(session_keyring.service, "a") == "1"
    opened = bus_names() - before
    assert len(opened) == 2  # one for writes, one for reads
    backend.discard()
    assert not opened & bus_names()
    assert backend.get_password(session_keyring.service, "a") == "1"
    backend.close()
    assert bus_names() <= before | opened


def test_deleting_what_is_not_there_is_keyrings_password_delete_error(session_keyring):
    from keyring.errors import PasswordDeleteError

    with pytest.raises(PasswordDeleteError):
        session_keyring.backend.delete_password(session_keyring.service, "nothing")
    session_keyring.put("x", "1")
    session_keyring.backend.delete_password(session_keyring.service, "x")
    assert session_keyring.names() == set()


def items_by_username(service: str) -> dict[str, tuple[str, dict[str, str]]]:
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        return {item.get_attributes()["username"]: (item.get_label(), item.get_attributes())
                for item in collection.search_items({"service": service})}


def test_entries_look_exactly_like_the_ones_keyring_itself_writes(session_keyring):
    """Same label and attributes: the user's keyring manager shows them alike, and either
    backend finds the other's entries."""
    SecretService.Keyring().set_password(session_keyring.service, "by-keyring", "v1")
    session_keyring.backend.set_password(session_keyring.service, "by-tokenmgr", "v2 é✓")
    items = items_by_username(session_keyring.service)
    label, attributes = items["by-tokenmgr"]
    assert label == f"Password for 'by-tokenmgr' on '{session_keyring.service}'"
    assert items["by-keyring"][0] == f"Password for 'by-keyring' on '{session_keyring.service}'"
    keys = ("service", "username", "application")  # gnome-keyring may add xdg:schema
    assert {k: attributes[k] for k in keys} == {
        "service": session_keyring.service, "username": "by-tokenmgr",
        "application": SecretService.Keyring().appid}
    assert {k: items["by-keyring"][1][k] for k in keys} == {
        "service": session_keyring.service, "username": "by-keyring",
        "application": SecretService.Keyring().appid}
    assert session_keyring.get("by-tokenmgr") == "v2 é✓"


def test_deleting_a_missing_entry_fails_as_in_keyrings_backend(session_keyring):
    from keyring.errors import PasswordDeleteError

    with pytest.raises(PasswordDeleteError) as ours:
        session_keyring.backend.delete_password(session_keyring.service, "nothing")
    with pytest.raises(PasswordDeleteError) as theirs:
        SecretService.Keyring().delete_password(session_keyring.service, "nothing")
    assert str(ours.value) == str(theirs.value) == "No such password!"


def test_a_collection_that_does_not_exist_is_an_init_error(session_keyring):
    from keyring.errors import InitError

    backend = PersistentSecretService()
    backend.preferred_collection = NOWHERE
    before = bus_names()
    with pytest.raises(InitError) as info:
        backend.get_password(session_keyring.service, "x")
    assert str(info.value).startswith("Failed to open the collection: ")
    assert bus_names() <= before  # the connection it opened was closed


def collect_garbage() -> None:
    """Collect unreachable objects; connections other tests' keyring objects left behind
    (keyring's own backend does not close them on every error) go quietly."""
    import gc
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def test_connections_close_with_the_backend(session_keyring):
    collect_garbage()
    backend = PersistentSecretService()
    before = bus_names()
    backend.set_password(session_keyring.service, "a", "1")
    assert backend.get_password(session_keyring.service, "a") == "1"
    assert len(bus_names() - before) == 2
    del backend
    collect_garbage()
    assert bus_names() <= before


def test_a_locked_collection_fails_as_in_keyrings_backend(session_keyring):
    from keyring.errors import KeyringLocked

    from tests.store.keyring_lock import locked_keyring

    messages = []
    with locked_keyring():  # the unlock prompt cannot show here: it is dismissed
        for backend in (PersistentSecretService(), SecretService.Keyring()):
            try:
                backend.get_password(session_keyring.service, "x")
            except KeyringLocked as exc:  # keyring's own leaves a connection: collected
                messages.append(str(exc))  # by locked_keyring, so no reference is kept
    assert messages == ["Failed to unlock the collection!"] * 2
