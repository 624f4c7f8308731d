"""The Python API: ``from tokenmgr import Accounts`` — tokenmgr for scripts and other apps.

The same service the CLI and the window use (same keyring entries, same
refresh-once-across-processes lock, same typed errors from ``tokenmgr.errors``);
no Qt. ``requests`` is imported only by ``session()``. The names documented in
the README's "Python API" section follow semantic versioning: they change
incompatibly only with a new major version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tokenmgr.values.keys import Selector

if TYPE_CHECKING:
    import requests

    from tokenmgr.accounts import AccountService

DEFAULT_TIMEOUT = (10.0, 30.0)  # connect, read: as tokenmgr's own requests


@dataclass(frozen=True)
class AccountEntry:
    """One connected account, without secrets. ``selector`` works in every method."""

    selector: str
    provider: str
    name: str
    account_id: str
    status: str  # "active" or "needs_reconnect"
    token_type: str  # "Bearer" or "OAuth1"
    expires_at: float | None  # epoch seconds; None when the token does not expire
    scopes: tuple[str, ...]
    has_refresh_token: bool


class Accounts:
    """The user's tokenmgr accounts. ``account`` arguments are ``PROVIDER`` (when there
    is one account for it) or ``PROVIDER:NAME``, as on the command line."""

    def __init__(self) -> None:
        from tokenmgr.accounts import build_default_service

        self._service: AccountService = build_default_service()

    def list(self) -> list[AccountEntry]:
        return [AccountEntry(
            selector=f"{s.provider_id}:{s.name}", provider=s.provider_id, name=s.name,
            account_id=s.account_id, status=s.status, token_type=s.token_type,
            expires_at=s.expires_at, scopes=tuple(s.scopes),
            has_refresh_token=s.has_refresh_token,
        ) for s in self._service.summaries()]

    def token(self, account: str) -> str:
        """A valid access token (refreshed first when it is about to expire)."""
        return self._service.token(Selector(account)).reveal()

    def header(self, account: str, method: str = "GET", url: str | None = None,
               data: Sequence[tuple[str, str]] | None = None) -> str:
        """The ``Authorization`` value; OAuth 1 accounts sign ``method``, ``url`` and the
        form ``data`` pairs (then ``url`` is required)."""
        return self._service.authorization_header(Selector(account), method, url,
                                                  data).reveal()

    def session(self, account: str, *, consumer_only: bool = False,
                timeout: float | tuple[float, float] = DEFAULT_TIMEOUT) -> requests.Session:
        """A ``requests.Session`` whose auth signs every request for ``account`` (Bearer,
        refreshed when due and once after a 401, or OAuth 1 over method, URL and form
        body). Paths such as ``"/user"`` resolve against the provider's ``api_base_url``.
        ``consumer_only``: ``account`` is an OAuth 1 provider id, requests are signed
        with its consumer key and secret alone. Use one session per thread."""
        from tokenmgr.requests_auth import AccountSession
        from tokenmgr.signing import AccountSigner

        signer = AccountSigner(self._service, account, consumer_only=consumer_only)
        return AccountSession(signer, timeout=timeout)
