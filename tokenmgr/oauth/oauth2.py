"""OAuth 2.0 client for one provider: authorization URL, code exchange, refresh, revoke.

oauthlib prepares the token request bodies; URLs and HTTP are ours, because
oauthlib's URL helpers refuse ``http://`` unless ``OAUTHLIB_INSECURE_TRANSPORT``
is set process-wide (see transport.py). Responses go through tokens.py's
parser. Nothing here logs a request or response body.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
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
from tokenmgr.oauth.id_token import allowed_algorithms, verify_id_token
from tokenmgr.oauth.pkce import Pkce, new_state
from tokenmgr.oauth.token_hooks import check_api_answer
from tokenmgr.oauth.tokens import TokenSet, decode_body, parse_token_response
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider, dig

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"  # RFC 8628 3.4
PUBLIC_PROFILE_FIELDS = ("login", "username", "preferred_username", "nickname", "name",
                         "email", "display_name")


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
    nonce: Secret | None = None  # OIDC: sent when "openid" is asked; the ID token must echo it


class OAuth2Client:
    def __init__(
        self,
        provider: Provider,
        client_secret: Secret | None,
        http: HttpClient,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        locale: str | None = None,
    ) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no client id yet: configure it first.")
        if provider.client_secret_required and not client_secret:
            raise NotConfiguredError(f"{provider.name} needs a client secret: configure it first.")
        token_url = provider.token_url
        if not token_url:
            raise NotConfiguredError(f"{provider.name} has no token endpoint (not in its "
                                     "configuration nor in its metadata).")
        self.provider = provider
        self._client_id = provider.client_id or ""  # never empty once configured
        self._token_url = token_url
        self._secret = client_secret
        self._http = http
        self._clock = clock
        self._sleep = sleep
        self._locale = locale  # sent as provider.locale_param when the provider has one

    # --- authorization -------------------------------------------------------

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
            "client_id": self._client_id,
            "redirect_uri": redirect_uri,
            "state": state.reveal(),
        }
        if scopes:
            params[p.scope_param] = p.scope_separator.join(scopes)
        nonce = new_state() if "openid" in scopes else None
        if nonce is not None:
            params["nonce"] = nonce.reveal()
        if pkce is not None:
            params["code_challenge"] = pkce.challenge
            params["code_challenge_method"] = pkce.method
        for key, value in p.extra_authorize_params.items():
            params.setdefault(key, value)
        if p.locale_param and self._locale:
            params.setdefault(p.locale_param, self._locale)
        if not p.authorize_url:
            raise NotConfiguredError(f"{p.name} has no authorization endpoint (not in its "
                                     "configuration nor in its metadata).")
        base = p.authorize_url
        url = base + ("&" if "?" in base else "?") + urlencode(params)
        return PendingAuthorization(url, state, pkce, redirect_uri, tuple(scopes), nonce)

    # --- token endpoint ----------------------------------------------------------

    @property
    def http(self) -> HttpClient:
        return self._http

    def client_auth(self) -> tuple[dict[str, str], Any]:
        return self._client_auth()

    def poll_device_token(self, device_code: Secret, scopes: tuple[str, ...]) -> TokenSet:
        """One poll of the device grant (RFC 8628 3.4); pending states raise
        TokenEndpointError with their error code."""
        from oauthlib.oauth2.rfc6749.parameters import prepare_token_request

        fields, auth = self._client_auth()
        body = prepare_token_request(DEVICE_GRANT, device_code=device_code.reveal())
        return self.checked_id_token(self._post_token(body, fields, auth, scopes), None)

    def _client_auth(self) -> tuple[dict[str, str], Any]:
        """Body fields and requests auth for client authentication (RFC 6749 2.3.1)."""
        if self._secret is None:
            return {"client_id": self._client_id}, None
        if self.provider.token_auth == "basic":
            from urllib.parse import quote

            from requests.auth import HTTPBasicAuth

            return {}, HTTPBasicAuth(quote(self._client_id, safe=""),
                                     quote(self._secret.reveal(), safe=""))
        return {"client_id": self._client_id, "client_secret": self._secret.reveal()}, None

    def _post_token(self, body: str, extra: dict[str, str], auth: Any,
                    scopes: tuple[str, ...]) -> TokenSet:
        from urllib.parse import parse_qsl

        data = dict(parse_qsl(body))  # oauthlib leaves out empty values
        data.update(extra)
        response = self._http.request(
            "POST", self._token_url, data=data, auth=auth,
            headers={"Accept": "application/json"},
        )
        return parse_token_response(response, requested_scopes=scopes, now=self._clock(),
                                    hook=self.provider.token_response)

    def checked_id_token(self, tokens: TokenSet, nonce: Secret | None) -> TokenSet:
        """Verify an ID token that came with ``tokens`` (IdTokenError refuses them all).
        One tokenmgr cannot verify (no issuer, or no keys) is dropped, never kept."""
        p = self.provider
        if tokens.id_token is None:
            return tokens
        allowed = allowed_algorithms(p, self._secret is not None)
        keyed = p.jwks_uri is not None or any(a.startswith("HS") for a in allowed)
        if not p.issuer or not allowed or not keyed:
            return replace(tokens, id_token=None)
        verify_id_token(tokens.id_token, p, http=self._http, nonce=nonce,
                        client_secret=self._secret, now=self._clock())
        return tokens

    def exchange_code(self, pending: PendingAuthorization, code: Secret) -> TokenSet:
        from oauthlib.oauth2.rfc6749.parameters import prepare_token_request

        fields, auth = self._client_auth()
        verifier = pending.pkce.verifier.reveal() if pending.pkce is not None else None
        body = prepare_token_request("authorization_code", code=code.reveal(),
                                     redirect_uri=pending.redirect_uri, code_verifier=verifier)
        return self.checked_id_token(self._post_token(body, fields, auth, pending.scopes),
                                     pending.nonce)

    def refresh(self, tokens: TokenSet, redirect_uri: str | None = None) -> TokenSet:
        if tokens.refresh_token is None:
            raise TokenEndpointError("no_refresh_token",
                                     "this account has no refresh token; re-connect it")
        fields, auth = self._client_auth()
        if self.provider.refresh_sends_redirect_uri and redirect_uri:
            fields["redirect_uri"] = redirect_uri
        from oauthlib.oauth2.rfc6749.parameters import prepare_token_request

        from tokenmgr.oauth.failures import with_retries

        body = prepare_token_request("refresh_token", refresh_token=tokens.refresh_token.reveal())

        # offline / 408 / 429 / 503 mean the provider did not act: safe to repeat
        answer = with_retries(lambda: self._post_token(body, fields, auth, tokens.scopes),
                              sleep=self._sleep)
        fresh = self.checked_id_token(answer, None)
        return tokens.with_refreshed(fresh)

    # --- account -------------------------------------------------------------

    def fetch_account(self, tokens: TokenSet) -> AccountInfo:
        p = self.provider
        if not p.userinfo_url:
            raise TokenResponseError(f"{p.name} has no account endpoint configured.")
        headers = {"Authorization": f"{p.userinfo_auth_scheme} {tokens.access_token.reveal()}",
                   "Accept": "application/json"}
        if p.userinfo_method == "POST":
            headers["Content-Type"] = "application/json"
            response = self._http.request("POST", p.userinfo_url, data=b"null", headers=headers)
        else:
            response = self._http.request("GET", p.userinfo_url, headers=headers)
        return parse_account(p, response)

    # --- revocation ----------------------------------------------------------

    def revoke(self, tokens: TokenSet) -> None:
        method = self.provider.revoke_method
        url = self.provider.revoke_url
        if method == "none" or not url:
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        if method == "github":
            self._revoke_github(tokens, url)
        elif method == "slack":
            response = self._http.request(
                "POST", url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"})
            self._check_revoke(response)
            try:
                check_api_answer("slack", decode_body(response))
            except TokenEndpointError as exc:
                raise RevokeError(f"Slack did not revoke the token ({exc.error}).") from None
        elif method == "dropbox":
            self._check_revoke(self._http.request(
                "POST", url,
                headers={"Authorization": f"Bearer {tokens.access_token.reveal()}"}))
        else:
            fields, auth = self._client_auth()
            pairs = [("refresh_token", tokens.refresh_token), ("access_token", tokens.access_token)]
            for hint, token in pairs:
                if token is None:
                    continue
                data = {"token": token.reveal(), "token_type_hint": hint, **fields}
                self._check_revoke(self._http.request("POST", url, data=data, auth=auth))

    def _revoke_github(self, tokens: TokenSet, url: str) -> None:
        from requests.auth import HTTPBasicAuth

        if self._secret is None:
            raise RevokeError("GitHub revocation needs the client secret.")
        response = self._http.request(
            "DELETE", url.replace("{client_id}", self._client_id),
            json_body={"access_token": tokens.access_token.reveal()},
            auth=HTTPBasicAuth(self._client_id, self._secret.reveal()),
            headers={"Accept": "application/vnd.github+json"},
        )
        if response.status == 404:  # the token is already gone
            return
        self._check_revoke(response)

    def _check_revoke(self, response: HttpResponse) -> None:
        if 200 <= response.status < 300:
            return  # RFC 7009 2.2: 200 with any body is success
        if response.status == 503:
            retry = response.headers.get("retry-after")
            hint = f" Try again after {retry[:20]} s." if retry else ""
            raise RevokeError(f"{self.provider.name} is temporarily unavailable.{hint}")
        detail = ""  # the provider's error code, when its answer names one
        with contextlib.suppress(TokenResponseError):
            error = str(decode_body(response).get("error", ""))[:60]
            detail = f": {error}" if error else ""
        raise RevokeError(
            f"{self.provider.name} did not revoke the token (HTTP {response.status}{detail}).")


def parse_account(provider: Provider, response: HttpResponse) -> AccountInfo:
    if response.status in (401, 403):
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token (HTTP {response.status}).")
    if not 200 <= response.status < 300:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint answered HTTP {response.status}.")
    data = decode_body(response)
    try:
        check_api_answer(provider.token_response, data)
    except TokenEndpointError as exc:
        raise TokenResponseError(
            f"{provider.name}'s account endpoint refused the new token ({exc.error}).") from None
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
