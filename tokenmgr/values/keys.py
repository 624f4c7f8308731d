"""``AccountKey``: the storage key of one account, ``provider_id:account_id``.

A distinct type from the selectors users type (``alice``, ``github:alice``):
a key names exactly one keyring entry and is never matched against names, so
the service has separate methods for the two and a type checker tells them apart.
"""

from __future__ import annotations

from typing import NewType

AccountKey = NewType("AccountKey", str)
# What a user types to pick an account: ``PROVIDER``, ``PROVIDER:NAME`` or
# ``PROVIDER:ACCOUNT_ID`` (exact, never a substring). Only faces make one.
Selector = NewType("Selector", str)


def account_key(provider_id: str, account_id: str) -> AccountKey:
    return AccountKey(f"{provider_id}:{account_id}")
