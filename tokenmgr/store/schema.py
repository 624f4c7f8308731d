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
import math
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


def account_entry_name(key: str) -> str:
    provider_id, _, account_id = key.partition(":")
    return f"account/{provider_id}/{account_id}"


def client_secret_entry_name(provider_id: str) -> str:
    return f"client-secret/{provider_id}"


INDEX_ENTRY = "index"


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider_id, "account_id": self.account_id, "name": self.name,
            "status": self.status, "expires_at": self.expires_at, "scopes": list(self.scopes),
            "token_type": self.token_type, "has_refresh_token": self.has_refresh_token,
            "connected_at": self.connected_at, "refreshed_at": self.refreshed_at,
            "last_error": self.last_error,
        }

    @classmethod
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

    def summary(self) -> AccountSummary:
        return AccountSummary(
            provider_id=self.provider_id, account_id=self.account_id, name=self.name,
            status=self.status, expires_at=self.tokens.expires_at, scopes=self.tokens.scopes,
            token_type=self.tokens.token_type,
            has_refresh_token=self.tokens.refresh_token is not None,
            connected_at=self.connected_at, refreshed_at=self.refreshed_at,
            last_error=self.last_error,
        )

    def to_json(self) -> str:
        return json.dumps({
            "version": SCHEMA_VERSION, "kind": "account",
            **{k: v for k, v in self.summary().to_dict().items()
               if k not in ("expires_at", "scopes", "token_type", "has_refresh_token")},
            "profile": dict(self.profile), "redirect_uri": self.redirect_uri,
            "tokens": self.tokens.to_dict(),
        }, separators=(",", ":"), sort_keys=True)

    @classmethod
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


def encode_index(summaries: list[AccountSummary]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "kind": "index",
                       "accounts": [s.to_dict() for s in summaries]},
                      separators=(",", ":"), sort_keys=True)


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


def decode_index_readable(text: str | None) -> tuple[list[AccountSummary], list[str]]:
    """What can be read of the index, and a reason for each entry that cannot: for
    showing a list. An unreadable index as a whole still raises; writers use
    ``decode_index``, which refuses any damage, so nothing is lost by a rewrite."""
    if text is None:
        return [], []
    data = _load_versioned(text, INDEX_ENTRY)
    if data.get("kind") != "index" or not isinstance(data.get("accounts"), list):
        raise EntryCorruptError("The keyring's account index has an unexpected shape; "
                                "it was left untouched.")
    summaries: list[AccountSummary] = []
    skipped: list[str] = []
    for position, item in enumerate(data["accounts"], start=1):
        try:
            if not isinstance(item, dict):
                raise TypeError("not an object")
            summaries.append(AccountSummary.from_dict(item))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            field = str(exc).strip("'\"")[:40]
            skipped.append(f"entry {position} ({exc.__class__.__name__} at {field!r})")
    return summaries, skipped


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


def _str(d: Mapping[str, Any], key: str) -> str:
    value = d[key]
    if not isinstance(value, str) or not value:
        raise ValueError(key)
    return value


def _opt_float(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number
