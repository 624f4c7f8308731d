"""Typed errors of the core: one class per way things fail.

The core raises these; only the CLI and the window turn them into words and
exit codes. Messages never contain secrets: callers build them from provider
ids, ports, error codes and provider-supplied descriptions only.
"""

from __future__ import annotations


class TokenmgrError(Exception):
    """Base class; ``str(err)`` is a sentence fit to show a user."""

    exit_code = 1


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


class InsecureEndpointError(TokenmgrError):
    """A non-loopback ``http://`` (or other non-https) endpoint was refused."""


# --- the authorization redirect (mirrors the Dropbox SDK's flow errors) --------


class FlowError(TokenmgrError):
    """The sign-in did not produce a code."""

    exit_code = 2


class BadRequestError(FlowError):
    """The redirect was malformed (no code, repeated parameters, ...)."""


class BadStateError(FlowError):
    """No sign-in is pending for this redirect: start again."""


class CsrfError(FlowError):
    """The redirect's ``state`` (or OAuth 1 ``oauth_token``) is not ours."""


class NotApprovedError(FlowError):
    """The user declined (``error=access_denied``)."""


class ProviderError(FlowError):
    """The provider answered with an error code and maybe a description."""

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        text = f"The provider refused: {error}"
        if description:
            text += f" ({description})"
        super().__init__(text)


class IssuerMismatchError(FlowError):
    """RFC 9207: the redirect's ``iss`` is missing or not the expected issuer."""


class FlowCancelledError(FlowError):
    pass


class FlowTimeoutError(FlowError):
    pass


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


class TokenResponseError(TokenmgrError):
    """The token endpoint answered something that is not a usable token."""

    exit_code = 5


class TokenEndpointError(TokenmgrError):
    """The token endpoint answered an OAuth error (other than invalid_grant)."""

    exit_code = 5

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
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
