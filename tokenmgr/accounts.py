"""``AccountService``: what the window and the CLI both do with accounts.

Connect, token (fresh), refresh, revoke, disconnect and configure, on top of
the providers catalog, the OAuth engine and the store. Nothing here touches a
widget or a terminal; the network stack is imported only when needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tokenmgr.errors import (
    AccountNotFoundError,
    AmbiguousAccountError,
    InvalidGrantError,
    NeedsReconnectError,
    NotConfiguredError,
    ScopeNarrowingError,
    UnknownProviderError,
    UnsupportedError,
    UsageError,
)
from tokenmgr.secret import Secret
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, Account, AccountSummary
from tokenmgr.values.keys import AccountKey, Selector, account_key

if TYPE_CHECKING:
    from tokenmgr.oauth.flow import ConnectResult, SignInFlow
    from tokenmgr.oauth.http import HttpClient
    from tokenmgr.oauth.oauth1 import FormBody
    from tokenmgr.providers.config import ProviderCatalog
    from tokenmgr.scope_diff import ScopeChange
    from tokenmgr.store.backend_policy import BackendVerdict
    from tokenmgr.store.token_store import TokenStore
    from tokenmgr.values.provider import Provider
    from tokenmgr.values.tokens import TokenSet

DEFAULT_REFRESH_MARGIN = 300.0
_Row = TypeVar("_Row")


class ConnectJob:
    """A pending Connect: ``run()`` on a worker thread, ``cancel()`` from anywhere.

    After ``run()``, ``change`` compares requested, granted and previous scopes and
    says whether a refresh token was lost (issue 19). Unless ``replace_scopes``, a
    re-connect whose grant drops scopes the account had is refused and the account
    is left as it was."""

    def __init__(self, service: AccountService, flow: SignInFlow, *,
                 requested: tuple[str, ...] | None = None,
                 replace_scopes: bool = False) -> None:
        self._service = service
        self.flow = flow
        self.requested = requested
        self.replace_scopes = replace_scopes
        self.change: ScopeChange | None = None

    def run(self) -> Account:
        from tokenmgr.scope_diff import ScopeChange

        result = self.flow.run()
        previous = self._service.existing(result.provider_id, result.account.account_id)
        requested = (self._service.provider(result.provider_id).scopes
                     if self.requested is None else self.requested)
        change = ScopeChange(
            requested, result.tokens.scopes,
            previous.tokens.scopes if previous is not None else None,
            had_refresh_token=previous is not None and previous.tokens.refresh_token is not None,
            has_refresh_token=result.tokens.refresh_token is not None)
        if previous is not None and change.removed and not self.replace_scopes:
            raise ScopeNarrowingError(
                f"{previous.provider_id}:{previous.name} would lose "
                f"{' '.join(change.removed)} (the provider granted only "
                f"{' '.join(change.granted) or 'nothing'}); the account was left as it was. "
                "Re-run with --replace-scopes to accept the narrower grant.")
        self.change = change
        return self._service.store_connected(result)

    def cancel(self) -> None:
        self.flow.cancel()


class AccountService:
    def __init__(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
        self.metadata_cache_dir: Path | None = None  # None: the XDG cache
        self.sleep = sleep  # back-off between retries of a transient refresh failure

    # --- providers -----------------------------------------------------------

    def catalog(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    def provider(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def configure(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None,
                  settings: dict[str, str] | None = None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring;
        ``settings``: answers to what the preset asks (``base_url``, ``tenant``,
        ``issuer``), checked like the file's own values."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        values: dict[str, object] = {k: v for k, v in (settings or {}).items() if v}
        if values:
            from tokenmgr.providers.config import check_entry

            check_entry(provider_id, values)
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            values["client_id"] = client_id
        if values:
            set_provider_keys(self.providers_file, provider_id, values)
        return self.catalog(reload=True).providers[provider_id]

    def provider_missing(self, provider: Provider) -> tuple[str, ...]:
        """What the provider still lacks before it is ready (the secret: in the keyring)."""
        missing = provider.missing
        if provider.client_secret_required and self.store.client_secret(provider.id) is None:
            missing = (*missing, "client secret")
        return missing

    def save_provider(self, provider_id: str, values: dict[str, object], *, new: bool,
                      client_secret: Secret | None = None) -> Provider:
        """``providers add`` (``new``) / ``providers edit``: checked like loading, written
        to the user's providers.toml (comments kept), the secret to the keyring."""
        from tokenmgr.errors import ConfigError
        from tokenmgr.providers.config import check_entry
        from tokenmgr.providers.user_file import set_provider_keys

        exists = self.catalog().get(provider_id) is not None
        if new and exists:
            raise ConfigError(f"A provider {provider_id!r} exists already; use "
                              f"`tokenmgr providers edit {provider_id}`.")
        if not new and not exists:
            self.provider(provider_id)  # UnknownProviderError, listing the known ones
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        check_entry(provider_id, {k: v for k, v in values.items() if v is not None})
        set_provider_keys(self.providers_file, provider_id, values)
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        catalog = self.catalog(reload=True)
        if provider_id not in catalog.providers:
            problems = [str(e) for e in catalog.errors  # this table's, not providers.ID-2's
                        if any(f"providers.{provider_id}{c}" in str(e) for c in ".:")]
            raise ConfigError("; ".join(problems) or f"providers.{provider_id} did not load.")
        return catalog.providers[provider_id]

    def remove_provider(self, provider_id: str, *, force: bool = False) -> int:
        """Remove the user's table (a preset falls back to its shipped values). Refuses
        while accounts use it, unless ``force``, which forgets them; returns how many."""
        from tokenmgr.errors import ConfigError
        from tokenmgr.providers.user_file import remove_provider_table

        self.provider(provider_id)
        accounts = [s for s in self.store.summaries() if s.provider_id == provider_id]
        if accounts and not force:
            names = ", ".join(f"{s.provider_id}:{s.name}" for s in accounts)
            raise ConfigError(f"{provider_id} still has accounts ({names}); disconnect them "
                              "first or use --force to forget them too.")
        if self.providers_file is None or not remove_provider_table(self.providers_file,
                                                                    provider_id):
            raise ConfigError(f"{provider_id} is a built-in preset with nothing of yours to "
                              "remove.")
        for summary in accounts:
            self.store.delete(summary.key)
        self.store.delete_client_secret(provider_id)
        self.catalog(reload=True)
        return len(accounts)

    def refresh_metadata(self, provider_id: str) -> Provider:
        """Fetch the provider's metadata again now (the cache otherwise lasts a day)."""
        return self.discovered(self.provider(provider_id), refresh=True)

    # --- accounts ------------------------------------------------------------

    def summaries(self) -> list[AccountSummary]:
        return self.store.summaries()

    def readable_summaries(self) -> tuple[list[AccountSummary], list[str]]:
        """For the window's list: what can be read, and which index entries could not."""
        return self.store.readable_summaries()

    def keyring_verdict(self) -> BackendVerdict:
        """The keyring backend holding the tokens, and whether only the user's
        settings.toml admits it (the faces show that). Off the UI thread."""
        return self.store.keyring.verdict()

    @staticmethod
    def _matching(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    def _hinted_key(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def resolve(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    # --- the network side ----------------------------------------------------

    def http(self) -> HttpClient:
        if self._http is None:
            if self._http_factory is not None:
                self._http = self._http_factory()
            else:
                from tokenmgr.oauth.http import HttpClient

                self._http = HttpClient()
        return self._http

    def discovered(self, provider: Provider, *, refresh: bool = False) -> Provider:
        """``provider`` with its metadata applied (cached a day; network on a miss)."""
        if not provider.discovery_endpoint:
            return provider
        from tokenmgr import paths
        from tokenmgr.oauth.discovery import discover

        return discover(provider, self.http, self.metadata_cache_dir or paths.cache_dir(),
                        self.clock, refresh=refresh)

    def client_for(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        provider = self.discovered(provider)
        secret = self.store.client_secret(provider.id)
        from tokenmgr.desktop_locale import desktop_locale

        locale = desktop_locale()
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock, locale=locale)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock, sleep=self.sleep,
                            locale=locale)

    def begin_connect(
        self,
        provider_id: str,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        on_user_code: Callable[[str, str], None] | None = None,
        scopes: tuple[str, ...] | None = None,
        timeout: float = 300.0,
        device: bool = False,
    ) -> ConnectJob:
        """Prepare a Connect; ``ask_code(prompt)`` is needed for PIN and paste flows,
        ``on_user_code(code, uri)`` shows a device grant's user code."""
        client = self.client_for(self.provider(provider_id))
        provider = client.provider  # with the discovered endpoints (device, iss, JWKS)
        flow: SignInFlow
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            flow = DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout)
        elif provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            flow = OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout)
        elif provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            flow = PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes)
        else:
            from tokenmgr.oauth.flow import AuthorizationCodeFlow

            flow = AuthorizationCodeFlow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                scopes=scopes, timeout=timeout)
        # the scopes asked for: what the grant is compared with (None: the provider's)
        return ConnectJob(self, flow, requested=scopes)

    def plan_scopes(self, selector: str, spec: str | None, *,
                    replace_scopes: bool = False) -> tuple[str, tuple[str, ...] | None]:
        """Before a (re-)connect: ``(provider_id, scopes to request)``.

        ``selector`` is ``PROVIDER`` or ``PROVIDER:NAME``; the account re-connected is
        the named one, or the provider's only one. ``spec`` may be relative
        (``+repo,-gist``, applied to that account's scopes). Asking for fewer scopes
        than that account has raises ScopeNarrowingError unless ``replace_scopes``."""
        from tokenmgr.scope_diff import is_relative, narrowed, resolve_scopes

        provider_id, sep, _ = selector.partition(":")
        provider = self.provider(provider_id)
        ours = [s for s in self.store.summaries() if s.provider_id == provider_id]
        target = self.resolve(Selector(selector)) if sep else (ours[0] if len(ours) == 1 else None)
        if spec is None:
            # the provider's default; the grant is compared with the account's after
            # sign-in (granted names can differ from requested ones, e.g. Google's URLs)
            return provider.id, None
        if is_relative(spec):
            if target is None:
                names = ", ".join(f"{s.provider_id}:{s.name}" for s in ours)
                raise UsageError(f"Relative --scopes change an account's scopes: name it "
                                 f"({names})." if ours else
                                 f"Relative --scopes change an account's scopes, and "
                                 f"{provider_id} has no account yet.")
            scopes = resolve_scopes(spec, target.scopes)
        else:
            scopes = resolve_scopes(spec, ())
        dropped = narrowed(scopes, target.scopes) if target is not None else ()
        if dropped and target is not None and not replace_scopes:
            raise ScopeNarrowingError(
                f"Re-connecting {target.provider_id}:{target.name} with "
                f"{' '.join(scopes)} would drop {' '.join(dropped)} (it has "
                f"{' '.join(target.scopes)})"
                + (" and may lose its refresh token" if target.has_refresh_token else "")
                + ". Nothing was changed. Re-run with --replace-scopes to do it anyway, or "
                "add scopes with --scopes +SCOPE.")
        return provider.id, scopes

    def existing(self, provider_id: str, account_id: str) -> Account | None:
        """The stored account a sign-in would update, if any."""
        from tokenmgr.values.keys import account_key

        try:
            return self.store.load(account_key(provider_id, account_id))
        except AccountNotFoundError:
            return None

    def account(self, selector: str) -> Account:
        """The stored account (tokens included), as it is: nothing is refreshed or sent."""
        return self._load_selected(Selector(selector))

    def store_connected(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now,
        )
        self.store.save(account)
        return account

    def _load_selected(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = self._hinted_key(selector)
        if key is not None:
            try:
                return self.store.load(key)
            except AccountNotFoundError:
                pass
        return self.store.load(self.resolve(selector).key)

    def load_account(self, selector: str) -> Account:
        """The account ``selector`` names, as stored (no refresh)."""
        return self._load_selected(Selector(selector))

    def fresh_access_token(self, account: Account) -> Secret:
        """``account``'s access token, refreshed first when it expires within the margin."""
        return self._fresh_access_token(account)

    def token_for_selector(self, selector: Selector) -> Secret:
        """A valid access token: refreshed first when it expires within the margin."""
        return self._fresh_access_token(self._load_selected(selector))

    def fresh_account(self, selector: str, min_valid: float = 0.0) -> Account:
        """The selected account with a token valid for at least the refresh margin or
        ``min_valid`` seconds, whichever is longer, refreshed first if needed (the
        agent, ``tokenmgr run --min-valid``, the git helper). OAuth 1 tokens as stored."""
        account = self._load_selected(Selector(selector))  # what a user or rule typed
        self._check_usable(account)
        tokens = account.tokens
        if tokens.token_type == "OAuth1" or not tokens.needs_refresh(
                self.clock(), max(self.refresh_margin, min_valid)):
            return account
        if tokens.refresh_token is None:
            self._fresh_access_token(account)  # raises if already expired
            return account
        return self.refresh(account.key, seen=tokens)

    token = token_for_selector  # ``tokenmgr token SELECTOR``

    def token_for_key(self, key: AccountKey) -> Secret:
        """The same for the account stored under ``key`` (never matched against names)."""
        return self._fresh_access_token(self.store.load(key))

    def _fresh_access_token(self, account: Account) -> Secret:
        self._check_usable(account)
        if not self._needs_refresh(account.tokens, self.clock()):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    @staticmethod
    def _check_usable(account: Account) -> None:
        if account.status == STATUS_NEEDS_RECONNECT:
            raise NeedsReconnectError(
                f"{account.provider_id}:{account.name} needs to be re-connected.")

    def margin_for(self, tokens: TokenSet) -> float:
        """The refresh margin: the configured one, but at most half the token's
        lifetime, so a 60-second token is not refreshed on every call."""
        if tokens.expires_at is None or tokens.obtained_at <= 0:
            return self.refresh_margin
        lifetime = tokens.expires_at - tokens.obtained_at
        return max(0.0, min(self.refresh_margin, lifetime / 2))

    def _needs_refresh(self, tokens: TokenSet, now: float) -> bool:
        return tokens.needs_refresh(now, self.margin_for(tokens))

    def refresh(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16), under this account's own lock.

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn). From sending the request to storing its
        answer, SIGINT/SIGTERM wait (``tokenmgr.interrupts``): a rotated refresh
        token must not be lost."""
        from tokenmgr import interrupts

        with self.store.account_locked(key):
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not self._needs_refresh(account.tokens, now):
                self.store.publish(account)  # the caller saw an older summary
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)  # everything but the exchange happens before it
            with interrupts.critical():
                try:
                    tokens = client.refresh(account.tokens, account.redirect_uri)
                except InvalidGrantError as exc:
                    current = self.store.load(key)
                    if current.tokens.refresh_token != account.tokens.refresh_token:
                        return current
                    from tokenmgr.oauth.failures import explain_invalid_grant

                    why = explain_invalid_grant(exc)
                    marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                     last_error=why.short())
                    self.store.save_unlocked(marked)
                    raise NeedsReconnectError(
                        why.sentence(f"{account.provider_id}:{account.name}")) from None
                updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                                  last_error=None)
                self.store.save_unlocked(updated)  # the entry at once, then the index
            return updated

    def revoke(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.account_locked(key):  # a refresh waiting for it finds the account gone
            account = self.store.load(key)
            client = self.client_for(self.provider(account.provider_id))
            client.revoke(account.tokens)
            self.store.delete(key)

    def authorization_header(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, url, body)

    def authorization_header_for_key(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, url, body)

    def _authorization_header(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def copyable_credentials(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def disconnect(self, key: AccountKey) -> None:
        """Forget locally only."""
        self.store.delete(key)


def build_default_service() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)
