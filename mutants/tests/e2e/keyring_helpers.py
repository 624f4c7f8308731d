"""Look at (and clean) tokenmgr's items in the real Secret Service of the test session."""

from __future__ import annotations

from contextlib import closing

SERVICE = "tokenmgr"


def _items():
    import secretstorage

    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    return connection, list(collection.search_items({"service": SERVICE}))


def secret_service_items() -> list[str]:
    """The keyring 'usernames' (entry names) tokenmgr stored, sorted."""
    connection, items = _items()
    with closing(connection):
        return sorted(item.get_attributes().get("username", "") for item in items)


def secret_service_value(name: str) -> str | None:
    connection, items = _items()
    with closing(connection):
        for item in items:
            if item.get_attributes().get("username") == name:
                return item.get_secret().decode()
    return None


def wipe_tokenmgr_items() -> None:
    connection, items = _items()
    with closing(connection):
        for item in items:
            item.delete()
