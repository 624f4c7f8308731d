"""Shared helpers of the service tests: a keyring that records its reads, accounts,
and a service over a loopback provider (fixtures live in tests/service/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MemoryKeyring
from tokenmgr.accounts import AccountService
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.schema import Account
from tokenmgr.store.token_store import TokenStore
from tokenmgr.values.provider import Provider

NOW = 1_700_000_000.0
ACCESS = "acc3ss-Token-0123456789abcdefghij"
REFRESH = "r3fresh-Token-0123456789abcdefghij"
NEW_ACCESS = "n3w-Access-0123456789abcdefghij"
CLIENT_SECRET = "cl1ent-Secret-0123456789abcdefghij"


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class ReadRecordingKeyring(MemoryKeyring):
    """The in-memory keyring, remembering which entries were read."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.reads.append(username)
        return super().get_password(service, username)


def make_account(account_id: str = "1001", name: str = "alice", *, provider_id: str = "acme",
                 access: str = ACCESS, refresh: str | None = REFRESH,
                 expires_at: float | None = NOW + 3600, obtained_at: float = NOW - 100,
                 scopes: tuple[str, ...] = ("read",), token_type: str = "Bearer",
                 token_secret: str | None = None) -> Account:
    tokens = TokenSet(access_token=Secret(access), token_type=token_type,
                      refresh_token=Secret(refresh) if refresh else None,
                      expires_at=expires_at, scopes=scopes, obtained_at=obtained_at,
                      token_secret=Secret(token_secret) if token_secret else None)
    return Account(provider_id=provider_id, account_id=account_id, name=name, tokens=tokens,
                   redirect_uri="http://127.0.0.1:53682/callback", connected_at=NOW - 1000)


def store_on(keyring: MemoryKeyring, tmp_path: Path, *, hint: bool = False) -> TokenStore:
    return TokenStore(KeyringAccess(keyring, deadline=5.0), tmp_path / "store.lock",
                      hint_path=tmp_path / "accounts-hint.json" if hint else None)


def service_with(store: TokenStore, *providers: Provider, clock: Clock | None = None,
                 providers_file: Path | None = None, **kw) -> AccountService:
    catalog = ProviderCatalog({p.id: p for p in providers})
    return AccountService(store, providers_file=providers_file,
                          catalog_loader=lambda: catalog, clock=clock or Clock(), **kw)
