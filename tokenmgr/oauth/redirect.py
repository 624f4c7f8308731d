"""Validate an authorization redirect's query parameters.

One pure function decides what a redirect means, for the loopback catcher and
for pasted redirect URLs alike. It raises one error class per failure (the
Dropbox SDK's ``DropboxOAuth2Flow`` split, done with types): the catcher maps
them to HTTP status codes and keeps waiting on the ones an attacker could send.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from tokenmgr.errors import (
    BadRequestError,
    BadStateError,
    CsrfError,
    IssuerMismatchError,
    NotApprovedError,
    ProviderError,
)
from tokenmgr.secret import Secret

MAX_PARAM_LENGTH = 4096


@dataclass(frozen=True)
class AuthorizationResponse:
    code: Secret
    issuer: str | None = None


def parse_query(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def _single(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def _state_matches(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode(errors="replace"), expected.reveal().encode())


def validate_redirect(
    params: Mapping[str, Sequence[str]],
    expected_state: Secret | None,
    *,
    expected_issuer: str | None = None,
) -> AuthorizationResponse:
    """Return the code of a valid redirect, or raise the precise error.

    ``expected_state`` is None when no sign-in is pending (BadStateError).
    ``expected_issuer`` is set when the provider advertises RFC 9207; then a
    missing or different ``iss`` is a mix-up and is refused.
    """
    single = _single(params)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for this answer; start again.")
    state = single.get("state")
    error = single.get("error")
    if state is None:
        raise BadRequestError("The redirect has no state parameter.")
    if not _state_matches(state, expected_state):
        if error is not None:
            raise BadRequestError("An error redirect arrived that is not for this sign-in.")
        raise CsrfError("The redirect's state does not match this sign-in (possible CSRF).")
    if expected_issuer is not None and single.get("iss") != expected_issuer:
        raise IssuerMismatchError("The redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def validate_pasted(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    is_address = "://" in text or text.startswith(("?", "/"))
    if is_address or text.startswith(("code=", "error=")) or "&state=" in text:
        query = urlsplit(text).query if is_address else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def validate_oauth1_redirect(
    params: Mapping[str, Sequence[str]],
    expected_token: Secret | None,
    *,
    expected_issuer: str | None = None,
    require_verifier: bool = True,
) -> AuthorizationResponse:
    """The OAuth 1 callback: ``oauth_token`` must be this flow's request token
    (else CSRF), ``denied`` or a missing verifier means not approved; the
    returned "code" is the ``oauth_verifier`` (empty in legacy 1.0 mode)."""
    single = _single(params)
    if expected_token is None:
        raise BadStateError("No sign-in is waiting for this answer; start again.")
    denied = single.get("denied")
    if denied is not None:
        if _state_matches(denied, expected_token):
            raise NotApprovedError("The sign-in was not approved.")
        raise BadRequestError("A refusal arrived that is not for this sign-in.")
    token = single.get("oauth_token")
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))
