"""Lock and unlock the test session's real gnome-keyring collection.

Unlocking stands in for the user typing the password into the Secret Service's own
prompt: gnome-keyring's UnlockWithMasterPassword with the password scripts/test
started the daemon with."""

from __future__ import annotations

import gc
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

TEST_PASSWORD = b"test-keyring-password"  # scripts/test-in-session


def unlock_with_password() -> bool:
    import secretstorage
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        secret = format_secret(open_session(connection), TEST_PASSWORD, "text/plain")
        DBusAddressWrapper("/org/freedesktop/secrets",
                           "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
                           connection).call("UnlockWithMasterPassword", "o(oayays)",
                                            collection.collection_path, secret)
        return not collection.is_locked()
    finally:
        connection.close()


@contextmanager
def locked_keyring() -> Iterator[None]:
    from tokenmgr.store.unlock import lock_default_collection

    lock_default_collection()
    try:
        yield
    finally:
        unlock_with_password()  # never leave the session's keyring locked for later tests
        # keyring's SecretService backend leaves its D-Bus connection open when it
        # raises KeyringLocked (keyring 25.7, get_preferred_collection): collect those
        # sockets here instead of letting their ResourceWarning land in a later test.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
