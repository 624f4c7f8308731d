"""Typed errors of the core: one class per way things fail.

The core raises these; only the CLI and the window turn them into words and
exit codes. Messages never contain secrets: callers build them from provider
ids, ports, error codes and provider-supplied descriptions only.
"""

from __future__ import annotations


class TokenmgrError(Exception):
    """Base class; ``str(err)`` is a sentence fit to show a user, ``next_step`` (maybe
    empty) what to do about it — as the Dropbox SDK documents one per flow error."""

    exit_code = 1
    next_step = ""


# --- configuration -----------------------------------------------------------


class ConfigError(TokenmgrError):
    """A providers.toml problem, naming file, line and key."""

    exit_code = 2


class UnknownProviderError(TokenmgrError):
    exit_code = 3


class NotConfiguredError(TokenmgrError):
    """The provider has no client id yet: run Configure first."""

    exit_code = 2


class UnsupportedError(TokenmgrError):
    """The action does not apply to this kind of account or provider."""

    exit_code = 2


class UsageError(TokenmgrError):
    """A command-line value that cannot be used as given (e.g. a bad ``--scopes``)."""

    exit_code = 2


class InsecureEndpointError(TokenmgrError):
    """A non-loopback ``http://`` (or other non-https) endpoint was refused."""


# --- the authorization redirect (mirrors the Dropbox SDK's flow errors) --------


class FlowError(TokenmgrError):
    """The sign-in did not produce a code."""

    exit_code = 2


class BadRequestError(FlowError):
    """The redirect was malformed (no code, repeated parameters, ...)."""

    next_step = "Start the sign-in again; if this repeats, the provider's answer is malformed."


class BadStateError(FlowError):
    """No sign-in is pending for this redirect: start again."""

    next_step = "Start the sign-in again from tokenmgr."


class CsrfError(FlowError):
    """The redirect's ``state`` (or OAuth 1 ``oauth_token``) is not ours."""

    next_step = ("Start the sign-in again from tokenmgr, and approve only sign-ins you "
                 "started yourself.")


class NotApprovedError(FlowError):
    """The user declined (``error=access_denied``)."""

    next_step = "To give tokenmgr access, connect again and approve it at the provider."


class ProviderError(FlowError):
    """The provider answered with an error code and maybe a description."""

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        self.next_step = next_step_for(error, description)
        text = f"The provider refused: {error}"
        if description:
            text += f" ({description})"
        super().__init__(text)


class IssuerMismatchError(FlowError):
    """RFC 9207: the redirect's ``iss`` is missing or not the expected issuer."""

    next_step = ("Start the sign-in again; if this repeats, check the provider's issuer "
                 "in providers.toml.")


class FlowCancelledError(FlowError):
    pass


class FlowTimeoutError(FlowError):
    next_step = "Connect again and finish in the browser before the time runs out."


class PortInUseError(FlowError):
    def __init__(self, port: int) -> None:
        self.port = port
        super().__init__(
            f"Port {port} on 127.0.0.1 is already in use; close the program using it "
            "or change the provider's redirect port."
        )


class BrowserError(FlowError):
    """The authorization URL was refused before any browser was launched."""


# --- talking to the provider --------------------------------------------------


class NetworkError(TokenmgrError):
    """The provider could not be reached, timed out or answered 5xx."""

    exit_code = 5


class ProviderBusyError(NetworkError):
    """The provider said "not now": HTTP 408, 429 or 5xx, maybe with ``Retry-After``.

    Transient: the account is fine and nothing needs re-connecting."""

    def __init__(self, message: str, *, status: int, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(message)


class OfflineError(NetworkError):
    """No connection to the provider could be made (DNS, refused, connect timeout):
    the request was never sent, so it is safe to try it again."""


class ScopeNarrowingError(TokenmgrError):
    """A re-connect would drop scopes the account has; ``--replace-scopes`` confirms it."""

    exit_code = 2


class TokenResponseError(TokenmgrError):
    """The token endpoint answered something that is not a usable token."""

    exit_code = 5


class IdTokenError(TokenResponseError):
    """The ID token failed verification (signature, iss, aud, exp/iat, nonce, alg):
    the sign-in is refused and nothing is stored."""


class TokenEndpointError(TokenmgrError):
    """The token endpoint answered an OAuth error (other than invalid_grant)."""

    exit_code = 5

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        self.next_step = next_step_for(error, description)
        text = f"The token endpoint refused: {error}"
        if description:
            text += f" ({description})"
        super().__init__(text)


class InvalidGrantError(TokenEndpointError):
    """The refresh token (or code) is no longer valid: re-connect needed."""

    exit_code = 4


class NeedsReconnectError(TokenmgrError):
    exit_code = 4


class RevokeError(TokenmgrError):
    """Revocation did not take; the account is kept."""

    exit_code = 5


# --- the store ---------------------------------------------------------------


class StoreError(TokenmgrError):
    exit_code = 6


class KeyringUnavailableError(StoreError):
    """No keyring that protects secrets is available; nothing is stored."""


class KeyringLockedError(StoreError):
    """The keyring did not answer in time (locked, or a prompt is pending)."""


class EntryCorruptError(StoreError):
    """A stored entry could not be read; it is left untouched."""


class AccountNotFoundError(TokenmgrError):
    exit_code = 3


class AmbiguousAccountError(TokenmgrError):
    exit_code = 3


# --- the recommended next step -------------------------------------------------

_CLOCK = "Check your computer's clock (date, time and time zone), then connect again."
_NEXT_BY_ERROR = {
    "invalid_grant": "Connect the account again.",
    "invalid_client": "Check the client id and secret (`tokenmgr configure PROVIDER`).",
    "unauthorized_client": "Check the client id and the app's settings at the provider.",
    "invalid_scope": "Connect again with scopes the app may ask for (--scopes).",
    "invalid_request": "Check the provider's settings (client id, redirect URI), then "
                       "connect again.",
    "temporarily_unavailable": "Try again in a few minutes.",
    "server_error": "Try again in a few minutes.",
    "access_denied": "To give tokenmgr access, connect again and approve it at the provider.",
    # OAuth 1 (RFC 5849 3.2; the OAuth Problem Reporting extension's oauth_problem codes)
    "http_401": "Check the consumer key and secret, and your computer's clock (OAuth 1 "
                "signatures carry the time), then connect again.",
    "timestamp_refused": _CLOCK,
}


def next_step_for(error: str, description: str | None) -> str:
    """The step to recommend for a provider's error code (and its description)."""
    text = f"{error} {description or ''}".lower()
    if "timestamp" in text or "clock" in text:
        return _CLOCK
    return _NEXT_BY_ERROR.get(error, "Check the provider's settings, then connect again.")
