"""``AccountSigner``: the ``Authorization`` for a request an account (or an OAuth 1
consumer alone) makes — shared by ``tokenmgr api``, the window's Try it and the
Python API's session, so all three refresh, sign and retry the same way.

Bearer tokens are refreshed when they expire within the margin; after a 401 the
token is refreshed once (another process may already have done it: the store's
lock decides) and the request may be retried. OAuth 1 signatures cover the
method, the URL with its query and the form body as ordered pairs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tokenmgr.errors import UnsupportedError
from tokenmgr.secret import Secret

if TYPE_CHECKING:
    from tokenmgr.accounts import AccountService
    from tokenmgr.oauth.oauth1 import FormBody
    from tokenmgr.store.schema import Account
    from tokenmgr.values.provider import Provider

_MASKED_OAUTH_PARAMS = ("oauth_token", "oauth_signature", "oauth_verifier")


class AccountSigner:
    """Signs requests for the account ``selector`` names; with ``consumer_only``
    ``selector`` is an OAuth 1 provider id and requests are signed with its consumer
    key and secret alone (two-legged OAuth, python-oauth2's ``Client(consumer)``)."""

    def __init__(self, service: AccountService, selector: str, *,
                 consumer_only: bool = False) -> None:
        self._service = service
        self._selector = selector
        self.account: Account | None = None
        if consumer_only:
            self.provider: Provider = service.provider(selector)
            if self.provider.protocol != "oauth1":
                raise UnsupportedError(
                    f"Consumer-only signing is OAuth 1; {self.provider.name} uses OAuth 2.")
        else:
            self.account = service.load_account(selector)
            self.provider = service.provider(self.account.provider_id)
        self._fresh_account = True  # self.account was just read
        self._used: tuple[Account, Secret] | None = None
        self.last_refreshed = False
        self.secrets: list[Secret] = []

    @property
    def is_oauth1(self) -> bool:
        return self.account is None or self.account.tokens.token_type == "OAuth1"

    def header(self, method: str, url: str, form: FormBody | None = None) -> Secret:
        """The ``Authorization`` value for exactly this request (fresh token first)."""
        if not self._fresh_account and self.account is not None:
            self.account = self._service.load_account(self._selector)  # another process
        self._fresh_account = False
        if self.is_oauth1:
            tokens = self.account.tokens if self.account is not None else None
            if tokens is not None:
                self._remember(tokens.access_token, tokens.token_secret)
            client = self._service.client_for(self.provider)
            return Secret(client.authorization_header(tokens, method, url, form))
        assert self.account is not None
        token = self._service.fresh_access_token(self.account)
        self.last_refreshed = token != self.account.tokens.access_token
        self._used = (self.account, token)
        self._remember(token)
        return Secret(f"Bearer {token.reveal()}")

    def refresh_after_unauthorized(self) -> bool:
        """The provider answered 401: refresh once unless the token was just refreshed.
        True when there is a new token to retry with. Raises NeedsReconnectError when the
        provider no longer accepts the refresh token (the account is marked as such)."""
        if self.is_oauth1 or self.last_refreshed or self._used is None:
            return False
        account, token = self._used
        if account.tokens.refresh_token is None:
            return False
        seen = replace(account.tokens, access_token=token)
        updated = self._service.refresh(account.key, seen=seen)
        self.account, self._fresh_account = updated, True
        self.last_refreshed = True
        return updated.tokens.access_token != token

    def _remember(self, *secrets: Secret | None) -> None:
        for secret in secrets:
            if secret and secret not in self.secrets:
                self.secrets.append(secret)

    def mask(self, text: str) -> str:
        """``text`` with every secret this signer used replaced by its masked form."""
        for secret in self.secrets:
            if len(secret.reveal()) >= 8:
                text = text.replace(secret.reveal(), secret.masked())
        return text


def mask_authorization(value: str) -> str:
    """An ``Authorization`` value fit to show: the credential and signature hidden,
    the scheme and the non-secret OAuth parameters kept."""
    scheme, _, rest = value.partition(" ")
    if scheme.lower() != "oauth":
        return f"{scheme} {Secret(rest).masked()}" if rest else "••••••••"
    pattern = re.compile(r'(\b(?:' + "|".join(_MASKED_OAUTH_PARAMS) + r')=")[^"]*(")')
    return f"{scheme} " + pattern.sub(r"\1••••••••\2", rest)
