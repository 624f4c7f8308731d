"""The Secret Service beside the keyring library: where tokens are stored, and
asking it to unlock (its own prompt; tokenmgr never sees the password).

No Qt here: the window calls these on a worker thread.
"""

from __future__ import annotations

from typing import Any

from tokenmgr.errors import KeyringLockedError, KeyringUnavailableError

UNLOCK_TIMEOUT = 300.0  # the user may take a while to type the password


def _default_collection() -> tuple[Any, Any]:
    import secretstorage

    try:
        connection = secretstorage.dbus_init()
    except Exception as exc:  # jeepney/secretstorage raise several kinds
        raise KeyringUnavailableError(
            "No keyring service is running: start GNOME Keyring or KWallet.") from exc
    try:
        return connection, secretstorage.get_default_collection(connection)
    except Exception as exc:
        connection.close()
        raise KeyringUnavailableError(
            "The keyring service has no default collection to unlock.") from exc


def unlock_default_collection(timeout: float = UNLOCK_TIMEOUT) -> bool:
    """Ask the Secret Service to unlock its default collection; ``True`` once unlocked.

    ``KeyringLockedError`` when the user dismissed the prompt or it timed out."""
    connection, collection = _default_collection()
    try:
        if not collection.is_locked():
            return True
        try:
            dismissed = collection.unlock(timeout=timeout)
        except TimeoutError:
            raise KeyringLockedError("The keyring is still locked: the unlock prompt "
                                     "was not answered.") from None
        if dismissed or collection.is_locked():
            raise KeyringLockedError("The keyring is still locked: the unlock prompt "
                                     "was dismissed.")
        return True
    finally:
        connection.close()


def lock_default_collection() -> None:
    """Lock the default collection (used by tests and a future "Lock" action)."""
    connection, collection = _default_collection()
    try:
        collection.lock()
    finally:
        connection.close()


def collection_label() -> str | None:
    """The default collection's label ("Login"), or None if it cannot be read."""
    try:
        connection, collection = _default_collection()
    except KeyringUnavailableError:
        return None
    try:
        label = collection.get_label()
        return str(label) if label else None
    except Exception:  # a label is a nicety; never fail for it
        return None
    finally:
        connection.close()


def describe_storage(backend: Any) -> str:
    """Where tokens live, in words: "Secret Service keyring (Login)"."""
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    if isinstance(backend, SecretServiceKeyring):
        label = collection_label()
        return f"Secret Service keyring ({label})" if label else "Secret Service keyring"
    return str(getattr(backend, "name", "") or type(backend).__name__)
