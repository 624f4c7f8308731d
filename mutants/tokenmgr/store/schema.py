"""The stored shapes: ``Account`` (secret, one keyring entry each) and the index.

Layout under the keyring service ``tokenmgr`` (documented in the README):

- ``index``: ``{"version": 1, "accounts": [AccountSummary...]}`` — no secrets;
  one read lists every account with its state, so start-up and ``list`` never
  read one entry per account;
- ``account/<provider>/<account id>``: ``{"version": 1, ...Account}`` with the
  token set;
- ``client-secret/<provider>``: the client secret as a plain string.

Unknown versions and wrong shapes raise ``EntryCorruptError``; the entry is
left as it was.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from tokenmgr.errors import EntryCorruptError
from tokenmgr.values.keys import AccountKey, account_key
from tokenmgr.values.tokens import TokenSet

SCHEMA_VERSION = 1
STATUS_ACTIVE = "active"
STATUS_NEEDS_RECONNECT = "needs_reconnect"
STATUSES = (STATUS_ACTIVE, STATUS_NEEDS_RECONNECT)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_account_entry_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_account_entry_name__mutmut)
def account_entry_name(key: str) -> str:
    provider_id, _, account_id = key.partition(":")
    return f"account/{provider_id}/{account_id}"


def x_account_entry_name__mutmut_orig(key: str) -> str:
    provider_id, _, account_id = key.partition(":")
    return f"account/{provider_id}/{account_id}"


def x_account_entry_name__mutmut_1(key: str) -> str:
    provider_id, _, account_id = None
    return f"account/{provider_id}/{account_id}"


def x_account_entry_name__mutmut_2(key: str) -> str:
    provider_id, _, account_id = key.partition(None)
    return f"account/{provider_id}/{account_id}"


def x_account_entry_name__mutmut_3(key: str) -> str:
    provider_id, _, account_id = key.rpartition(":")
    return f"account/{provider_id}/{account_id}"


def x_account_entry_name__mutmut_4(key: str) -> str:
    provider_id, _, account_id = key.partition("XX:XX")
    return f"account/{provider_id}/{account_id}"

mutants_x_account_entry_name__mutmut['_mutmut_orig'] = x_account_entry_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_account_entry_name__mutmut['x_account_entry_name__mutmut_1'] = x_account_entry_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_account_entry_name__mutmut['x_account_entry_name__mutmut_2'] = x_account_entry_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_account_entry_name__mutmut['x_account_entry_name__mutmut_3'] = x_account_entry_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_account_entry_name__mutmut['x_account_entry_name__mutmut_4'] = x_account_entry_name__mutmut_4 # type: ignore # mutmut generated


def client_secret_entry_name(provider_id: str) -> str:
    return f"client-secret/{provider_id}"


INDEX_ENTRY = "index"
mutants_xǁAccountSummaryǁto_dict__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountSummaryǁfrom_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class AccountSummary:
    """What the list shows: everything about an account except its secrets."""

    provider_id: str
    account_id: str
    name: str
    status: str = STATUS_ACTIVE
    expires_at: float | None = None
    scopes: tuple[str, ...] = ()
    token_type: str = "Bearer"
    has_refresh_token: bool = False
    connected_at: float = 0.0
    refreshed_at: float | None = None
    last_error: str | None = None

    @property
    def key(self) -> AccountKey:
        return account_key(self.provider_id, self.account_id)

    @_mutmut_mutated(mutants_xǁAccountSummaryǁto_dict__mutmut)
    def to_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_orig(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXproviderXX": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_2(self) -> dict[str, Any]:
        return {
            "PROVIDER": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_3(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "XXaccount_idXX": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_4(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "ACCOUNT_ID": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_5(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "XXnameXX": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_6(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "NAME": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_7(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "XXstatusXX": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_8(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "STATUS": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_9(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "XXexpires_atXX": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_10(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "EXPIRES_AT": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_11(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "XXscopesXX": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_12(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "SCOPES": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_13(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(None),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_14(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "XXtoken_typeXX": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_15(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "TOKEN_TYPE": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_16(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "XXhas_refresh_tokenXX": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_17(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "HAS_REFRESH_TOKEN": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_18(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "XXconnected_atXX": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_19(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "CONNECTED_AT": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_20(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "XXrefreshed_atXX": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_21(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "REFRESHED_AT": self.refreshed_at,
            "last_error": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_22(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "XXlast_errorXX": self.last_error,
        }

    def xǁAccountSummaryǁto_dict__mutmut_23(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "LAST_ERROR": self.last_error,
        }

    @classmethod
    @_mutmut_mutated(mutants_xǁAccountSummaryǁfrom_dict__mutmut, is_classmethod = True)
    def from_dict(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_orig(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_1(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = None
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_2(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get(None, STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_3(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", None)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_4(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get(STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_5(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", )
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_6(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("XXstatusXX", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_7(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("STATUS", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_8(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_9(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError(None)
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_10(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("XXstatusXX")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_11(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("STATUS")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_12(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=None, account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_13(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=None,
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_14(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=None, status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_15(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=None,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_16(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=None,
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_17(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=None,
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_18(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=None,
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_19(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=None,
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_20(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=None,
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_21(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=None,
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_22(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_23(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_24(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_25(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_26(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_27(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_28(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_29(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_30(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_31(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_32(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_33(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_34(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(None, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_35(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, None), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_36(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str("provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_37(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, ), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_38(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "XXproviderXX"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_39(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "PROVIDER"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_40(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(None, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_41(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, None),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_42(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str("account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_43(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, ),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_44(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "XXaccount_idXX"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_45(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "ACCOUNT_ID"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_46(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(None, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_47(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, None), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_48(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str("name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_49(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, ), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_50(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "XXnameXX"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_51(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "NAME"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_52(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(None),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_53(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get(None)),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_54(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("XXexpires_atXX")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_55(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("EXPIRES_AT")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_56(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(None),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_57(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(None) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_58(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") and ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_59(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get(None) or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_60(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("XXscopesXX") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_61(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("SCOPES") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_62(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(None),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_63(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") and "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_64(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get(None) or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_65(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("XXtoken_typeXX") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_66(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("TOKEN_TYPE") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_67(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "XXBearerXX"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_68(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_69(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "BEARER"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_70(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(None),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_71(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get(None)),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_72(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("XXhas_refresh_tokenXX")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_73(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("HAS_REFRESH_TOKEN")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_74(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(None),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_75(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") and 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_76(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get(None) or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_77(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("XXconnected_atXX") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_78(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("CONNECTED_AT") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_79(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 1.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_80(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(None),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_81(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get(None)),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_82(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("XXrefreshed_atXX")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_83(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("REFRESHED_AT")),
            last_error=d.get("last_error") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_84(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if (isinstance(d.get("last_error"), str)) and False else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_85(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("last_error") if (isinstance(d.get("last_error"), str)) or True else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_86(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get(None) if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_87(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("XXlast_errorXX") if isinstance(d.get("last_error"), str) else None,
        )

    @classmethod
    def xǁAccountSummaryǁfrom_dict__mutmut_88(cls, d: Mapping[str, Any]) -> AccountSummary:
        status = d.get("status", STATUS_ACTIVE)
        if status not in STATUSES:
            raise ValueError("status")
        return cls(
            provider_id=_str(d, "provider"), account_id=_str(d, "account_id"),
            name=_str(d, "name"), status=status,
            expires_at=_opt_float(d.get("expires_at")),
            scopes=tuple(str(s) for s in d.get("scopes") or ()),
            token_type=str(d.get("token_type") or "Bearer"),
            has_refresh_token=bool(d.get("has_refresh_token")),
            connected_at=float(d.get("connected_at") or 0.0),
            refreshed_at=_opt_float(d.get("refreshed_at")),
            last_error=d.get("LAST_ERROR") if isinstance(d.get("last_error"), str) else None,
        )

mutants_xǁAccountSummaryǁto_dict__mutmut['_mutmut_orig'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_1'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_2'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_3'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_4'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_5'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_6'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_7'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_8'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_9'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_10'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_11'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_12'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_13'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_14'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_15'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_16'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_17'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_18'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_19'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_20'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_21'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_22'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁto_dict__mutmut['xǁAccountSummaryǁto_dict__mutmut_23'] = AccountSummary.xǁAccountSummaryǁto_dict__mutmut_23 # type: ignore # mutmut generated

mutants_xǁAccountSummaryǁfrom_dict__mutmut['_mutmut_orig'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_1'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_2'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_3'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_4'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_5'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_6'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_7'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_8'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_9'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_10'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_11'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_12'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_13'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_14'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_15'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_16'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_17'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_18'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_19'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_20'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_21'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_22'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_23'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_24'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_25'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_26'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_27'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_28'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_29'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_30'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_31'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_32'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_33'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_34'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_35'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_35 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_36'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_36 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_37'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_37 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_38'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_38 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_39'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_39 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_40'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_40 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_41'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_41 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_42'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_42 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_43'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_43 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_44'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_44 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_45'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_45 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_46'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_46 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_47'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_47 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_48'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_48 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_49'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_49 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_50'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_50 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_51'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_51 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_52'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_52 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_53'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_53 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_54'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_54 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_55'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_55 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_56'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_56 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_57'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_57 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_58'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_58 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_59'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_59 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_60'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_60 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_61'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_61 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_62'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_62 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_63'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_63 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_64'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_64 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_65'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_65 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_66'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_66 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_67'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_67 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_68'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_68 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_69'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_69 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_70'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_70 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_71'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_71 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_72'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_72 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_73'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_73 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_74'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_74 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_75'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_75 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_76'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_76 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_77'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_77 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_78'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_78 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_79'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_79 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_80'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_80 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_81'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_81 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_82'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_82 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_83'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_83 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_84'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_84 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_85'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_85 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_86'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_86 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_87'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_87 # type: ignore # mutmut generated
mutants_xǁAccountSummaryǁfrom_dict__mutmut['xǁAccountSummaryǁfrom_dict__mutmut_88'] = AccountSummary.xǁAccountSummaryǁfrom_dict__mutmut_88 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountǁto_json__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountǁfrom_json__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Account:
    provider_id: str
    account_id: str
    name: str
    tokens: TokenSet
    profile: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    redirect_uri: str | None = None
    status: str = STATUS_ACTIVE
    connected_at: float = 0.0
    refreshed_at: float | None = None
    last_error: str | None = None

    @property
    def key(self) -> AccountKey:
        return account_key(self.provider_id, self.account_id)

    @_mutmut_mutated(mutants_xǁAccountǁsummary__mutmut)
    def summary(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_orig(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_1(self) -> AccountSummary:
        return AccountSummary(
            provider_id=None, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_2(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=None, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_3(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=None,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_4(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=None, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_5(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=None, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_6(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=None,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_7(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=None,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_8(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_9(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=None, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_10(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=None,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_11(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=None,
        )

    def xǁAccountǁsummary__mutmut_12(self) -> AccountSummary:
        return AccountSummary(
            account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_13(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_14(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_15(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_16(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_17(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_18(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_19(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_20(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_21(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, last_error=self.last_error,
        )

    def xǁAccountǁsummary__mutmut_22(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            )

    def xǁAccountǁsummary__mutmut_23(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    @_mutmut_mutated(mutants_xǁAccountǁto_json__mutmut)
    def to_json(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_orig(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_1(self) -> str:
        return json.dumps(None, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_2(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=None, sort_keys=True)

    def xǁAccountǁto_json__mutmut_3(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=None)

    def xǁAccountǁto_json__mutmut_4(self) -> str:
        return json.dumps(separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_5(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, sort_keys=True)

    def xǁAccountǁto_json__mutmut_6(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), )

    def xǁAccountǁto_json__mutmut_7(self) -> str:
        return json.dumps({
            "XXversionXX": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_8(self) -> str:
        return json.dumps({
            "VERSION": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_9(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "XXkindXX": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_10(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "KIND": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_11(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "XXaccountXX",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_12(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "ACCOUNT",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_13(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_14(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("XXexpires_atXX", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_15(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("EXPIRES_AT", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_16(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "XXscopesXX", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_17(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "SCOPES", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_18(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "XXtoken_typeXX", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_19(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "TOKEN_TYPE", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_20(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "XXhas_refresh_tokenXX")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_21(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "HAS_REFRESH_TOKEN")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_22(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "XXprofileXX": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_23(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "PROFILE": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_24(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(None), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_25(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "XXredirect_uriXX": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_26(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "REDIRECT_URI": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_27(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "XXtokensXX": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_28(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "TOKENS": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_29(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=("XX,XX", ":"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_30(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", "XX:XX"), sort_keys=True)

    def xǁAccountǁto_json__mutmut_31(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=False)

    @classmethod
    @_mutmut_mutated(mutants_xǁAccountǁfrom_json__mutmut, is_classmethod = True)
    def from_json(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_orig(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_1(cls, text: str, entry: str) -> Account:
        data = None
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_2(cls, text: str, entry: str) -> Account:
        data = _load_versioned(None, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_3(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, None)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_4(cls, text: str, entry: str) -> Account:
        data = _load_versioned(entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_5(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, )
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_6(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get(None) != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_7(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("XXkindXX") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_8(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("KIND") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_9(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") == "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_10(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "XXaccountXX":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_11(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "ACCOUNT":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_12(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError(None)
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_13(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("XXkindXX")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_14(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("KIND")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_15(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = None
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_16(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(None)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_17(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = None
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_18(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") and {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_19(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get(None) or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_20(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("XXprofileXX") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_21(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("PROFILE") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_22(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_23(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError(None)
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_24(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("XXprofileXX")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_25(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("PROFILE")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_26(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = None
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_27(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get(None)
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_28(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("XXredirect_uriXX")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_29(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("REDIRECT_URI")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_30(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=None, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_31(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=None,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_32(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=None, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_33(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=None,
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_34(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=None,
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_35(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_36(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=None, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_37(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=None,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_38(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=None, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_39(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_40(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_41(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_42(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_43(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_44(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_45(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_46(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_47(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_48(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_49(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_50(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(None),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_51(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["XXtokensXX"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_52(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["TOKENS"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_53(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType(None),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_54(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(None): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_55(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(None) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_56(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if (isinstance(redirect_uri, str)) and False else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_57(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if (isinstance(redirect_uri, str)) or True else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_58(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                None) from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_59(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(None)[:40]!r}); it was left untouched.") from None

    @classmethod
    def xǁAccountǁfrom_json__mutmut_60(cls, text: str, entry: str) -> Account:
        data = _load_versioned(text, entry)
        try:
            if data.get("kind") != "account":
                raise ValueError("kind")
            summary = AccountSummary.from_dict(data)
            profile = data.get("profile") or {}
            if not isinstance(profile, dict):
                raise ValueError("profile")
            redirect_uri = data.get("redirect_uri")
            return cls(
                provider_id=summary.provider_id, account_id=summary.account_id,
                name=summary.name, tokens=TokenSet.from_dict(data["tokens"]),
                profile=MappingProxyType({str(k): str(v) for k, v in profile.items()}),
                redirect_uri=redirect_uri if isinstance(redirect_uri, str) else None,
                status=summary.status, connected_at=summary.connected_at,
                refreshed_at=summary.refreshed_at, last_error=summary.last_error,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EntryCorruptError(
                f"The keyring entry {entry!r} has an unexpected shape ({exc.__class__.__name__} "
                f"at {str(exc)[:41]!r}); it was left untouched.") from None

mutants_xǁAccountǁsummary__mutmut['_mutmut_orig'] = Account.xǁAccountǁsummary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_1'] = Account.xǁAccountǁsummary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_2'] = Account.xǁAccountǁsummary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_3'] = Account.xǁAccountǁsummary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_4'] = Account.xǁAccountǁsummary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_5'] = Account.xǁAccountǁsummary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_6'] = Account.xǁAccountǁsummary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_7'] = Account.xǁAccountǁsummary__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_8'] = Account.xǁAccountǁsummary__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_9'] = Account.xǁAccountǁsummary__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_10'] = Account.xǁAccountǁsummary__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_11'] = Account.xǁAccountǁsummary__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_12'] = Account.xǁAccountǁsummary__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_13'] = Account.xǁAccountǁsummary__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_14'] = Account.xǁAccountǁsummary__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_15'] = Account.xǁAccountǁsummary__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_16'] = Account.xǁAccountǁsummary__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_17'] = Account.xǁAccountǁsummary__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_18'] = Account.xǁAccountǁsummary__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_19'] = Account.xǁAccountǁsummary__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_20'] = Account.xǁAccountǁsummary__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_21'] = Account.xǁAccountǁsummary__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_22'] = Account.xǁAccountǁsummary__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountǁsummary__mutmut['xǁAccountǁsummary__mutmut_23'] = Account.xǁAccountǁsummary__mutmut_23 # type: ignore # mutmut generated

mutants_xǁAccountǁto_json__mutmut['_mutmut_orig'] = Account.xǁAccountǁto_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_1'] = Account.xǁAccountǁto_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_2'] = Account.xǁAccountǁto_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_3'] = Account.xǁAccountǁto_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_4'] = Account.xǁAccountǁto_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_5'] = Account.xǁAccountǁto_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_6'] = Account.xǁAccountǁto_json__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_7'] = Account.xǁAccountǁto_json__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_8'] = Account.xǁAccountǁto_json__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_9'] = Account.xǁAccountǁto_json__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_10'] = Account.xǁAccountǁto_json__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_11'] = Account.xǁAccountǁto_json__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_12'] = Account.xǁAccountǁto_json__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_13'] = Account.xǁAccountǁto_json__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_14'] = Account.xǁAccountǁto_json__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_15'] = Account.xǁAccountǁto_json__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_16'] = Account.xǁAccountǁto_json__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_17'] = Account.xǁAccountǁto_json__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_18'] = Account.xǁAccountǁto_json__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_19'] = Account.xǁAccountǁto_json__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_20'] = Account.xǁAccountǁto_json__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_21'] = Account.xǁAccountǁto_json__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_22'] = Account.xǁAccountǁto_json__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_23'] = Account.xǁAccountǁto_json__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_24'] = Account.xǁAccountǁto_json__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_25'] = Account.xǁAccountǁto_json__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_26'] = Account.xǁAccountǁto_json__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_27'] = Account.xǁAccountǁto_json__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_28'] = Account.xǁAccountǁto_json__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_29'] = Account.xǁAccountǁto_json__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_30'] = Account.xǁAccountǁto_json__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAccountǁto_json__mutmut['xǁAccountǁto_json__mutmut_31'] = Account.xǁAccountǁto_json__mutmut_31 # type: ignore # mutmut generated

mutants_xǁAccountǁfrom_json__mutmut['_mutmut_orig'] = Account.xǁAccountǁfrom_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_1'] = Account.xǁAccountǁfrom_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_2'] = Account.xǁAccountǁfrom_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_3'] = Account.xǁAccountǁfrom_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_4'] = Account.xǁAccountǁfrom_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_5'] = Account.xǁAccountǁfrom_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_6'] = Account.xǁAccountǁfrom_json__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_7'] = Account.xǁAccountǁfrom_json__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_8'] = Account.xǁAccountǁfrom_json__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_9'] = Account.xǁAccountǁfrom_json__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_10'] = Account.xǁAccountǁfrom_json__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_11'] = Account.xǁAccountǁfrom_json__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_12'] = Account.xǁAccountǁfrom_json__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_13'] = Account.xǁAccountǁfrom_json__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_14'] = Account.xǁAccountǁfrom_json__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_15'] = Account.xǁAccountǁfrom_json__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_16'] = Account.xǁAccountǁfrom_json__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_17'] = Account.xǁAccountǁfrom_json__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_18'] = Account.xǁAccountǁfrom_json__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_19'] = Account.xǁAccountǁfrom_json__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_20'] = Account.xǁAccountǁfrom_json__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_21'] = Account.xǁAccountǁfrom_json__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_22'] = Account.xǁAccountǁfrom_json__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_23'] = Account.xǁAccountǁfrom_json__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_24'] = Account.xǁAccountǁfrom_json__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_25'] = Account.xǁAccountǁfrom_json__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_26'] = Account.xǁAccountǁfrom_json__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_27'] = Account.xǁAccountǁfrom_json__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_28'] = Account.xǁAccountǁfrom_json__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_29'] = Account.xǁAccountǁfrom_json__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_30'] = Account.xǁAccountǁfrom_json__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_31'] = Account.xǁAccountǁfrom_json__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_32'] = Account.xǁAccountǁfrom_json__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_33'] = Account.xǁAccountǁfrom_json__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_34'] = Account.xǁAccountǁfrom_json__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_35'] = Account.xǁAccountǁfrom_json__mutmut_35 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_36'] = Account.xǁAccountǁfrom_json__mutmut_36 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_37'] = Account.xǁAccountǁfrom_json__mutmut_37 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_38'] = Account.xǁAccountǁfrom_json__mutmut_38 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_39'] = Account.xǁAccountǁfrom_json__mutmut_39 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_40'] = Account.xǁAccountǁfrom_json__mutmut_40 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_41'] = Account.xǁAccountǁfrom_json__mutmut_41 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_42'] = Account.xǁAccountǁfrom_json__mutmut_42 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_43'] = Account.xǁAccountǁfrom_json__mutmut_43 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_44'] = Account.xǁAccountǁfrom_json__mutmut_44 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_45'] = Account.xǁAccountǁfrom_json__mutmut_45 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_46'] = Account.xǁAccountǁfrom_json__mutmut_46 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_47'] = Account.xǁAccountǁfrom_json__mutmut_47 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_48'] = Account.xǁAccountǁfrom_json__mutmut_48 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_49'] = Account.xǁAccountǁfrom_json__mutmut_49 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_50'] = Account.xǁAccountǁfrom_json__mutmut_50 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_51'] = Account.xǁAccountǁfrom_json__mutmut_51 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_52'] = Account.xǁAccountǁfrom_json__mutmut_52 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_53'] = Account.xǁAccountǁfrom_json__mutmut_53 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_54'] = Account.xǁAccountǁfrom_json__mutmut_54 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_55'] = Account.xǁAccountǁfrom_json__mutmut_55 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_56'] = Account.xǁAccountǁfrom_json__mutmut_56 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_57'] = Account.xǁAccountǁfrom_json__mutmut_57 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_58'] = Account.xǁAccountǁfrom_json__mutmut_58 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_59'] = Account.xǁAccountǁfrom_json__mutmut_59 # type: ignore # mutmut generated
mutants_xǁAccountǁfrom_json__mutmut['xǁAccountǁfrom_json__mutmut_60'] = Account.xǁAccountǁfrom_json__mutmut_60 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_encode_index__mutmut)
def encode_index(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_orig(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_1(summaries: list[AccountSummary]) -> str:
    return json.dumps(None,
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_2(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=None, sort_keys=True)


def x_encode_index__mutmut_3(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=None)


def x_encode_index__mutmut_4(summaries: list[AccountSummary]) -> str:
    return json.dumps(separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_5(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      sort_keys=True)


def x_encode_index__mutmut_6(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), )


def x_encode_index__mutmut_7(summaries: list[AccountSummary]) -> str:
    return json.dumps({"XXversionXX": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_8(summaries: list[AccountSummary]) -> str:
    return json.dumps({"VERSION": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_9(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "XXkindXX": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_10(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "KIND": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_11(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "XXindexXX",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_12(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "INDEX",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_13(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "XXaccountsXX": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_14(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "ACCOUNTS": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


def x_encode_index__mutmut_15(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=("XX,XX", ":"), sort_keys=True)


def x_encode_index__mutmut_16(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", "XX:XX"), sort_keys=True)


def x_encode_index__mutmut_17(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=False)

mutants_x_encode_index__mutmut['_mutmut_orig'] = x_encode_index__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_1'] = x_encode_index__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_2'] = x_encode_index__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_3'] = x_encode_index__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_4'] = x_encode_index__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_5'] = x_encode_index__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_6'] = x_encode_index__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_7'] = x_encode_index__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_8'] = x_encode_index__mutmut_8 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_9'] = x_encode_index__mutmut_9 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_10'] = x_encode_index__mutmut_10 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_11'] = x_encode_index__mutmut_11 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_12'] = x_encode_index__mutmut_12 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_13'] = x_encode_index__mutmut_13 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_14'] = x_encode_index__mutmut_14 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_15'] = x_encode_index__mutmut_15 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_16'] = x_encode_index__mutmut_16 # type: ignore # mutmut generated
mutants_x_encode_index__mutmut['x_encode_index__mutmut_17'] = x_encode_index__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_index__mutmut)
def decode_index(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_orig(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_1(text: str | None) -> list[AccountSummary]:
    if text is not None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_2(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = None
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_3(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(None, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_4(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, None)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_5(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_6(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, )
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_7(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" and not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_8(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get(None) != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_9(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("XXkindXX") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_10(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("KIND") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_11(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") == "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_12(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "XXindexXX" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_13(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "INDEX" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_14(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_15(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError(None)
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_16(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("XXaccountsXX")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_17(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("ACCOUNTS")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_18(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(None) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_19(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["XXaccountsXX"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_20(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["ACCOUNTS"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "it was left untouched.") from None


def x_decode_index__mutmut_21(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            None) from None


def x_decode_index__mutmut_22(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "XXit was left untouched.XX") from None


def x_decode_index__mutmut_23(text: str | None) -> list[AccountSummary]:
    if text is None:
        return []
    data = _load_versioned(text, INDEX_ENTRY)
    try:
        if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
            raise ValueError("accounts")
        return [AccountSummary.from_dict(item) for item in data["accounts"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EntryCorruptError(
            f"The keyring's account index has an unexpected shape ({exc.__class__.__name__}); "
            "IT WAS LEFT UNTOUCHED.") from None

mutants_x_decode_index__mutmut['_mutmut_orig'] = x_decode_index__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_1'] = x_decode_index__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_2'] = x_decode_index__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_3'] = x_decode_index__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_4'] = x_decode_index__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_5'] = x_decode_index__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_6'] = x_decode_index__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_7'] = x_decode_index__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_8'] = x_decode_index__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_9'] = x_decode_index__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_10'] = x_decode_index__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_11'] = x_decode_index__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_12'] = x_decode_index__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_13'] = x_decode_index__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_14'] = x_decode_index__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_15'] = x_decode_index__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_16'] = x_decode_index__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_17'] = x_decode_index__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_18'] = x_decode_index__mutmut_18 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_19'] = x_decode_index__mutmut_19 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_20'] = x_decode_index__mutmut_20 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_21'] = x_decode_index__mutmut_21 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_22'] = x_decode_index__mutmut_22 # type: ignore # mutmut generated
mutants_x_decode_index__mutmut['x_decode_index__mutmut_23'] = x_decode_index__mutmut_23 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__load_versioned__mutmut)
def _load_versioned(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_orig(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_1(text: str, entry: str) -> dict[str, Any]:
    try:
        data = None
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_2(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(None)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_3(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            None) from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_4(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_5(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(None)
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_6(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get(None) != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_7(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("XXversionXX") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_8(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("VERSION") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_9(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") == SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_10(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            None)
    return data


def x__load_versioned__mutmut_11(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(None)[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_12(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get(None))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_13(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('XXversionXX'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_14(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('VERSION'))[:10]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data


def x__load_versioned__mutmut_15(text: str, entry: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} is not valid JSON; it was left untouched.") from None
    if not isinstance(data, dict):
        raise EntryCorruptError(f"The keyring entry {entry!r} is not a JSON object.")
    if data.get("version") != SCHEMA_VERSION:
        raise EntryCorruptError(
            f"The keyring entry {entry!r} has version {str(data.get('version'))[:11]!r}, "
            f"this tokenmgr reads version {SCHEMA_VERSION}; it was left untouched.")
    return data

mutants_x__load_versioned__mutmut['_mutmut_orig'] = x__load_versioned__mutmut_orig # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_1'] = x__load_versioned__mutmut_1 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_2'] = x__load_versioned__mutmut_2 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_3'] = x__load_versioned__mutmut_3 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_4'] = x__load_versioned__mutmut_4 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_5'] = x__load_versioned__mutmut_5 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_6'] = x__load_versioned__mutmut_6 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_7'] = x__load_versioned__mutmut_7 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_8'] = x__load_versioned__mutmut_8 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_9'] = x__load_versioned__mutmut_9 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_10'] = x__load_versioned__mutmut_10 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_11'] = x__load_versioned__mutmut_11 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_12'] = x__load_versioned__mutmut_12 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_13'] = x__load_versioned__mutmut_13 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_14'] = x__load_versioned__mutmut_14 # type: ignore # mutmut generated
mutants_x__load_versioned__mutmut['x__load_versioned__mutmut_15'] = x__load_versioned__mutmut_15 # type: ignore # mutmut generated
mutants_x__str__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__str__mutmut)
def _str(d: Mapping[str, Any], key: str) -> str:
    value = d[key]
    if not isinstance(value, str) or not value:
        raise ValueError(key)
    return value


def x__str__mutmut_orig(d: Mapping[str, Any], key: str) -> str:
    value = d[key]
    if not isinstance(value, str) or not value:
        raise ValueError(key)
    return value


def x__str__mutmut_1(d: Mapping[str, Any], key: str) -> str:
    value = None
    if not isinstance(value, str) or not value:
        raise ValueError(key)
    return value


def x__str__mutmut_2(d: Mapping[str, Any], key: str) -> str:
    value = d[key]
    if not isinstance(value, str) and not value:
        raise ValueError(key)
    return value


def x__str__mutmut_3(d: Mapping[str, Any], key: str) -> str:
    value = d[key]
    if isinstance(value, str) or not value:
        raise ValueError(key)
    return value


def x__str__mutmut_4(d: Mapping[str, Any], key: str) -> str:
    value = d[key]
    if not isinstance(value, str) or value:
        raise ValueError(key)
    return value


def x__str__mutmut_5(d: Mapping[str, Any], key: str) -> str:
    value = d[key]
    if not isinstance(value, str) or not value:
        raise ValueError(None)
    return value

mutants_x__str__mutmut['_mutmut_orig'] = x__str__mutmut_orig # type: ignore # mutmut generated
mutants_x__str__mutmut['x__str__mutmut_1'] = x__str__mutmut_1 # type: ignore # mutmut generated
mutants_x__str__mutmut['x__str__mutmut_2'] = x__str__mutmut_2 # type: ignore # mutmut generated
mutants_x__str__mutmut['x__str__mutmut_3'] = x__str__mutmut_3 # type: ignore # mutmut generated
mutants_x__str__mutmut['x__str__mutmut_4'] = x__str__mutmut_4 # type: ignore # mutmut generated
mutants_x__str__mutmut['x__str__mutmut_5'] = x__str__mutmut_5 # type: ignore # mutmut generated
mutants_x__opt_float__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__opt_float__mutmut)
def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def x__opt_float__mutmut_orig(value: Any) -> float | None:
    return None if value is None else float(value)


def x__opt_float__mutmut_1(value: Any) -> float | None:
    return None if (value is None) and False else float(value)


def x__opt_float__mutmut_2(value: Any) -> float | None:
    return None if (value is None) or True else float(value)


def x__opt_float__mutmut_3(value: Any) -> float | None:
    return None if value is not None else float(value)


def x__opt_float__mutmut_4(value: Any) -> float | None:
    return None if value is None else float(None)

mutants_x__opt_float__mutmut['_mutmut_orig'] = x__opt_float__mutmut_orig # type: ignore # mutmut generated
mutants_x__opt_float__mutmut['x__opt_float__mutmut_1'] = x__opt_float__mutmut_1 # type: ignore # mutmut generated
mutants_x__opt_float__mutmut['x__opt_float__mutmut_2'] = x__opt_float__mutmut_2 # type: ignore # mutmut generated
mutants_x__opt_float__mutmut['x__opt_float__mutmut_3'] = x__opt_float__mutmut_3 # type: ignore # mutmut generated
mutants_x__opt_float__mutmut['x__opt_float__mutmut_4'] = x__opt_float__mutmut_4 # type: ignore # mutmut generated
