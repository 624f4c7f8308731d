"""``TokenSet``: the tokens of one account, as the engines and the store share them.

A plain value (no I/O): the OAuth engine makes one from a token endpoint's
answer (``tokenmgr.oauth.tokens``), the store keeps one per account.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from tokenmgr.secret import Secret


@dataclass(frozen=True)
class TokenSet:
    access_token: Secret
    token_type: str = "Bearer"
    refresh_token: Secret | None = None
    expires_at: float | None = None
    scopes: tuple[str, ...] = ()
    obtained_at: float = 0.0
    id_token: Secret | None = None
    token_secret: Secret | None = None  # OAuth 1 token secret

    def expires_in(self, now: float) -> float | None:
        return None if self.expires_at is None else self.expires_at - now

    def needs_refresh(self, now: float, margin: float) -> bool:
        return self.expires_at is not None and self.expires_at - now <= margin

    def with_refreshed(self, newer: TokenSet) -> TokenSet:
        """Merge a refresh answer: a missing refresh token keeps the old one (SECURITY.md #15)."""
        if newer.refresh_token is None and self.refresh_token is not None:
            newer = replace(newer, refresh_token=self.refresh_token)
        if newer.id_token is None and self.id_token is not None:
            newer = replace(newer, id_token=self.id_token)
        return newer

    def to_dict(self) -> dict[str, Any]:
        def raw(s: Secret | None) -> str | None:
            return None if s is None else s.reveal()

        return {
            "access_token": self.access_token.reveal(),
            "token_type": self.token_type,
            "refresh_token": raw(self.refresh_token),
            "expires_at": self.expires_at,
            "scopes": list(self.scopes),
            "obtained_at": self.obtained_at,
            "id_token": raw(self.id_token),
            "token_secret": raw(self.token_secret),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TokenSet:
        def opt(key: str) -> Secret | None:
            value = data.get(key)
            return Secret(value) if isinstance(value, str) and value else None

        access = data["access_token"]
        if not isinstance(access, str) or not access:
            raise ValueError("access_token")
        expires_at = data.get("expires_at")
        return cls(
            access_token=Secret(access),
            token_type=str(data.get("token_type") or "Bearer"),
            refresh_token=opt("refresh_token"),
            expires_at=float(expires_at) if expires_at is not None else None,
            scopes=tuple(str(s) for s in data.get("scopes") or ()),
            obtained_at=float(data.get("obtained_at") or 0.0),
            id_token=opt("id_token"),
            token_secret=opt("token_secret"),
        )
