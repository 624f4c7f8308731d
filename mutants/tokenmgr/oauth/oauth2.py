"""OAuth 2.0 client for one provider: authorization URL, code exchange, refresh, revoke.

oauthlib prepares the token request bodies; URLs and HTTP are ours, because
oauthlib's URL helpers refuse ``http://`` unless ``OAUTHLIB_INSECURE_TRANSPORT``
is set process-wide (see transport.py). Responses go through tokens.py's
parser. Nothing here logs a request or response body.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import urlencode

from tokenmgr.errors import (
    NotConfiguredError,
    RevokeError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpClient, HttpResponse
from tokenmgr.oauth.pkce import Pkce, new_state
from tokenmgr.oauth.tokens import TokenSet, decode_body, parse_token_response
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider, dig

PUBLIC_PROFILE_FIELDS = ("login", "username", "preferred_username", "nickname", "name",
                         "email", "display_name")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class AccountInfo:
    account_id: str
    name: str
    profile: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class PendingAuthorization:
    url: str
    state: Secret
    pkce: Pkce | None
    redirect_uri: str
    scopes: tuple[str, ...]
mutants_xǁOAuth2Clientǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁauthorization_request__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁ_client_auth__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁ_post_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁexchange_code__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁrefresh__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁfetch_account__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁrevoke__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut: MutantDict = {}  # type: ignore


class OAuth2Client:
    @_mutmut_mutated(mutants_xǁOAuth2Clientǁ__init____mutmut)
    def __init__(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_orig(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_1(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_2(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(None)
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_3(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required or not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_4(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_5(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(None)
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_6(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_7(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(None)
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_8(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "XXconfiguration nor in its metadata).XX")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_9(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "CONFIGURATION NOR IN ITS METADATA).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_10(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = None
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_11(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = None
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_12(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = None
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_13(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = None
        self._oauthlib = WebApplicationClient(provider.client_id or "")
    def xǁOAuth2Clientǁ__init____mutmut_14(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = None
    def xǁOAuth2Clientǁ__init____mutmut_15(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(None)
    def xǁOAuth2Clientǁ__init____mutmut_16(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id and "")
    def xǁOAuth2Clientǁ__init____mutmut_17(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        if not provider.token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        from oauthlib.oauth2 import WebApplicationClient  # deferred with the network

        self.provider = provider
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._oauthlib = WebApplicationClient(provider.client_id or "XXXX")

    # --- authorization -------------------------------------------------------

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁauthorization_request__mutmut)
    def authorization_request(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_orig(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_1(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = None
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_2(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = None
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_3(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if (scopes is None) and False else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_4(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if (scopes is None) or True else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_5(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is not None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_6(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = None
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_7(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state and new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_8(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_9(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if (p.pkce) and False else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_10(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if (p.pkce) or True else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_11(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = None
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_12(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "XXresponse_typeXX": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_13(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "RESPONSE_TYPE": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_14(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "XXcodeXX",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_15(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "CODE",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_16(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "XXclient_idXX": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_17(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "CLIENT_ID": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_18(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id and "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_19(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "XXXX",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_20(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "XXredirect_uriXX": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_21(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "REDIRECT_URI": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_22(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "XXstateXX": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_23(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "STATE": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_24(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = None
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_25(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["XXscopeXX"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_26(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["SCOPE"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_27(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(None)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_28(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = "XX XX".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_29(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_30(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = None
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_31(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["XXcode_challengeXX"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_32(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["CODE_CHALLENGE"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_33(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = None
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_34(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["XXcode_challenge_methodXX"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_35(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["CODE_CHALLENGE_METHOD"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_36(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(None, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_37(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, None)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_38(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_39(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, )
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_40(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_41(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(None)
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_42(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "XXconfiguration nor in its metadata).XX")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_43(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "CONFIGURATION NOR IN ITS METADATA).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_44(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = None
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_45(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = None
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_46(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") - urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_47(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base - ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_48(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if ("?" in base) and False else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_49(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if ("?" in base) or True else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_50(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("XX&XX" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_51(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "XX?XX" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_52(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" not in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_53(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "XX?XX") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_54(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(None)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_55(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(None, state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_56(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, None, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_57(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, None, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_58(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, None, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_59(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, None)

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_60(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(state, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_61(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, pkce, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_62(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, redirect_uri, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_63(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, tuple(scopes))

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_64(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, )

    # --- authorization -------------------------------------------------------

    def xǁOAuth2Clientǁauthorization_request__mutmut_65(
        self, redirect_uri: str, scopes: tuple[str, ...] | None = None,
        state: Secret | None = None,
    ) -> PendingAuthorization:
        p = self.provider
        scopes = p.scopes if scopes is None else scopes
        state = state or new_state()
        pkce = Pkce.new() if p.pkce else None
        params: dict[str, str] = {
            "response_type": "code",
            "client_id": p.client_id or "",
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params["scope"] = " ".join(scopes)
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(None))

    # --- token endpoint ----------------------------------------------------------

    @property
    def http(self) -> HttpClient:
        return self._http

    def client_auth(self) -> tuple[dict[str, str], Any]:
        return self._client_auth()

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁpoll_device_token__mutmut)
    def poll_device_token(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_orig(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_1(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = None
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_2(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = None
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_3(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(None)
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_4(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id and "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_5(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "XXXX")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_6(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = None
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_7(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(None)
        return self._post_token(body, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_8(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(None, fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_9(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, None, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_10(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, None, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_11(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, None)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_12(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(fields, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_13(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, auth, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_14(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, scopes)

    def xǁOAuth2Clientǁpoll_device_token__mutmut_15(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2 import DeviceClient

        fields, auth = self._client_auth()
        client = DeviceClient(self.provider.client_id or "")
        body = client.prepare_request_body(device_code.reveal())
        return self._post_token(body, fields, auth, )

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁ_client_auth__mutmut)
    def _client_auth(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_orig(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_1(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is not None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_2(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"XXclient_idXX": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_3(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"CLIENT_ID": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_4(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id and ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_5(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or "XXXX"}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_6(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth != "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_7(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "XXbasicXX":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_8(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "BASIC":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_9(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(None,
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_10(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     None)
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_11(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_12(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     )
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_13(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(None, safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_14(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=None),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_15(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_16(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", ),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_17(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id and "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_18(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "XXXX", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_19(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe="XXXX"),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_20(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(None, safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_21(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=None))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_22(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(safe=""))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_23(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), ))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_24(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe="XXXX"))
        return {"client_id": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_25(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"XXclient_idXX": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_26(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"CLIENT_ID": self.provider.client_id or "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_27(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id and "",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_28(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "XXXX",
                "client_secret": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_29(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "XXclient_secretXX": self._secret.reveal()}, None

    def xǁOAuth2Clientǁ_client_auth__mutmut_30(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self.provider.client_id or ""}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self.provider.client_id or "", safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self.provider.client_id or "",
                "CLIENT_SECRET": self._secret.reveal()}, None

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁ_post_token__mutmut)
    def _post_token(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_orig(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_1(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = None
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_2(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(None)
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_3(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(None, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_4(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=None))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_5(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_6(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, ))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_7(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=False))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_8(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(None)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_9(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = None
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_10(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            None, self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_11(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", None, data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_12(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=None, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_13(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=None,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_14(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers=None,
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_15(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_16(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_17(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_18(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_19(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_20(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "XXPOSTXX", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_21(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "post", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_22(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url and "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_23(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "XXXX", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_24(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"XXAcceptXX": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_25(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_26(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"ACCEPT": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_27(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "XXapplication/jsonXX"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_28(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "APPLICATION/JSON"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_29(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(None, requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_30(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=None, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_31(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=None)

    def xǁOAuth2Clientǁ_post_token__mutmut_32(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(requested_scopes=scopes, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_33(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, now=self._clock())

    def xǁOAuth2Clientǁ_post_token__mutmut_34(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body, keep_blank_values=True))
        data.update(extra)
        response = self._http.request(
            "POST", self.provider.token_url or "", data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, )

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁexchange_code__mutmut)
    def exchange_code(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_orig(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_1(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = None
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_2(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = None
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_3(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_4(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = None
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_5(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["XXcode_verifierXX"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_6(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["CODE_VERIFIER"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_7(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = None
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_8(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=None, redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_9(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=None, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_10(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=None,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_11(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_12(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_13(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_14(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_15(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=True,
            **kwargs,
        )
        return self._post_token(body, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_16(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(None, fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_17(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, None, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_18(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, None, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_19(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, None)

    def xǁOAuth2Clientǁexchange_code__mutmut_20(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(fields, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_21(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, auth, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_22(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, pending.scopes)

    def xǁOAuth2Clientǁexchange_code__mutmut_23(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        fields, auth = self._client_auth()
        kwargs: dict[str, Any] = {}
        if pending.pkce is not None:
            kwargs["code_verifier"] = pending.pkce.verifier.reveal()
        body = self._oauthlib.prepare_request_body(
            code=code.reveal(), redirect_uri=pending.redirect_uri, include_client_id=False,
            **kwargs,
        )
        return self._post_token(body, fields, auth, )

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁrefresh__mutmut)
    def refresh(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_orig(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_1(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is not None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_2(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError(None,
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_3(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     None)
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_4(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_5(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     )
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_6(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("XXno_refresh_tokenXX",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_7(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("NO_REFRESH_TOKEN",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_8(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "XXthis account has no refresh token; re-connect itXX")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_9(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "THIS ACCOUNT HAS NO REFRESH TOKEN; RE-CONNECT IT")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_10(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = None
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_11(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri or redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_12(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = None
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_13(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["XXredirect_uriXX"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_14(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["REDIRECT_URI"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_15(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = None
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_16(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=None)
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_17(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = None
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_18(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(None, fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_19(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, None, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_20(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, None, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_21(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, None)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_22(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(fields, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_23(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, auth, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_24(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, tokens.scopes)
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_25(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, )
        return tokens.with_refreshed(fresh)

    def xǁOAuth2Clientǁrefresh__mutmut_26(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        body = self._oauthlib.prepare_refresh_body(refresh_token=tokens.refresh_token.reveal())
        fresh = self._post_token(body, fields, auth, tokens.scopes)
        return tokens.with_refreshed(None)

    # --- account -------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁfetch_account__mutmut)
    def fetch_account(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_orig(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_1(self, tokens: TokenSet) -> AccountInfo:
        p = None
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_2(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_3(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(None)
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_4(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = None
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_5(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"XXAuthorizationXX": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_6(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_7(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"AUTHORIZATION": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_8(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "XXAcceptXX": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_9(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_10(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "ACCEPT": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_11(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "XXapplication/jsonXX"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_12(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "APPLICATION/JSON"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_13(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method != "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_14(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "XXPOSTXX":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_15(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "post":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_16(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = None
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_17(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["XXContent-TypeXX"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_18(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["content-type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_19(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["CONTENT-TYPE"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_20(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "XXapplication/jsonXX"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_21(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "APPLICATION/JSON"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_22(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = None
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_23(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request(None, p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_24(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", None, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_25(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=None, headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_26(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=None)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_27(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request(p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_28(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_29(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_30(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", )
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_31(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("XXPOSTXX", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_32(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("post", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_33(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"XXnullXX", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_34(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"NULL", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_35(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = None
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_36(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request(None, p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_37(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", None, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_38(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=None)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_39(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request(p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_40(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_41(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, )
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_42(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("XXGETXX", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_43(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("get", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_44(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(None, response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_45(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, None)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_46(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(response)

    # --- account -------------------------------------------------------------

    def xǁOAuth2Clientǁfetch_account__mutmut_47(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"Bearer {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, )

    # --- revocation ----------------------------------------------------------

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁrevoke__mutmut)
    def revoke(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_orig(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_1(self, tokens: TokenSet) -> None:
        method = None
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_2(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" and not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_3(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method != "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_4(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "XXnoneXX" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_5(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "NONE" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_6(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_7(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(None)
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_8(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method != "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_9(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "XXgithubXX":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_10(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "GITHUB":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_11(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(None)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_12(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method != "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_13(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "XXdropboxXX":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_14(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "DROPBOX":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_15(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(None)
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_16(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                None, self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_17(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", None,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_18(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers=None))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_19(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_20(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_21(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                ))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_22(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "XXPOSTXX", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_23(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "post", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_24(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"XXAuthorizationXX": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_25(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_26(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"AUTHORIZATION": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_27(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = None
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_28(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = None
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_29(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("XXrefresh_tokenXX", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_30(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("REFRESH_TOKEN", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_31(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("XXaccess_tokenXX", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_32(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("ACCESS_TOKEN", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_33(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is not None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_34(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    break
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_35(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = None
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_36(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"XXtokenXX": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_37(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"TOKEN": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_38(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "XXtoken_type_hintXX": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_39(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "TOKEN_TYPE_HINT": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_40(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(None)

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_41(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    None, self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_42(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", None, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_43(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=None, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_44(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, auth=None))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_45(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_46(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_47(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_48(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "POST", self.provider.revoke_url, data=data, ))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_49(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "XXPOSTXX", self.provider.revoke_url, data=data, auth=auth))

    # --- revocation ----------------------------------------------------------

    def xǁOAuth2Clientǁrevoke__mutmut_50(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        if method == "none" or not self.provider.revoke_url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens)
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", self.provider.revoke_url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request(
                    "post", self.provider.revoke_url, data=data, auth=auth))

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁ_revoke_github__mutmut)
    def _revoke_github(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_orig(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_1(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is not None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_2(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError(None)
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_3(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("XXGitHub revocation needs the client secret.XX")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_4(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("github revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_5(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GITHUB REVOCATION NEEDS THE CLIENT SECRET.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_6(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = None
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_7(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace(None, self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_8(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", None)
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_9(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace(self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_10(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", )
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_11(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url and "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_12(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "XXXX").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_13(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("XX{client_id}XX", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_14(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{CLIENT_ID}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_15(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id and "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_16(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "XXXX")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_17(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = None
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_18(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            None, url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_19(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", None, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_20(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body=None,
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_21(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=None,
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_22(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers=None,
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_23(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_24(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_25(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_26(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_27(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_28(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "XXDELETEXX", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_29(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "delete", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_30(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"XXaccess_tokenXX": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_31(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"ACCESS_TOKEN": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_32(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(None, self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_33(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", None),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_34(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_35(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", ),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_36(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id and "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_37(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "XXXX", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_38(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"XXAcceptXX": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_39(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_40(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"ACCEPT": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_41(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "XXapplication/vnd.github+jsonXX"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_42(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "APPLICATION/VND.GITHUB+JSON"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_43(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status != 404:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_44(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 405:  # the token is already gone
            return
        self._check_revoke(response)

    def xǁOAuth2Clientǁ_revoke_github__mutmut_45(self, tokens: TokenSet) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        url = (self.provider.revoke_url or "").replace("{client_id}", self.provider.client_id or "")
        response = self._http.request(
            "DELETE", url, json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self.provider.client_id or "", self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(None)

    @_mutmut_mutated(mutants_xǁOAuth2Clientǁ_check_revoke__mutmut)
    def _check_revoke(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_orig(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_1(self, response: HttpResponse) -> None:
        if 201 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_2(self, response: HttpResponse) -> None:
        if 200 < response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_3(self, response: HttpResponse) -> None:
        if 200 <= response.status <= 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_4(self, response: HttpResponse) -> None:
        if 200 <= response.status < 301:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_5(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status != 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_6(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 504:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_7(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = None
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_8(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get(None)
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_9(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("XXretry-afterXX")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_10(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("RETRY-AFTER")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_11(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = None
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_12(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if (retry) and False else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_13(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if (retry) or True else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_14(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:21]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_15(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else "XXXX"
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_16(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(None)
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_17(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = None
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_18(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = "XXXX"
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_19(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = None
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_20(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(None)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_21(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = None
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_22(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(None)[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_23(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get(None, ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_24(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", None))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_25(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get(""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_26(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_27(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("XXerrorXX", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_28(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("ERROR", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_29(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", "XXXX"))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_30(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:61]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_31(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = None
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_32(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if (error) and False else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_33(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if (error) or True else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_34(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else "XXXX"
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")

    def xǁOAuth2Clientǁ_check_revoke__mutmut_35(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        error = ""
        try:
            data = decode_body(response)
            error = str(data.get("error", ""))[:60]
        except TokenResponseError:
            pass
        detail = f": {error}" if error else ""
        raise RevokeError(
            None)

mutants_xǁOAuth2Clientǁ__init____mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ__init____mutmut['xǁOAuth2Clientǁ__init____mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁ__init____mutmut_17 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁauthorization_request__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_27'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_28'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_29'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_30'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_31'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_32'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_33'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_34'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_35'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_36'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_37'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_38'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_39'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_40'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_41'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_42'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_43'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_44'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_45'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_45 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_46'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_46 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_47'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_47 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_48'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_48 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_49'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_49 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_50'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_50 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_51'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_51 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_52'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_52 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_53'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_53 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_54'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_54 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_55'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_55 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_56'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_56 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_57'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_57 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_58'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_58 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_59'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_59 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_60'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_60 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_61'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_61 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_62'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_62 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_63'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_63 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_64'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_64 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁauthorization_request__mutmut['xǁOAuth2Clientǁauthorization_request__mutmut_65'] = OAuth2Client.xǁOAuth2Clientǁauthorization_request__mutmut_65 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁpoll_device_token__mutmut['xǁOAuth2Clientǁpoll_device_token__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁpoll_device_token__mutmut_15 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁ_client_auth__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_27'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_28'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_29'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_client_auth__mutmut['xǁOAuth2Clientǁ_client_auth__mutmut_30'] = OAuth2Client.xǁOAuth2Clientǁ_client_auth__mutmut_30 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁ_post_token__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_27'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_28'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_29'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_30'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_31'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_32'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_33'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_post_token__mutmut['xǁOAuth2Clientǁ_post_token__mutmut_34'] = OAuth2Client.xǁOAuth2Clientǁ_post_token__mutmut_34 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁexchange_code__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁexchange_code__mutmut['xǁOAuth2Clientǁexchange_code__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁexchange_code__mutmut_23 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁrefresh__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrefresh__mutmut['xǁOAuth2Clientǁrefresh__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁrefresh__mutmut_26 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁfetch_account__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_27'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_28'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_29'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_30'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_31'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_32'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_33'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_34'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_35'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_36'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_37'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_38'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_39'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_40'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_41'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_42'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_43'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_44'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_45'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_45 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_46'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_46 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁfetch_account__mutmut['xǁOAuth2Clientǁfetch_account__mutmut_47'] = OAuth2Client.xǁOAuth2Clientǁfetch_account__mutmut_47 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁrevoke__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_27'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_28'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_29'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_30'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_31'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_32'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_33'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_34'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_35'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_36'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_37'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_38'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_39'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_40'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_41'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_42'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_43'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_44'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_45'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_45 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_46'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_46 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_47'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_47 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_48'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_48 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_49'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_49 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁrevoke__mutmut['xǁOAuth2Clientǁrevoke__mutmut_50'] = OAuth2Client.xǁOAuth2Clientǁrevoke__mutmut_50 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_27'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_28'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_29'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_30'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_31'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_32'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_33'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_34'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_35'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_36'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_37'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_38'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_39'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_40'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_41'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_42'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_43'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_44'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_revoke_github__mutmut['xǁOAuth2Clientǁ_revoke_github__mutmut_45'] = OAuth2Client.xǁOAuth2Clientǁ_revoke_github__mutmut_45 # type: ignore # mutmut generated

mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['_mutmut_orig'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_1'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_2'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_3'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_4'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_5'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_6'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_7'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_8'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_9'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_10'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_11'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_12'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_13'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_14'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_15'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_16'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_17'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_18'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_19'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_20'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_21'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_22'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_23'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_24'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_25'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_26'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_27'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_28'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_29'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_30'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_31'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_32'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_33'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_34'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth2Clientǁ_check_revoke__mutmut['xǁOAuth2Clientǁ_check_revoke__mutmut_35'] = OAuth2Client.xǁOAuth2Clientǁ_check_revoke__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_account__mutmut)
def parse_account(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_orig(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_1(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status not in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_2(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (402, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_3(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 404):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_4(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            None)
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_5(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_6(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 201 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_7(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 < response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_8(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status <= 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_9(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 301:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_10(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            None)
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_11(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = None
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_12(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(None)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_13(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = None
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_14(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(None, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_15(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, None)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_16(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_17(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, )
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_18(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = None
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_19(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(None, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_20(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, None)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_21(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_22(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, )
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_23(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = None
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_24(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(None)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_25(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:201] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_26(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS or isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_27(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k not in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_28(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) or str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_29(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) or not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_30(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_31(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(None):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_32(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = None
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_33(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(None)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_34(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = None
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_35(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next(None, None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_36(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next(None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_37(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), )
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_38(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("XXloginXX", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_39(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("LOGIN", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_40(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "XXusernameXX", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_41(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "USERNAME", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_42(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "XXpreferred_usernameXX", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_43(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "PREFERRED_USERNAME", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_44(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "XXemailXX")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_45(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "EMAIL")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_46(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(None)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_47(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) or str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_48(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) or not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_49(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_50(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(None):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_51(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = None
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_52(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(None)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_53(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = None
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_54(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id and not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_55(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_56(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_57(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            None)
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_58(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(None, name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_59(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], None, MappingProxyType(profile))


def x_parse_account__mutmut_60(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], None)


def x_parse_account__mutmut_61(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_62(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], MappingProxyType(profile))


def x_parse_account__mutmut_63(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], )


def x_parse_account__mutmut_64(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:201], name[:200], MappingProxyType(profile))


def x_parse_account__mutmut_65(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:201], MappingProxyType(profile))


def x_parse_account__mutmut_66(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    name = dig(data, provider.account_name_field)
    account_id = dig(data, provider.account_id_field)
    profile = {k: str(v)[:200] for k, v in data.items()
               if k in PUBLIC_PROFILE_FIELDS and isinstance(v, str | int)}
    if isinstance(name, str | int) and not isinstance(name, bool) and str(name):
        name = str(name)
    else:
        name = next((profile[k] for k in ("login", "username", "preferred_username", "email")
                     if profile.get(k)), None)
    if isinstance(account_id, str | int) and not isinstance(account_id, bool) and str(account_id):
        account_id = str(account_id)
    else:
        account_id = name
    if not account_id or not name:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint did not say who the token is for "
            f"(no {provider.account_name_field!r} field).")
    return AccountInfo(account_id[:200], name[:200], MappingProxyType(None))

mutants_x_parse_account__mutmut['_mutmut_orig'] = x_parse_account__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_1'] = x_parse_account__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_2'] = x_parse_account__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_3'] = x_parse_account__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_4'] = x_parse_account__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_5'] = x_parse_account__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_6'] = x_parse_account__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_7'] = x_parse_account__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_8'] = x_parse_account__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_9'] = x_parse_account__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_10'] = x_parse_account__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_11'] = x_parse_account__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_12'] = x_parse_account__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_13'] = x_parse_account__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_14'] = x_parse_account__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_15'] = x_parse_account__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_16'] = x_parse_account__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_17'] = x_parse_account__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_18'] = x_parse_account__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_19'] = x_parse_account__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_20'] = x_parse_account__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_21'] = x_parse_account__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_22'] = x_parse_account__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_23'] = x_parse_account__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_24'] = x_parse_account__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_25'] = x_parse_account__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_26'] = x_parse_account__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_27'] = x_parse_account__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_28'] = x_parse_account__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_29'] = x_parse_account__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_30'] = x_parse_account__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_31'] = x_parse_account__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_32'] = x_parse_account__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_33'] = x_parse_account__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_34'] = x_parse_account__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_35'] = x_parse_account__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_36'] = x_parse_account__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_37'] = x_parse_account__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_38'] = x_parse_account__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_39'] = x_parse_account__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_40'] = x_parse_account__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_41'] = x_parse_account__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_42'] = x_parse_account__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_43'] = x_parse_account__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_44'] = x_parse_account__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_45'] = x_parse_account__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_46'] = x_parse_account__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_47'] = x_parse_account__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_48'] = x_parse_account__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_49'] = x_parse_account__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_50'] = x_parse_account__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_51'] = x_parse_account__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_52'] = x_parse_account__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_53'] = x_parse_account__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_54'] = x_parse_account__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_55'] = x_parse_account__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_56'] = x_parse_account__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_57'] = x_parse_account__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_58'] = x_parse_account__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_59'] = x_parse_account__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_60'] = x_parse_account__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_61'] = x_parse_account__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_62'] = x_parse_account__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_63'] = x_parse_account__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_64'] = x_parse_account__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_65'] = x_parse_account__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_account__mutmut['x_parse_account__mutmut_66'] = x_parse_account__mutmut_66 # type: ignore # mutmut generated
