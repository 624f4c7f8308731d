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
    UnknownProviderError,
    UnsupportedError,
)
from tokenmgr.secret import Secret
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, Account, AccountSummary
from tokenmgr.values.keys import AccountKey, Selector, account_key

if TYPE_CHECKING:
    from tokenmgr.oauth.flow import ConnectResult, SignInFlow
    from tokenmgr.oauth.http import HttpClient
    from tokenmgr.providers.config import ProviderCatalog
    from tokenmgr.store.backend_policy import BackendVerdict
    from tokenmgr.store.token_store import TokenStore
    from tokenmgr.values.form import FormBody
    from tokenmgr.values.provider import Provider
    from tokenmgr.values.tokens import TokenSet

DEFAULT_REFRESH_MARGIN = 300.0
_Row = TypeVar("_Row")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁConnectJobǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁConnectJobǁrun__mutmut: MutantDict = {}  # type: ignore


class ConnectJob:
    """A pending Connect: ``run()`` on a worker thread, ``cancel()`` from anywhere."""

    @_mutmut_mutated(mutants_xǁConnectJobǁ__init____mutmut)
    def __init__(self, service: AccountService, flow: SignInFlow) -> None:
        self._service = service
        self.flow = flow

    def xǁConnectJobǁ__init____mutmut_orig(self, service: AccountService, flow: SignInFlow) -> None:
        self._service = service
        self.flow = flow

    def xǁConnectJobǁ__init____mutmut_1(self, service: AccountService, flow: SignInFlow) -> None:
        self._service = None
        self.flow = flow

    def xǁConnectJobǁ__init____mutmut_2(self, service: AccountService, flow: SignInFlow) -> None:
        self._service = service
        self.flow = None

    @_mutmut_mutated(mutants_xǁConnectJobǁrun__mutmut)
    def run(self) -> Account:
        return self._service.store_connected(self.flow.run())

    def xǁConnectJobǁrun__mutmut_orig(self) -> Account:
        return self._service.store_connected(self.flow.run())

    def xǁConnectJobǁrun__mutmut_1(self) -> Account:
        return self._service.store_connected(None)

    def cancel(self) -> None:
        self.flow.cancel()

mutants_xǁConnectJobǁ__init____mutmut['_mutmut_orig'] = ConnectJob.xǁConnectJobǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁConnectJobǁ__init____mutmut['xǁConnectJobǁ__init____mutmut_1'] = ConnectJob.xǁConnectJobǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁConnectJobǁ__init____mutmut['xǁConnectJobǁ__init____mutmut_2'] = ConnectJob.xǁConnectJobǁ__init____mutmut_2 # type: ignore # mutmut generated

mutants_xǁConnectJobǁrun__mutmut['_mutmut_orig'] = ConnectJob.xǁConnectJobǁrun__mutmut_orig # type: ignore # mutmut generated
mutants_xǁConnectJobǁrun__mutmut['xǁConnectJobǁrun__mutmut_1'] = ConnectJob.xǁConnectJobǁrun__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁcatalog__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁprovider__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁconfigure__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁ_matching__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁ_hinted_key__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁresolve__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁhttp__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁclient_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁbegin_connect__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁstore_connected__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁ_load_selected__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁtoken_for_selector__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁtoken_for_key__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁ_check_usable__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁrefresh__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁrevoke__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁauthorization_header__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁ_authorization_header__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁcopyable_credentials__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAccountServiceǁdisconnect__mutmut: MutantDict = {}  # type: ignore


class AccountService:
    @_mutmut_mutated(mutants_xǁAccountServiceǁ__init____mutmut)
    def __init__(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_orig(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_1(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = None
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_2(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = None
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_3(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = None
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_4(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = None
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_5(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = ""
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_6(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = ""
        self.clock = clock
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_7(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = None
        self.refresh_margin = refresh_margin
    def xǁAccountServiceǁ__init____mutmut_8(
        self,
        store: TokenStore,
        *,
        providers_file: Path | None,
        catalog_loader: Callable[[], ProviderCatalog] | None = None,
        http_factory: Callable[[], HttpClient] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        self.store = store
        self.providers_file = providers_file
        self._catalog_loader = catalog_loader
        self._http_factory = http_factory
        self._catalog: ProviderCatalog | None = None
        self._http: HttpClient | None = None
        self.clock = clock
        self.refresh_margin = None

    # --- providers -----------------------------------------------------------

    @_mutmut_mutated(mutants_xǁAccountServiceǁcatalog__mutmut)
    def catalog(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_orig(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_1(self, reload: bool = True) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_2(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None and reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_3(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is not None or reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_4(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_5(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is not None:
                self._catalog = None
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(self.providers_file)
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_6(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = None
        return self._catalog

    # --- providers -----------------------------------------------------------

    def xǁAccountServiceǁcatalog__mutmut_7(self, reload: bool = False) -> ProviderCatalog:
        if self._catalog is None or reload:
            if self._catalog_loader is not None:
                self._catalog = self._catalog_loader()
            else:
                from tokenmgr.providers.config import load_catalog

                self._catalog = load_catalog(None)
        return self._catalog

    @_mutmut_mutated(mutants_xǁAccountServiceǁprovider__mutmut)
    def provider(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_orig(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_1(self, provider_id: str) -> Provider:
        found = None
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_2(self, provider_id: str) -> Provider:
        found = self.catalog().get(None)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_3(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is not None:
            known = ", ".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_4(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = None
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_5(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) and "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_6(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(None) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_7(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = "XX, XX".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_8(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(None)) or "none"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_9(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "XXnoneXX"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_10(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "NONE"
            raise UnknownProviderError(f"Unknown provider {provider_id!r} (known: {known}).")
        return found

    def xǁAccountServiceǁprovider__mutmut_11(self, provider_id: str) -> Provider:
        found = self.catalog().get(provider_id)
        if found is None:
            known = ", ".join(sorted(self.catalog().providers)) or "none"
            raise UnknownProviderError(None)
        return found

    @_mutmut_mutated(mutants_xǁAccountServiceǁconfigure__mutmut)
    def configure(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_orig(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_1(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(None)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_2(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is not None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_3(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError(None)
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_4(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("XXNo providers.toml location is known.XX")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_5(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("no providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_6(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("NO PROVIDERS.TOML LOCATION IS KNOWN.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_7(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_8(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(None, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_9(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, None)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_10(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_11(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, )
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_12(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_13(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(None, provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_14(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, None, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_15(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, None)
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_16(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(provider_id, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_17(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, {"client_id": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_18(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, )
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_19(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"XXclient_idXX": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_20(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"CLIENT_ID": client_id})
        return self.catalog(reload=True).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_21(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=None).providers[provider_id]

    def xǁAccountServiceǁconfigure__mutmut_22(self, provider_id: str, client_id: str | None,
                  client_secret: Secret | None) -> Provider:
        """Save the client id to providers.toml and the secret to the keyring."""
        from tokenmgr.providers.user_file import set_provider_keys

        self.provider(provider_id)
        if self.providers_file is None:
            raise NotConfiguredError("No providers.toml location is known.")
        if client_secret is not None:
            self.store.set_client_secret(provider_id, client_secret)
        if client_id is not None:
            set_provider_keys(self.providers_file, provider_id, {"client_id": client_id})
        return self.catalog(reload=False).providers[provider_id]

    # --- accounts ------------------------------------------------------------

    def summaries(self) -> list[AccountSummary]:
        return self.store.summaries()

    def keyring_verdict(self) -> BackendVerdict:
        """The keyring backend holding the tokens, and whether only the user's
        settings.toml admits it (the faces show that). Off the UI thread."""
        return self.store.keyring.verdict()

    @staticmethod
    @_mutmut_mutated(mutants_xǁAccountServiceǁ_matching__mutmut)
    def _matching(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_orig(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_1(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = None
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_2(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(None)
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_3(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.rpartition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_4(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition("XX:XX")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_5(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = None
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_6(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(None) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_7(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) != provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_8(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if (not sep) and False else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_9(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if (not sep) or True else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_10(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if sep else [r for r in of_provider if rest in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_11(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest not in names_of(r)]

    @staticmethod
    def xǁAccountServiceǁ_matching__mutmut_12(selector: str, rows: Iterable[_Row], provider_of: Callable[[_Row], str],
                  names_of: Callable[[_Row], tuple[str, str]]) -> list[_Row]:
        provider_id, sep, rest = selector.partition(":")
        of_provider = [r for r in rows if provider_of(r) == provider_id]
        return of_provider if not sep else [r for r in of_provider if rest in names_of(None)]

    @_mutmut_mutated(mutants_xǁAccountServiceǁ_hinted_key__mutmut)
    def _hinted_key(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_orig(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_1(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = None
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_2(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_3(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = None
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_4(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(None, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_5(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, None, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_6(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, None, lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_7(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], None)
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_8(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_9(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_10(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_11(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], )
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_12(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: None, lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_13(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[1], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_14(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: None)
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_15(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[3], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_16(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[2]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_17(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if (len(matches) == 1) and False else None

    def xǁAccountServiceǁ_hinted_key__mutmut_18(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if (len(matches) == 1) or True else None

    def xǁAccountServiceǁ_hinted_key__mutmut_19(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(None, matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_20(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], None) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_21(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_22(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], ) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_23(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[1][0], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_24(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][1], matches[0][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_25(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[1][1]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_26(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][2]) if len(matches) == 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_27(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) != 1 else None

    def xǁAccountServiceǁ_hinted_key__mutmut_28(self, selector: Selector) -> AccountKey | None:
        """The account key from the on-disk hint when it names exactly one account."""
        hint = self.store.hint()
        if not hint:
            return None
        matches = self._matching(selector, hint, lambda r: r[0], lambda r: (r[2], r[1]))
        return account_key(matches[0][0], matches[0][1]) if len(matches) == 2 else None

    @_mutmut_mutated(mutants_xǁAccountServiceǁresolve__mutmut)
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

    def xǁAccountServiceǁresolve__mutmut_orig(self, selector: Selector) -> AccountSummary:
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

    def xǁAccountServiceǁresolve__mutmut_1(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = None
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

    def xǁAccountServiceǁresolve__mutmut_2(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = None
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_3(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(None, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_4(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, None, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_5(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, None,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_6(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 None)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_7(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_8(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_9(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_10(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 )
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_11(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: None,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_12(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: None)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_13(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) != 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_14(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 2:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_15(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[1]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_16(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_17(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = None
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_18(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) and "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_19(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(None) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_20(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = "XX, XX".join(f"{s.provider_id}:{s.name}" for s in summaries) or "none"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_21(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "XXnoneXX"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_22(self, selector: Selector) -> AccountSummary:
        """``PROVIDER`` (one account), ``PROVIDER:NAME`` or ``PROVIDER:ACCOUNT_ID``, matched
        exactly (``acme:al`` is not alice). Storage keys never come here: the window
        names accounts by ``AccountKey`` and uses the ``*_for_key`` methods."""
        summaries = self.store.summaries()
        matches = self._matching(selector, summaries, lambda s: s.provider_id,
                                 lambda s: (s.name, s.account_id))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            candidates = ", ".join(f"{s.provider_id}:{s.name}" for s in summaries) or "NONE"
            raise AccountNotFoundError(
                f"No account matches {selector!r} (accounts: {candidates}).")
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_23(self, selector: Selector) -> AccountSummary:
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
                None)
        names = ", ".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_24(self, selector: Selector) -> AccountSummary:
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
        names = None
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_25(self, selector: Selector) -> AccountSummary:
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
        names = ", ".join(None)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_26(self, selector: Selector) -> AccountSummary:
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
        names = "XX, XX".join(f"{s.provider_id}:{s.name}" for s in matches)
        raise AmbiguousAccountError(f"{selector!r} matches several accounts: {names}.")

    def xǁAccountServiceǁresolve__mutmut_27(self, selector: Selector) -> AccountSummary:
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
        raise AmbiguousAccountError(None)

    # --- the network side ----------------------------------------------------

    @_mutmut_mutated(mutants_xǁAccountServiceǁhttp__mutmut)
    def http(self) -> HttpClient:
        if self._http is None:
            if self._http_factory is not None:
                self._http = self._http_factory()
            else:
                from tokenmgr.oauth.http import HttpClient

                self._http = HttpClient()
        return self._http

    # --- the network side ----------------------------------------------------

    def xǁAccountServiceǁhttp__mutmut_orig(self) -> HttpClient:
        if self._http is None:
            if self._http_factory is not None:
                self._http = self._http_factory()
            else:
                from tokenmgr.oauth.http import HttpClient

                self._http = HttpClient()
        return self._http

    # --- the network side ----------------------------------------------------

    def xǁAccountServiceǁhttp__mutmut_1(self) -> HttpClient:
        if self._http is not None:
            if self._http_factory is not None:
                self._http = self._http_factory()
            else:
                from tokenmgr.oauth.http import HttpClient

                self._http = HttpClient()
        return self._http

    # --- the network side ----------------------------------------------------

    def xǁAccountServiceǁhttp__mutmut_2(self) -> HttpClient:
        if self._http is None:
            if self._http_factory is None:
                self._http = self._http_factory()
            else:
                from tokenmgr.oauth.http import HttpClient

                self._http = HttpClient()
        return self._http

    # --- the network side ----------------------------------------------------

    def xǁAccountServiceǁhttp__mutmut_3(self) -> HttpClient:
        if self._http is None:
            if self._http_factory is not None:
                self._http = None
            else:
                from tokenmgr.oauth.http import HttpClient

                self._http = HttpClient()
        return self._http

    # --- the network side ----------------------------------------------------

    def xǁAccountServiceǁhttp__mutmut_4(self) -> HttpClient:
        if self._http is None:
            if self._http_factory is not None:
                self._http = self._http_factory()
            else:
                from tokenmgr.oauth.http import HttpClient

                self._http = None
        return self._http

    @_mutmut_mutated(mutants_xǁAccountServiceǁclient_for__mutmut)
    def client_for(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_orig(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_1(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_2(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                None)
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_3(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "XXor use Configure in the window.XX")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_4(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_5(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "OR USE CONFIGURE IN THE WINDOW.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_6(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = None
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_7(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(None, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_8(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, None, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_9(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, None, self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_10(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), None)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_11(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_12(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_13(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_14(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), )
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_15(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = None
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_16(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(None)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_17(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol != "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_18(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "XXoauth1XX":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_19(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "OAUTH1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_20(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(None, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_21(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, None, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_22(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, None, clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_23(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=None)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_24(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_25(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_26(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_27(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), )
        return OAuth2Client(provider, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_28(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(None, secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_29(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, None, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_30(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, None, clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_31(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), clock=None)

    def xǁAccountServiceǁclient_for__mutmut_32(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(secret, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_33(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, self.http(), clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_34(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, clock=self.clock)

    def xǁAccountServiceǁclient_for__mutmut_35(self, provider: Provider) -> Any:
        """The protocol client for ``provider``, with its secret from the keyring."""
        from tokenmgr.oauth.oauth2 import OAuth2Client

        if not provider.is_configured:
            raise NotConfiguredError(
                f"{provider.name} has no client id yet: run `tokenmgr configure {provider.id}` "
                "or use Configure in the window.")
        if provider.discovery_url:
            from tokenmgr import paths
            from tokenmgr.oauth.discovery import discover

            provider = discover(provider, self.http, paths.cache_dir(), self.clock)
        secret = self.store.client_secret(provider.id)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1 import OAuth1Client

            return OAuth1Client(provider, secret, self.http(), clock=self.clock)
        return OAuth2Client(provider, secret, self.http(), )

    @_mutmut_mutated(mutants_xǁAccountServiceǁbegin_connect__mutmut)
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_orig(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_1(
        self,
        provider_id: str,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        on_user_code: Callable[[str, str], None] | None = None,
        scopes: tuple[str, ...] | None = None,
        timeout: float = 301.0,
        device: bool = False,
    ) -> ConnectJob:
        """Prepare a Connect; ``ask_code(prompt)`` is needed for PIN and paste flows,
        ``on_user_code(code, uri)`` shows a device grant's user code."""
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_2(
        self,
        provider_id: str,
        *,
        open_browser: Callable[[str], None],
        on_authorization_url: Callable[[str], None] | None = None,
        ask_code: Callable[[str], str] | None = None,
        on_user_code: Callable[[str, str], None] | None = None,
        scopes: tuple[str, ...] | None = None,
        timeout: float = 300.0,
        device: bool = True,
    ) -> ConnectJob:
        """Prepare a Connect; ``ask_code(prompt)`` is needed for PIN and paste flows,
        ``on_user_code(code, uri)`` shows a device grant's user code."""
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_3(
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
        provider = None
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_4(
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
        provider = self.provider(None)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_5(
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
        provider = self.provider(provider_id)
        client = None
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_6(
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
        provider = self.provider(provider_id)
        client = self.client_for(None)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_7(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device and provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_8(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode != "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_9(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "XXdeviceXX":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_10(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "DEVICE":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_11(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" and not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_12(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol == "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_13(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "XXoauth2XX" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_14(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "OAUTH2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_15(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_16(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(None)
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_17(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(None, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_18(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, None)
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_19(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_20(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, )
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_21(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                None, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_22(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=None, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_23(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=None, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_24(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=None,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_25(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=None, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_26(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=None))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_27(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_28(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_29(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_30(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_31(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_32(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, ))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_33(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol != "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_34(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "XXoauth1XX":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_35(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "OAUTH1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_36(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(None, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_37(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, None)
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_38(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_39(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, )
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_40(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                None, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_41(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=None, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_42(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=None,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_43(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=None, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_44(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=None))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_45(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_46(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_47(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_48(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_49(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, ))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_50(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode != "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_51(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "XXpasteXX":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_52(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "PASTE":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_53(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is not None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_54(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(None)
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_55(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "XXask for it here.XX")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_56(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ASK FOR IT HERE.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_57(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(None, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_58(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, None)
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_59(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_60(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, )
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_61(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                None, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_62(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=None, open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_63(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=None,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_64(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=None, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_65(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=None, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_66(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=None))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_67(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_68(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_69(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_70(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_71(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_72(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, ))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_73(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri and "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_74(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "XXXX", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_75(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(None, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_76(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, None)

    def xǁAccountServiceǁbegin_connect__mutmut_77(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_78(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, )

    def xǁAccountServiceǁbegin_connect__mutmut_79(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            None, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_80(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=None, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_81(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=None,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_82(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=None, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_83(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=None))

    def xǁAccountServiceǁbegin_connect__mutmut_84(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_85(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, on_authorization_url=on_authorization_url,
            scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_86(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, scopes=scopes, timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_87(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            timeout=timeout))

    def xǁAccountServiceǁbegin_connect__mutmut_88(
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
        provider = self.provider(provider_id)
        client = self.client_for(provider)
        if device or provider.redirect_mode == "device":
            if provider.protocol != "oauth2" or not provider.device_authorization_url:
                raise UnsupportedError(f"{provider.name} has no device_authorization_url.")
            from tokenmgr.oauth.device import DeviceCodeFlow

            return ConnectJob(self, DeviceCodeFlow(
                client, scopes=scopes, on_user_code=on_user_code, open_browser=open_browser,
                on_authorization_url=on_authorization_url, timeout=timeout))
        if provider.protocol == "oauth1":
            from tokenmgr.oauth.oauth1_flow import OAuth1Flow

            return ConnectJob(self, OAuth1Flow(
                client, open_browser=open_browser, on_authorization_url=on_authorization_url,
                ask_code=ask_code, timeout=timeout))
        if provider.redirect_mode == "paste":
            from tokenmgr.oauth.flow import PastedCodeFlow

            if ask_code is None:
                raise UnsupportedError(f"{provider.name} needs a pasted code; nothing can "
                                       "ask for it here.")
            return ConnectJob(self, PastedCodeFlow(
                client, redirect_uri=provider.paste_redirect_uri or "", open_browser=open_browser,
                ask_code=ask_code, on_authorization_url=on_authorization_url, scopes=scopes))
        from tokenmgr.oauth.flow import AuthorizationCodeFlow

        return ConnectJob(self, AuthorizationCodeFlow(
            client, open_browser=open_browser, on_authorization_url=on_authorization_url,
            scopes=scopes, ))

    @_mutmut_mutated(mutants_xǁAccountServiceǁstore_connected__mutmut)
    def store_connected(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_orig(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_1(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = None
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_2(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = None
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_3(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=None, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_4(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=None,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_5(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=None, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_6(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=None, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_7(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=None,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_8(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=None, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_9(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=None, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_10(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_11(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_12(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_13(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_14(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_15(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            connected_at=now, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_16(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, refreshed_at=None,
        )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_17(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, )
        self.store.save(account)
        return account

    def xǁAccountServiceǁstore_connected__mutmut_18(self, result: ConnectResult) -> Account:
        """Save a finished sign-in; the same provider user updates in place."""
        now = self.clock()
        account = Account(
            provider_id=result.provider_id, account_id=result.account.account_id,
            name=result.account.name, tokens=result.tokens, profile=result.account.profile,
            redirect_uri=result.redirect_uri, connected_at=now, refreshed_at=None,
        )
        self.store.save(None)
        return account

    @_mutmut_mutated(mutants_xǁAccountServiceǁ_load_selected__mutmut)
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

    def xǁAccountServiceǁ_load_selected__mutmut_orig(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = self._hinted_key(selector)
        if key is not None:
            try:
                return self.store.load(key)
            except AccountNotFoundError:
                pass
        return self.store.load(self.resolve(selector).key)

    def xǁAccountServiceǁ_load_selected__mutmut_1(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = None
        if key is not None:
            try:
                return self.store.load(key)
            except AccountNotFoundError:
                pass
        return self.store.load(self.resolve(selector).key)

    def xǁAccountServiceǁ_load_selected__mutmut_2(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = self._hinted_key(None)
        if key is not None:
            try:
                return self.store.load(key)
            except AccountNotFoundError:
                pass
        return self.store.load(self.resolve(selector).key)

    def xǁAccountServiceǁ_load_selected__mutmut_3(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = self._hinted_key(selector)
        if key is None:
            try:
                return self.store.load(key)
            except AccountNotFoundError:
                pass
        return self.store.load(self.resolve(selector).key)

    def xǁAccountServiceǁ_load_selected__mutmut_4(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = self._hinted_key(selector)
        if key is not None:
            try:
                return self.store.load(None)
            except AccountNotFoundError:
                pass
        return self.store.load(self.resolve(selector).key)

    def xǁAccountServiceǁ_load_selected__mutmut_5(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = self._hinted_key(selector)
        if key is not None:
            try:
                return self.store.load(key)
            except AccountNotFoundError:
                pass
        return self.store.load(None)

    def xǁAccountServiceǁ_load_selected__mutmut_6(self, selector: Selector) -> Account:
        """The selected account in one keyring read when the on-disk hint names its
        entry; without a usable hint the keyring's index decides (and words the errors)."""
        key = self._hinted_key(selector)
        if key is not None:
            try:
                return self.store.load(key)
            except AccountNotFoundError:
                pass
        return self.store.load(self.resolve(None).key)

    @_mutmut_mutated(mutants_xǁAccountServiceǁtoken_for_selector__mutmut)
    def token_for_selector(self, selector: Selector) -> Secret:
        """A valid access token: refreshed first when it expires within the margin."""
        return self._fresh_access_token(self._load_selected(selector))

    def xǁAccountServiceǁtoken_for_selector__mutmut_orig(self, selector: Selector) -> Secret:
        """A valid access token: refreshed first when it expires within the margin."""
        return self._fresh_access_token(self._load_selected(selector))

    def xǁAccountServiceǁtoken_for_selector__mutmut_1(self, selector: Selector) -> Secret:
        """A valid access token: refreshed first when it expires within the margin."""
        return self._fresh_access_token(None)

    def xǁAccountServiceǁtoken_for_selector__mutmut_2(self, selector: Selector) -> Secret:
        """A valid access token: refreshed first when it expires within the margin."""
        return self._fresh_access_token(self._load_selected(None))

    token = token_for_selector  # ``tokenmgr token SELECTOR``

    @_mutmut_mutated(mutants_xǁAccountServiceǁtoken_for_key__mutmut)
    def token_for_key(self, key: AccountKey) -> Secret:
        """The same for the account stored under ``key`` (never matched against names)."""
        return self._fresh_access_token(self.store.load(key))

    def xǁAccountServiceǁtoken_for_key__mutmut_orig(self, key: AccountKey) -> Secret:
        """The same for the account stored under ``key`` (never matched against names)."""
        return self._fresh_access_token(self.store.load(key))

    def xǁAccountServiceǁtoken_for_key__mutmut_1(self, key: AccountKey) -> Secret:
        """The same for the account stored under ``key`` (never matched against names)."""
        return self._fresh_access_token(None)

    def xǁAccountServiceǁtoken_for_key__mutmut_2(self, key: AccountKey) -> Secret:
        """The same for the account stored under ``key`` (never matched against names)."""
        return self._fresh_access_token(self.store.load(None))

    @_mutmut_mutated(mutants_xǁAccountServiceǁ_fresh_access_token__mutmut)
    def _fresh_access_token(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_orig(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_1(self, account: Account) -> Secret:
        self._check_usable(None)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_2(self, account: Account) -> Secret:
        self._check_usable(account)
        if account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_3(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(None, self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_4(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), None):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_5(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_6(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), ):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_7(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is not None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_8(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None or account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_9(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_10(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at < self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_11(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    None)
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_12(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "XXbe refreshed; re-connect the account.XX")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_13(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "BE REFRESHED; RE-CONNECT THE ACCOUNT.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_14(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(None, only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_15(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=None,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_16(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            seen=None).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_17(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(only_if_needed=True,
                            seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_18(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, seen=account.tokens).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_19(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=True,
                            ).tokens.access_token

    def xǁAccountServiceǁ_fresh_access_token__mutmut_20(self, account: Account) -> Secret:
        self._check_usable(account)
        if not account.tokens.needs_refresh(self.clock(), self.refresh_margin):
            return account.tokens.access_token
        if account.tokens.refresh_token is None:
            if account.tokens.expires_at is not None and account.tokens.expires_at <= self.clock():
                raise NeedsReconnectError(
                    f"The token of {account.provider_id}:{account.name} has expired and cannot "
                    "be refreshed; re-connect the account.")
            return account.tokens.access_token
        return self.refresh(account.key, only_if_needed=False,
                            seen=account.tokens).tokens.access_token

    @staticmethod
    @_mutmut_mutated(mutants_xǁAccountServiceǁ_check_usable__mutmut)
    def _check_usable(account: Account) -> None:
        if account.status == STATUS_NEEDS_RECONNECT:
            raise NeedsReconnectError(
                f"{account.provider_id}:{account.name} needs to be re-connected.")

    @staticmethod
    def xǁAccountServiceǁ_check_usable__mutmut_orig(account: Account) -> None:
        if account.status == STATUS_NEEDS_RECONNECT:
            raise NeedsReconnectError(
                f"{account.provider_id}:{account.name} needs to be re-connected.")

    @staticmethod
    def xǁAccountServiceǁ_check_usable__mutmut_1(account: Account) -> None:
        if account.status != STATUS_NEEDS_RECONNECT:
            raise NeedsReconnectError(
                f"{account.provider_id}:{account.name} needs to be re-connected.")

    @staticmethod
    def xǁAccountServiceǁ_check_usable__mutmut_2(account: Account) -> None:
        if account.status == STATUS_NEEDS_RECONNECT:
            raise NeedsReconnectError(
                None)

    @_mutmut_mutated(mutants_xǁAccountServiceǁrefresh__mutmut)
    def refresh(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_orig(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_1(self, key: AccountKey, *, only_if_needed: bool = True,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_2(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = None  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_3(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(None)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_4(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(None)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_5(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = None
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_6(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None or account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_7(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_8(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token == seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_9(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed or not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_10(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_11(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(None, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_12(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, None):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_13(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_14(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, ):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_15(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = None
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_16(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(None)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_17(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol != "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_18(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "XXoauth1XX":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_19(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "OAUTH1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_20(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError(None)
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_21(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("XXOAuth 1 tokens do not expire; there is nothing to refresh.XX")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_22(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("oauth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_23(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAUTH 1 TOKENS DO NOT EXPIRE; THERE IS NOTHING TO REFRESH.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_24(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is not None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_25(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    None)
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_26(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = None
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_27(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(None)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_28(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = None
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_29(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(None, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_30(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, None)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_31(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_32(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, )
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_33(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = None
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_34(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(None)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_35(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token == account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_36(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = None
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_37(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(None, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_38(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=None,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_39(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error=None)
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_40(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_41(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_42(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 )
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_43(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="XXThe provider no longer accepts the refresh token.XX")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_44(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="the provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_45(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="THE PROVIDER NO LONGER ACCEPTS THE REFRESH TOKEN.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_46(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(None)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_47(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    None) from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_48(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "XXprovider no longer accepts its refresh token.XX") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_49(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "PROVIDER NO LONGER ACCEPTS ITS REFRESH TOKEN.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_50(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = None
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_51(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(None, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_52(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=None, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_53(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=None,
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_54(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_55(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_56(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, last_error=None)
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_57(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              )
            self.store.save_unlocked(updated)
            return updated

    def xǁAccountServiceǁrefresh__mutmut_58(self, key: AccountKey, *, only_if_needed: bool = False,
                seen: TokenSet | None = None) -> Account:
        """Refresh once across processes (SECURITY.md #16).

        ``seen``: the tokens the caller decided to refresh; if the entry holds
        others by the time the lock is ours, another process refreshed them and
        those are used (short-lived tokens would otherwise be refreshed by every
        waiting process in turn)."""
        with self.store.locked():
            account = self.store.load(key)  # re-read under the lock
            self._check_usable(account)
            now = self.clock()
            if seen is not None and account.tokens.access_token != seen.access_token:
                return account  # another process refreshed it meanwhile
            if only_if_needed and not account.tokens.needs_refresh(now, self.refresh_margin):
                return account
            provider = self.provider(account.provider_id)
            if provider.protocol == "oauth1":
                raise UnsupportedError("OAuth 1 tokens do not expire; there is nothing to refresh.")
            if account.tokens.refresh_token is None:  # no request made: not a provider failure
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} has no refresh token; re-connect "
                    f"with `tokenmgr connect {account.provider_id}`.")
            client = self.client_for(provider)
            try:
                tokens = client.refresh(account.tokens, account.redirect_uri)
            except InvalidGrantError:
                current = self.store.load(key)
                if current.tokens.refresh_token != account.tokens.refresh_token:
                    return current
                marked = replace(account, status=STATUS_NEEDS_RECONNECT,
                                 last_error="The provider no longer accepts the refresh token.")
                self.store.save_unlocked(marked)
                raise NeedsReconnectError(
                    f"{account.provider_id}:{account.name} needs to be re-connected: the "
                    "provider no longer accepts its refresh token.") from None
            updated = replace(account, tokens=tokens, refreshed_at=self.clock(),
                              last_error=None)
            self.store.save_unlocked(None)
            return updated

    @_mutmut_mutated(mutants_xǁAccountServiceǁrevoke__mutmut)
    def revoke(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(key)
            client = self.client_for(self.provider(account.provider_id))
            client.revoke(account.tokens)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_orig(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(key)
            client = self.client_for(self.provider(account.provider_id))
            client.revoke(account.tokens)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_1(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = None
            client = self.client_for(self.provider(account.provider_id))
            client.revoke(account.tokens)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_2(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(None)
            client = self.client_for(self.provider(account.provider_id))
            client.revoke(account.tokens)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_3(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(key)
            client = None
            client.revoke(account.tokens)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_4(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(key)
            client = self.client_for(None)
            client.revoke(account.tokens)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_5(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(key)
            client = self.client_for(self.provider(None))
            client.revoke(account.tokens)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_6(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(key)
            client = self.client_for(self.provider(account.provider_id))
            client.revoke(None)
            self.store.delete(key)

    def xǁAccountServiceǁrevoke__mutmut_7(self, key: AccountKey) -> None:
        """Revoke at the provider, then forget locally. Failure keeps the account."""
        with self.store.locked():  # a refresh waiting for the lock finds the account gone
            account = self.store.load(key)
            client = self.client_for(self.provider(account.provider_id))
            client.revoke(account.tokens)
            self.store.delete(None)

    @_mutmut_mutated(mutants_xǁAccountServiceǁauthorization_header__mutmut)
    def authorization_header(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_orig(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_1(self, selector: Selector, method: str = "XXGETXX",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_2(self, selector: Selector, method: str = "get",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_3(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(None, method, url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_4(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), None, url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_5(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, None, body)

    def xǁAccountServiceǁauthorization_header__mutmut_6(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, url, None)

    def xǁAccountServiceǁauthorization_header__mutmut_7(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(method, url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_8(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), url, body)

    def xǁAccountServiceǁauthorization_header__mutmut_9(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, body)

    def xǁAccountServiceǁauthorization_header__mutmut_10(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(selector), method, url, )

    def xǁAccountServiceǁauthorization_header__mutmut_11(self, selector: Selector, method: str = "GET",
                             url: str | None = None, body: FormBody | None = None) -> Secret:
        """The ``Authorization`` value: ``Bearer …`` (fresh), or an OAuth 1 signature
        for exactly this method, URL and form body."""
        return self._authorization_header(self._load_selected(None), method, url, body)

    @_mutmut_mutated(mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut)
    def authorization_header_for_key(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_orig(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_1(self, key: AccountKey, method: str = "XXGETXX",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_2(self, key: AccountKey, method: str = "get",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_3(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(None, method, url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_4(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), None, url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_5(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, None, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_6(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, url, None)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_7(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(method, url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_8(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), url, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_9(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, body)

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_10(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(key), method, url, )

    def xǁAccountServiceǁauthorization_header_for_key__mutmut_11(self, key: AccountKey, method: str = "GET",
                                     url: str | None = None,
                                     body: FormBody | None = None) -> Secret:
        return self._authorization_header(self.store.load(None), method, url, body)

    @_mutmut_mutated(mutants_xǁAccountServiceǁ_authorization_header__mutmut)
    def _authorization_header(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_orig(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_1(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type == "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_2(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "XXOAuth1XX":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_3(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "oauth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_4(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAUTH1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_5(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(None)
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_6(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(None).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_7(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_8(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError(None)
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_9(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("XXOAuth 1 signatures cover the request: give --method and --url.XX")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_10(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("oauth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_11(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAUTH 1 SIGNATURES COVER THE REQUEST: GIVE --METHOD AND --URL.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_12(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = None
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_13(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(None)
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_14(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(None))
        return Secret(client.authorization_header(account.tokens, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_15(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(None)

    def xǁAccountServiceǁ_authorization_header__mutmut_16(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(None, method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_17(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, None, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_18(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, None, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_19(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, None))

    def xǁAccountServiceǁ_authorization_header__mutmut_20(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(method, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_21(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, url, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_22(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, body))

    def xǁAccountServiceǁ_authorization_header__mutmut_23(self, account: Account, method: str, url: str | None,
                              body: FormBody | None) -> Secret:
        if account.tokens.token_type != "OAuth1":
            return Secret(f"Bearer {self._fresh_access_token(account).reveal()}")
        if not url:
            raise UnsupportedError("OAuth 1 signatures cover the request: give --method and --url.")
        client = self.client_for(self.provider(account.provider_id))
        return Secret(client.authorization_header(account.tokens, method, url, ))

    @_mutmut_mutated(mutants_xǁAccountServiceǁcopyable_credentials__mutmut)
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

    def xǁAccountServiceǁcopyable_credentials__mutmut_orig(self, key: AccountKey) -> Secret:
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

    def xǁAccountServiceǁcopyable_credentials__mutmut_1(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = None
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_2(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(None)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_3(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type == "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_4(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "XXOAuth1XX":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_5(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "oauth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_6(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAUTH1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_7(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(None)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_8(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = None
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_9(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(None)

    def xǁAccountServiceǁcopyable_credentials__mutmut_10(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode(None))

    def xǁAccountServiceǁcopyable_credentials__mutmut_11(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "XXoauth_tokenXX": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_12(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "OAUTH_TOKEN": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_13(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "XXoauth_token_secretXX": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_14(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "OAUTH_TOKEN_SECRET": tokens.token_secret.reveal() if tokens.token_secret else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_15(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if (tokens.token_secret) and False else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_16(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if (tokens.token_secret) or True else "",
        }))

    def xǁAccountServiceǁcopyable_credentials__mutmut_17(self, key: AccountKey) -> Secret:
        """What "Copy token" copies: a fresh access token, or for OAuth 1 the token
        and its secret (form-encoded), since one is useless without the other."""
        account = self.store.load(key)
        if account.tokens.token_type != "OAuth1":
            return self._fresh_access_token(account)
        tokens = account.tokens
        from urllib.parse import urlencode

        return Secret(urlencode({
            "oauth_token": tokens.access_token.reveal(),
            "oauth_token_secret": tokens.token_secret.reveal() if tokens.token_secret else "XXXX",
        }))

    @_mutmut_mutated(mutants_xǁAccountServiceǁdisconnect__mutmut)
    def disconnect(self, key: AccountKey) -> None:
        """Forget locally only."""
        self.store.delete(key)

    def xǁAccountServiceǁdisconnect__mutmut_orig(self, key: AccountKey) -> None:
        """Forget locally only."""
        self.store.delete(key)

    def xǁAccountServiceǁdisconnect__mutmut_1(self, key: AccountKey) -> None:
        """Forget locally only."""
        self.store.delete(None)

mutants_xǁAccountServiceǁ__init____mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_1'] = AccountService.xǁAccountServiceǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_2'] = AccountService.xǁAccountServiceǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_3'] = AccountService.xǁAccountServiceǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_4'] = AccountService.xǁAccountServiceǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_5'] = AccountService.xǁAccountServiceǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_6'] = AccountService.xǁAccountServiceǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_7'] = AccountService.xǁAccountServiceǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ__init____mutmut['xǁAccountServiceǁ__init____mutmut_8'] = AccountService.xǁAccountServiceǁ__init____mutmut_8 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁcatalog__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁcatalog__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcatalog__mutmut['xǁAccountServiceǁcatalog__mutmut_1'] = AccountService.xǁAccountServiceǁcatalog__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcatalog__mutmut['xǁAccountServiceǁcatalog__mutmut_2'] = AccountService.xǁAccountServiceǁcatalog__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcatalog__mutmut['xǁAccountServiceǁcatalog__mutmut_3'] = AccountService.xǁAccountServiceǁcatalog__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcatalog__mutmut['xǁAccountServiceǁcatalog__mutmut_4'] = AccountService.xǁAccountServiceǁcatalog__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcatalog__mutmut['xǁAccountServiceǁcatalog__mutmut_5'] = AccountService.xǁAccountServiceǁcatalog__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcatalog__mutmut['xǁAccountServiceǁcatalog__mutmut_6'] = AccountService.xǁAccountServiceǁcatalog__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcatalog__mutmut['xǁAccountServiceǁcatalog__mutmut_7'] = AccountService.xǁAccountServiceǁcatalog__mutmut_7 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁprovider__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁprovider__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_1'] = AccountService.xǁAccountServiceǁprovider__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_2'] = AccountService.xǁAccountServiceǁprovider__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_3'] = AccountService.xǁAccountServiceǁprovider__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_4'] = AccountService.xǁAccountServiceǁprovider__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_5'] = AccountService.xǁAccountServiceǁprovider__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_6'] = AccountService.xǁAccountServiceǁprovider__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_7'] = AccountService.xǁAccountServiceǁprovider__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_8'] = AccountService.xǁAccountServiceǁprovider__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_9'] = AccountService.xǁAccountServiceǁprovider__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_10'] = AccountService.xǁAccountServiceǁprovider__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁprovider__mutmut['xǁAccountServiceǁprovider__mutmut_11'] = AccountService.xǁAccountServiceǁprovider__mutmut_11 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁconfigure__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁconfigure__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_1'] = AccountService.xǁAccountServiceǁconfigure__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_2'] = AccountService.xǁAccountServiceǁconfigure__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_3'] = AccountService.xǁAccountServiceǁconfigure__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_4'] = AccountService.xǁAccountServiceǁconfigure__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_5'] = AccountService.xǁAccountServiceǁconfigure__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_6'] = AccountService.xǁAccountServiceǁconfigure__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_7'] = AccountService.xǁAccountServiceǁconfigure__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_8'] = AccountService.xǁAccountServiceǁconfigure__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_9'] = AccountService.xǁAccountServiceǁconfigure__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_10'] = AccountService.xǁAccountServiceǁconfigure__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_11'] = AccountService.xǁAccountServiceǁconfigure__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_12'] = AccountService.xǁAccountServiceǁconfigure__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_13'] = AccountService.xǁAccountServiceǁconfigure__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_14'] = AccountService.xǁAccountServiceǁconfigure__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_15'] = AccountService.xǁAccountServiceǁconfigure__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_16'] = AccountService.xǁAccountServiceǁconfigure__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_17'] = AccountService.xǁAccountServiceǁconfigure__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_18'] = AccountService.xǁAccountServiceǁconfigure__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_19'] = AccountService.xǁAccountServiceǁconfigure__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_20'] = AccountService.xǁAccountServiceǁconfigure__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_21'] = AccountService.xǁAccountServiceǁconfigure__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁconfigure__mutmut['xǁAccountServiceǁconfigure__mutmut_22'] = AccountService.xǁAccountServiceǁconfigure__mutmut_22 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁ_matching__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁ_matching__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_1'] = AccountService.xǁAccountServiceǁ_matching__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_2'] = AccountService.xǁAccountServiceǁ_matching__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_3'] = AccountService.xǁAccountServiceǁ_matching__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_4'] = AccountService.xǁAccountServiceǁ_matching__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_5'] = AccountService.xǁAccountServiceǁ_matching__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_6'] = AccountService.xǁAccountServiceǁ_matching__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_7'] = AccountService.xǁAccountServiceǁ_matching__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_8'] = AccountService.xǁAccountServiceǁ_matching__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_9'] = AccountService.xǁAccountServiceǁ_matching__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_10'] = AccountService.xǁAccountServiceǁ_matching__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_11'] = AccountService.xǁAccountServiceǁ_matching__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_matching__mutmut['xǁAccountServiceǁ_matching__mutmut_12'] = AccountService.xǁAccountServiceǁ_matching__mutmut_12 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁ_hinted_key__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_1'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_2'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_3'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_4'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_5'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_6'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_7'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_8'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_9'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_10'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_11'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_12'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_13'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_14'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_15'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_16'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_17'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_18'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_19'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_20'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_21'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_22'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_23'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_24'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_25'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_26'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_27'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_hinted_key__mutmut['xǁAccountServiceǁ_hinted_key__mutmut_28'] = AccountService.xǁAccountServiceǁ_hinted_key__mutmut_28 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁresolve__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁresolve__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_1'] = AccountService.xǁAccountServiceǁresolve__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_2'] = AccountService.xǁAccountServiceǁresolve__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_3'] = AccountService.xǁAccountServiceǁresolve__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_4'] = AccountService.xǁAccountServiceǁresolve__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_5'] = AccountService.xǁAccountServiceǁresolve__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_6'] = AccountService.xǁAccountServiceǁresolve__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_7'] = AccountService.xǁAccountServiceǁresolve__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_8'] = AccountService.xǁAccountServiceǁresolve__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_9'] = AccountService.xǁAccountServiceǁresolve__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_10'] = AccountService.xǁAccountServiceǁresolve__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_11'] = AccountService.xǁAccountServiceǁresolve__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_12'] = AccountService.xǁAccountServiceǁresolve__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_13'] = AccountService.xǁAccountServiceǁresolve__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_14'] = AccountService.xǁAccountServiceǁresolve__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_15'] = AccountService.xǁAccountServiceǁresolve__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_16'] = AccountService.xǁAccountServiceǁresolve__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_17'] = AccountService.xǁAccountServiceǁresolve__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_18'] = AccountService.xǁAccountServiceǁresolve__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_19'] = AccountService.xǁAccountServiceǁresolve__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_20'] = AccountService.xǁAccountServiceǁresolve__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_21'] = AccountService.xǁAccountServiceǁresolve__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_22'] = AccountService.xǁAccountServiceǁresolve__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_23'] = AccountService.xǁAccountServiceǁresolve__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_24'] = AccountService.xǁAccountServiceǁresolve__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_25'] = AccountService.xǁAccountServiceǁresolve__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_26'] = AccountService.xǁAccountServiceǁresolve__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁresolve__mutmut['xǁAccountServiceǁresolve__mutmut_27'] = AccountService.xǁAccountServiceǁresolve__mutmut_27 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁhttp__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁhttp__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁhttp__mutmut['xǁAccountServiceǁhttp__mutmut_1'] = AccountService.xǁAccountServiceǁhttp__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁhttp__mutmut['xǁAccountServiceǁhttp__mutmut_2'] = AccountService.xǁAccountServiceǁhttp__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁhttp__mutmut['xǁAccountServiceǁhttp__mutmut_3'] = AccountService.xǁAccountServiceǁhttp__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁhttp__mutmut['xǁAccountServiceǁhttp__mutmut_4'] = AccountService.xǁAccountServiceǁhttp__mutmut_4 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁclient_for__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁclient_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_1'] = AccountService.xǁAccountServiceǁclient_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_2'] = AccountService.xǁAccountServiceǁclient_for__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_3'] = AccountService.xǁAccountServiceǁclient_for__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_4'] = AccountService.xǁAccountServiceǁclient_for__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_5'] = AccountService.xǁAccountServiceǁclient_for__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_6'] = AccountService.xǁAccountServiceǁclient_for__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_7'] = AccountService.xǁAccountServiceǁclient_for__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_8'] = AccountService.xǁAccountServiceǁclient_for__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_9'] = AccountService.xǁAccountServiceǁclient_for__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_10'] = AccountService.xǁAccountServiceǁclient_for__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_11'] = AccountService.xǁAccountServiceǁclient_for__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_12'] = AccountService.xǁAccountServiceǁclient_for__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_13'] = AccountService.xǁAccountServiceǁclient_for__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_14'] = AccountService.xǁAccountServiceǁclient_for__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_15'] = AccountService.xǁAccountServiceǁclient_for__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_16'] = AccountService.xǁAccountServiceǁclient_for__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_17'] = AccountService.xǁAccountServiceǁclient_for__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_18'] = AccountService.xǁAccountServiceǁclient_for__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_19'] = AccountService.xǁAccountServiceǁclient_for__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_20'] = AccountService.xǁAccountServiceǁclient_for__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_21'] = AccountService.xǁAccountServiceǁclient_for__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_22'] = AccountService.xǁAccountServiceǁclient_for__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_23'] = AccountService.xǁAccountServiceǁclient_for__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_24'] = AccountService.xǁAccountServiceǁclient_for__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_25'] = AccountService.xǁAccountServiceǁclient_for__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_26'] = AccountService.xǁAccountServiceǁclient_for__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_27'] = AccountService.xǁAccountServiceǁclient_for__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_28'] = AccountService.xǁAccountServiceǁclient_for__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_29'] = AccountService.xǁAccountServiceǁclient_for__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_30'] = AccountService.xǁAccountServiceǁclient_for__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_31'] = AccountService.xǁAccountServiceǁclient_for__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_32'] = AccountService.xǁAccountServiceǁclient_for__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_33'] = AccountService.xǁAccountServiceǁclient_for__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_34'] = AccountService.xǁAccountServiceǁclient_for__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁclient_for__mutmut['xǁAccountServiceǁclient_for__mutmut_35'] = AccountService.xǁAccountServiceǁclient_for__mutmut_35 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁbegin_connect__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_1'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_2'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_3'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_4'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_5'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_6'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_7'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_8'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_9'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_10'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_11'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_12'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_13'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_14'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_15'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_16'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_17'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_18'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_19'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_20'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_21'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_22'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_23'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_24'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_25'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_26'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_27'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_28'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_29'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_30'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_31'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_32'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_33'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_34'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_35'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_35 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_36'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_36 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_37'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_37 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_38'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_38 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_39'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_39 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_40'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_40 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_41'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_41 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_42'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_42 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_43'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_43 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_44'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_44 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_45'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_45 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_46'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_46 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_47'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_47 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_48'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_48 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_49'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_49 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_50'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_50 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_51'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_51 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_52'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_52 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_53'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_53 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_54'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_54 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_55'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_55 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_56'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_56 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_57'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_57 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_58'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_58 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_59'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_59 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_60'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_60 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_61'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_61 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_62'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_62 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_63'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_63 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_64'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_64 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_65'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_65 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_66'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_66 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_67'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_67 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_68'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_68 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_69'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_69 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_70'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_70 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_71'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_71 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_72'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_72 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_73'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_73 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_74'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_74 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_75'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_75 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_76'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_76 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_77'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_77 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_78'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_78 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_79'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_79 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_80'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_80 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_81'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_81 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_82'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_82 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_83'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_83 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_84'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_84 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_85'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_85 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_86'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_86 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_87'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_87 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁbegin_connect__mutmut['xǁAccountServiceǁbegin_connect__mutmut_88'] = AccountService.xǁAccountServiceǁbegin_connect__mutmut_88 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁstore_connected__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_1'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_2'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_3'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_4'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_5'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_6'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_7'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_8'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_9'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_10'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_11'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_12'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_13'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_14'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_15'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_16'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_17'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁstore_connected__mutmut['xǁAccountServiceǁstore_connected__mutmut_18'] = AccountService.xǁAccountServiceǁstore_connected__mutmut_18 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁ_load_selected__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁ_load_selected__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_load_selected__mutmut['xǁAccountServiceǁ_load_selected__mutmut_1'] = AccountService.xǁAccountServiceǁ_load_selected__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_load_selected__mutmut['xǁAccountServiceǁ_load_selected__mutmut_2'] = AccountService.xǁAccountServiceǁ_load_selected__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_load_selected__mutmut['xǁAccountServiceǁ_load_selected__mutmut_3'] = AccountService.xǁAccountServiceǁ_load_selected__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_load_selected__mutmut['xǁAccountServiceǁ_load_selected__mutmut_4'] = AccountService.xǁAccountServiceǁ_load_selected__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_load_selected__mutmut['xǁAccountServiceǁ_load_selected__mutmut_5'] = AccountService.xǁAccountServiceǁ_load_selected__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_load_selected__mutmut['xǁAccountServiceǁ_load_selected__mutmut_6'] = AccountService.xǁAccountServiceǁ_load_selected__mutmut_6 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁtoken_for_selector__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁtoken_for_selector__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁtoken_for_selector__mutmut['xǁAccountServiceǁtoken_for_selector__mutmut_1'] = AccountService.xǁAccountServiceǁtoken_for_selector__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁtoken_for_selector__mutmut['xǁAccountServiceǁtoken_for_selector__mutmut_2'] = AccountService.xǁAccountServiceǁtoken_for_selector__mutmut_2 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁtoken_for_key__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁtoken_for_key__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁtoken_for_key__mutmut['xǁAccountServiceǁtoken_for_key__mutmut_1'] = AccountService.xǁAccountServiceǁtoken_for_key__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁtoken_for_key__mutmut['xǁAccountServiceǁtoken_for_key__mutmut_2'] = AccountService.xǁAccountServiceǁtoken_for_key__mutmut_2 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_1'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_2'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_3'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_4'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_5'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_6'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_7'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_8'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_9'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_10'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_11'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_12'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_13'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_14'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_15'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_16'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_17'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_18'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_19'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_fresh_access_token__mutmut['xǁAccountServiceǁ_fresh_access_token__mutmut_20'] = AccountService.xǁAccountServiceǁ_fresh_access_token__mutmut_20 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁ_check_usable__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁ_check_usable__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_check_usable__mutmut['xǁAccountServiceǁ_check_usable__mutmut_1'] = AccountService.xǁAccountServiceǁ_check_usable__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_check_usable__mutmut['xǁAccountServiceǁ_check_usable__mutmut_2'] = AccountService.xǁAccountServiceǁ_check_usable__mutmut_2 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁrefresh__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁrefresh__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_1'] = AccountService.xǁAccountServiceǁrefresh__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_2'] = AccountService.xǁAccountServiceǁrefresh__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_3'] = AccountService.xǁAccountServiceǁrefresh__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_4'] = AccountService.xǁAccountServiceǁrefresh__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_5'] = AccountService.xǁAccountServiceǁrefresh__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_6'] = AccountService.xǁAccountServiceǁrefresh__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_7'] = AccountService.xǁAccountServiceǁrefresh__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_8'] = AccountService.xǁAccountServiceǁrefresh__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_9'] = AccountService.xǁAccountServiceǁrefresh__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_10'] = AccountService.xǁAccountServiceǁrefresh__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_11'] = AccountService.xǁAccountServiceǁrefresh__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_12'] = AccountService.xǁAccountServiceǁrefresh__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_13'] = AccountService.xǁAccountServiceǁrefresh__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_14'] = AccountService.xǁAccountServiceǁrefresh__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_15'] = AccountService.xǁAccountServiceǁrefresh__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_16'] = AccountService.xǁAccountServiceǁrefresh__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_17'] = AccountService.xǁAccountServiceǁrefresh__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_18'] = AccountService.xǁAccountServiceǁrefresh__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_19'] = AccountService.xǁAccountServiceǁrefresh__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_20'] = AccountService.xǁAccountServiceǁrefresh__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_21'] = AccountService.xǁAccountServiceǁrefresh__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_22'] = AccountService.xǁAccountServiceǁrefresh__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_23'] = AccountService.xǁAccountServiceǁrefresh__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_24'] = AccountService.xǁAccountServiceǁrefresh__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_25'] = AccountService.xǁAccountServiceǁrefresh__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_26'] = AccountService.xǁAccountServiceǁrefresh__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_27'] = AccountService.xǁAccountServiceǁrefresh__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_28'] = AccountService.xǁAccountServiceǁrefresh__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_29'] = AccountService.xǁAccountServiceǁrefresh__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_30'] = AccountService.xǁAccountServiceǁrefresh__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_31'] = AccountService.xǁAccountServiceǁrefresh__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_32'] = AccountService.xǁAccountServiceǁrefresh__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_33'] = AccountService.xǁAccountServiceǁrefresh__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_34'] = AccountService.xǁAccountServiceǁrefresh__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_35'] = AccountService.xǁAccountServiceǁrefresh__mutmut_35 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_36'] = AccountService.xǁAccountServiceǁrefresh__mutmut_36 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_37'] = AccountService.xǁAccountServiceǁrefresh__mutmut_37 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_38'] = AccountService.xǁAccountServiceǁrefresh__mutmut_38 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_39'] = AccountService.xǁAccountServiceǁrefresh__mutmut_39 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_40'] = AccountService.xǁAccountServiceǁrefresh__mutmut_40 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_41'] = AccountService.xǁAccountServiceǁrefresh__mutmut_41 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_42'] = AccountService.xǁAccountServiceǁrefresh__mutmut_42 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_43'] = AccountService.xǁAccountServiceǁrefresh__mutmut_43 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_44'] = AccountService.xǁAccountServiceǁrefresh__mutmut_44 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_45'] = AccountService.xǁAccountServiceǁrefresh__mutmut_45 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_46'] = AccountService.xǁAccountServiceǁrefresh__mutmut_46 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_47'] = AccountService.xǁAccountServiceǁrefresh__mutmut_47 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_48'] = AccountService.xǁAccountServiceǁrefresh__mutmut_48 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_49'] = AccountService.xǁAccountServiceǁrefresh__mutmut_49 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_50'] = AccountService.xǁAccountServiceǁrefresh__mutmut_50 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_51'] = AccountService.xǁAccountServiceǁrefresh__mutmut_51 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_52'] = AccountService.xǁAccountServiceǁrefresh__mutmut_52 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_53'] = AccountService.xǁAccountServiceǁrefresh__mutmut_53 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_54'] = AccountService.xǁAccountServiceǁrefresh__mutmut_54 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_55'] = AccountService.xǁAccountServiceǁrefresh__mutmut_55 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_56'] = AccountService.xǁAccountServiceǁrefresh__mutmut_56 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_57'] = AccountService.xǁAccountServiceǁrefresh__mutmut_57 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrefresh__mutmut['xǁAccountServiceǁrefresh__mutmut_58'] = AccountService.xǁAccountServiceǁrefresh__mutmut_58 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁrevoke__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁrevoke__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrevoke__mutmut['xǁAccountServiceǁrevoke__mutmut_1'] = AccountService.xǁAccountServiceǁrevoke__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrevoke__mutmut['xǁAccountServiceǁrevoke__mutmut_2'] = AccountService.xǁAccountServiceǁrevoke__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrevoke__mutmut['xǁAccountServiceǁrevoke__mutmut_3'] = AccountService.xǁAccountServiceǁrevoke__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrevoke__mutmut['xǁAccountServiceǁrevoke__mutmut_4'] = AccountService.xǁAccountServiceǁrevoke__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrevoke__mutmut['xǁAccountServiceǁrevoke__mutmut_5'] = AccountService.xǁAccountServiceǁrevoke__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrevoke__mutmut['xǁAccountServiceǁrevoke__mutmut_6'] = AccountService.xǁAccountServiceǁrevoke__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁrevoke__mutmut['xǁAccountServiceǁrevoke__mutmut_7'] = AccountService.xǁAccountServiceǁrevoke__mutmut_7 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁauthorization_header__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_1'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_2'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_3'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_4'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_5'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_6'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_7'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_8'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_9'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_10'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header__mutmut['xǁAccountServiceǁauthorization_header__mutmut_11'] = AccountService.xǁAccountServiceǁauthorization_header__mutmut_11 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_1'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_2'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_3'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_4'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_5'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_6'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_7'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_8'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_9'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_10'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁauthorization_header_for_key__mutmut['xǁAccountServiceǁauthorization_header_for_key__mutmut_11'] = AccountService.xǁAccountServiceǁauthorization_header_for_key__mutmut_11 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁ_authorization_header__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_1'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_2'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_3'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_4'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_5'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_6'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_7'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_8'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_9'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_10'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_11'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_12'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_13'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_14'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_15'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_16'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_17'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_18'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_19'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_20'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_21'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_22'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁ_authorization_header__mutmut['xǁAccountServiceǁ_authorization_header__mutmut_23'] = AccountService.xǁAccountServiceǁ_authorization_header__mutmut_23 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁcopyable_credentials__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_1'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_2'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_3'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_4'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_5'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_6'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_7'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_8'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_9'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_10'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_11'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_12'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_13'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_14'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_15'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_16'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAccountServiceǁcopyable_credentials__mutmut['xǁAccountServiceǁcopyable_credentials__mutmut_17'] = AccountService.xǁAccountServiceǁcopyable_credentials__mutmut_17 # type: ignore # mutmut generated

mutants_xǁAccountServiceǁdisconnect__mutmut['_mutmut_orig'] = AccountService.xǁAccountServiceǁdisconnect__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountServiceǁdisconnect__mutmut['xǁAccountServiceǁdisconnect__mutmut_1'] = AccountService.xǁAccountServiceǁdisconnect__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_default_service__mutmut)
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


def x_build_default_service__mutmut_orig() -> AccountService:
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


def x_build_default_service__mutmut_1() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = None
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_2() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(None)
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_3() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = None
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_4() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=None)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_5() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = None
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_6() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(None, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_7() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, None,
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_8() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=None)
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_9() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_10() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_11() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       )
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_12() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() * "store.lock",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_13() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "XXstore.lockXX",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_14() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "STORE.LOCK",
                       hint_path=paths.cache_dir() / "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_15() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() * "accounts-hint.json")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_16() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "XXaccounts-hint.jsonXX")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_17() -> AccountService:
    """The real wiring: the OS keyring, XDG paths, the user's providers.toml and
    settings.toml (refresh margin)."""
    from tokenmgr import paths
    from tokenmgr.settings import load_settings
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    settings = load_settings(paths.settings_file())
    keyring = KeyringAccess(allowed_backends=settings.keyring_allow_backends)
    store = TokenStore(keyring, paths.runtime_dir() / "store.lock",
                       hint_path=paths.cache_dir() / "ACCOUNTS-HINT.JSON")
    return AccountService(store, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_18() -> AccountService:
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
    return AccountService(None, providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_19() -> AccountService:
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
    return AccountService(store, providers_file=None,
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_20() -> AccountService:
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
                          refresh_margin=None)


def x_build_default_service__mutmut_21() -> AccountService:
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
    return AccountService(providers_file=paths.providers_file(),
                          refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_22() -> AccountService:
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
    return AccountService(store, refresh_margin=settings.refresh_margin_seconds)


def x_build_default_service__mutmut_23() -> AccountService:
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
                          )

mutants_x_build_default_service__mutmut['_mutmut_orig'] = x_build_default_service__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_1'] = x_build_default_service__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_2'] = x_build_default_service__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_3'] = x_build_default_service__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_4'] = x_build_default_service__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_5'] = x_build_default_service__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_6'] = x_build_default_service__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_7'] = x_build_default_service__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_8'] = x_build_default_service__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_9'] = x_build_default_service__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_10'] = x_build_default_service__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_11'] = x_build_default_service__mutmut_11 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_12'] = x_build_default_service__mutmut_12 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_13'] = x_build_default_service__mutmut_13 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_14'] = x_build_default_service__mutmut_14 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_15'] = x_build_default_service__mutmut_15 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_16'] = x_build_default_service__mutmut_16 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_17'] = x_build_default_service__mutmut_17 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_18'] = x_build_default_service__mutmut_18 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_19'] = x_build_default_service__mutmut_19 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_20'] = x_build_default_service__mutmut_20 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_21'] = x_build_default_service__mutmut_21 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_22'] = x_build_default_service__mutmut_22 # type: ignore # mutmut generated
mutants_x_build_default_service__mutmut['x_build_default_service__mutmut_23'] = x_build_default_service__mutmut_23 # type: ignore # mutmut generated
