"""OAuth 1.0a and legacy 1.0 (RFC 5849) client: temporary credentials, authorize, token.

Signing is oauthlib's (through requests-oauthlib's ``OAuth1`` on the wire and
``oauthlib.oauth1.Client`` for headers users ask for); nothing here computes
a signature by hand. Request tokens live only in memory for one flow.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qsl, urlencode

from tokenmgr.errors import (
    NotConfiguredError,
    RevokeError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpClient, HttpResponse
from tokenmgr.oauth.oauth2 import AccountInfo, parse_account
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider, dig

OOB = "oob"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
FormBody = Mapping[str, str] | Sequence[tuple[str, str]]


def as_pairs(body: FormBody | None) -> list[tuple[str, str]]:
    """A form body as ordered pairs; repeated keys stay (a dict cannot hold them)."""
    if body is None:
        return []
    return list(body.items()) if isinstance(body, Mapping) else [(k, v) for k, v in body]


def encode_form(pairs: Sequence[tuple[str, str]]) -> str:
    """The exact body that is sent for ``pairs`` (and that the signature covers)."""
    return urlencode(list(pairs))


EXTRA_FIELDS = ("user_id", "screen_name", "username", "name", "uid", "account_id")


@dataclass(frozen=True)
class RequestToken:
    token: Secret
    secret: Secret
    callback_confirmed: bool


@dataclass(frozen=True)
class OAuth1Grant:
    tokens: TokenSet
    extras: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def _form(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True))
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


class OAuth1Client:
    def __init__(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time, locale: str | None = None) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
        self._locale = locale

    # --- signing ---------------------------------------------------------------

    def _rsa_key(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    def _auth(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def authorization_header(self, tokens: TokenSet | None, method: str, url: str,
                             body: FormBody | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` over the method, the URL with its query and the form body
        (pairs in order, repeated keys kept; sent as ``encode_form(body)``).

        ``tokens`` None signs with the consumer key and secret alone (two-legged, as
        python-oauth2's ``Client(consumer)``). ``nonce``/``timestamp`` are fresh unless
        given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal() if tokens else None,
            resource_owner_secret=(tokens.token_secret.reveal()
                                   if tokens and tokens.token_secret else None),
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        pairs = as_pairs(body)
        headers = {"Content-Type": FORM_CONTENT_TYPE} if pairs else {}
        # oauthlib upper-cases the method in the signature base string itself
        _, signed, _ = client.sign(url, http_method=method,  # type: ignore[arg-type]
                                   body=encode_form(pairs) if pairs else None, headers=headers)
        return str(signed["Authorization"])

    def _check_plaintext(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    # --- the three legs ---------------------------------------------------------

    def request_token(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    def authorization_url(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        p = self.provider
        if p.locale_param and self._locale:
            params[p.locale_param] = self._locale
        # "Sign in with …": /oauth/authenticate skips consent for users who approved before
        base = (p.authenticate_url if p.use_authenticate_url and p.authenticate_url
                else p.authorize_url) or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def access_token(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a
        (None or empty in legacy 1.0: no ``oauth_verifier`` is sent)."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    # --- after sign-in ---------------------------------------------------------

    def fetch_account(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    def revoke(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")
