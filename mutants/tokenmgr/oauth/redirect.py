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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class AuthorizationResponse:
    code: Secret
    issuer: str | None = None
mutants_x_parse_query__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_query__mutmut)
def parse_query(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_orig(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_1(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(None, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_2(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=None, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_3(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=None)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_4(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_5(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_6(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, )
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_7(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=False, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_8(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=51)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("The redirect has too many parameters.") from None


def x_parse_query__mutmut_9(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError(None) from None


def x_parse_query__mutmut_10(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("XXThe redirect has too many parameters.XX") from None


def x_parse_query__mutmut_11(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("the redirect has too many parameters.") from None


def x_parse_query__mutmut_12(query: str) -> dict[str, list[str]]:
    """``parse_qs`` keeping blanks, so ``code=`` is seen as present-but-empty."""
    try:
        return parse_qs(query, keep_blank_values=True, max_num_fields=50)
    except ValueError:  # more than max_num_fields
        raise BadRequestError("THE REDIRECT HAS TOO MANY PARAMETERS.") from None

mutants_x_parse_query__mutmut['_mutmut_orig'] = x_parse_query__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_1'] = x_parse_query__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_2'] = x_parse_query__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_3'] = x_parse_query__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_4'] = x_parse_query__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_5'] = x_parse_query__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_6'] = x_parse_query__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_7'] = x_parse_query__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_8'] = x_parse_query__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_9'] = x_parse_query__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_10'] = x_parse_query__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_11'] = x_parse_query__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_query__mutmut['x_parse_query__mutmut_12'] = x_parse_query__mutmut_12 # type: ignore # mutmut generated
mutants_x__single__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__single__mutmut)
def _single(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def x__single__mutmut_orig(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def x__single__mutmut_1(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = None
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def x__single__mutmut_2(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) == 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def x__single__mutmut_3(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 2:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def x__single__mutmut_4(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(None)
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def x__single__mutmut_5(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) >= MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[0]
    return single


def x__single__mutmut_6(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(None)
        single[key] = values[0]
    return single


def x__single__mutmut_7(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = None
    return single


def x__single__mutmut_8(params: Mapping[str, Sequence[str]]) -> dict[str, str]:
    single: dict[str, str] = {}
    for key, values in params.items():
        if len(values) != 1:
            raise BadRequestError(f"The redirect repeats the parameter {key!r}.")
        if len(values[0]) > MAX_PARAM_LENGTH:
            raise BadRequestError(f"The redirect's parameter {key!r} is too long.")
        single[key] = values[1]
    return single

mutants_x__single__mutmut['_mutmut_orig'] = x__single__mutmut_orig # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_1'] = x__single__mutmut_1 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_2'] = x__single__mutmut_2 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_3'] = x__single__mutmut_3 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_4'] = x__single__mutmut_4 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_5'] = x__single__mutmut_5 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_6'] = x__single__mutmut_6 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_7'] = x__single__mutmut_7 # type: ignore # mutmut generated
mutants_x__single__mutmut['x__single__mutmut_8'] = x__single__mutmut_8 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__state_matches__mutmut)
def _state_matches(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", "replace"), expected.reveal().encode())


def x__state_matches__mutmut_orig(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", "replace"), expected.reveal().encode())


def x__state_matches__mutmut_1(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(None, expected.reveal().encode())


def x__state_matches__mutmut_2(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", "replace"), None)


def x__state_matches__mutmut_3(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(expected.reveal().encode())


def x__state_matches__mutmut_4(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", "replace"), )


def x__state_matches__mutmut_5(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode(None, "replace"), expected.reveal().encode())


def x__state_matches__mutmut_6(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", None), expected.reveal().encode())


def x__state_matches__mutmut_7(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("replace"), expected.reveal().encode())


def x__state_matches__mutmut_8(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", ), expected.reveal().encode())


def x__state_matches__mutmut_9(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("XXutf-8XX", "replace"), expected.reveal().encode())


def x__state_matches__mutmut_10(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("UTF-8", "replace"), expected.reveal().encode())


def x__state_matches__mutmut_11(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", "XXreplaceXX"), expected.reveal().encode())


def x__state_matches__mutmut_12(got: str, expected: Secret) -> bool:
    return hmac.compare_digest(got.encode("utf-8", "REPLACE"), expected.reveal().encode())

mutants_x__state_matches__mutmut['_mutmut_orig'] = x__state_matches__mutmut_orig # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_1'] = x__state_matches__mutmut_1 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_2'] = x__state_matches__mutmut_2 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_3'] = x__state_matches__mutmut_3 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_4'] = x__state_matches__mutmut_4 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_5'] = x__state_matches__mutmut_5 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_6'] = x__state_matches__mutmut_6 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_7'] = x__state_matches__mutmut_7 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_8'] = x__state_matches__mutmut_8 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_9'] = x__state_matches__mutmut_9 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_10'] = x__state_matches__mutmut_10 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_11'] = x__state_matches__mutmut_11 # type: ignore # mutmut generated
mutants_x__state_matches__mutmut['x__state_matches__mutmut_12'] = x__state_matches__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_redirect__mutmut)
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


def x_validate_redirect__mutmut_orig(
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


def x_validate_redirect__mutmut_1(
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
    single = None
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


def x_validate_redirect__mutmut_2(
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
    single = _single(None)
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


def x_validate_redirect__mutmut_3(
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
    if expected_state is not None:
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


def x_validate_redirect__mutmut_4(
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
        raise BadStateError(None)
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


def x_validate_redirect__mutmut_5(
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
        raise BadStateError("XXNo sign-in is waiting for this answer; start again.XX")
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


def x_validate_redirect__mutmut_6(
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
        raise BadStateError("no sign-in is waiting for this answer; start again.")
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


def x_validate_redirect__mutmut_7(
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
        raise BadStateError("NO SIGN-IN IS WAITING FOR THIS ANSWER; START AGAIN.")
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


def x_validate_redirect__mutmut_8(
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
    state = None
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


def x_validate_redirect__mutmut_9(
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
    state = single.get(None)
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


def x_validate_redirect__mutmut_10(
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
    state = single.get("XXstateXX")
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


def x_validate_redirect__mutmut_11(
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
    state = single.get("STATE")
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


def x_validate_redirect__mutmut_12(
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
    error = None
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


def x_validate_redirect__mutmut_13(
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
    error = single.get(None)
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


def x_validate_redirect__mutmut_14(
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
    error = single.get("XXerrorXX")
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


def x_validate_redirect__mutmut_15(
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
    error = single.get("ERROR")
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


def x_validate_redirect__mutmut_16(
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
    if state is not None:
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


def x_validate_redirect__mutmut_17(
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
        raise BadRequestError(None)
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


def x_validate_redirect__mutmut_18(
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
        raise BadRequestError("XXThe redirect has no state parameter.XX")
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


def x_validate_redirect__mutmut_19(
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
        raise BadRequestError("the redirect has no state parameter.")
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


def x_validate_redirect__mutmut_20(
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
        raise BadRequestError("THE REDIRECT HAS NO STATE PARAMETER.")
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


def x_validate_redirect__mutmut_21(
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
    if _state_matches(state, expected_state):
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


def x_validate_redirect__mutmut_22(
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
    if not _state_matches(None, expected_state):
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


def x_validate_redirect__mutmut_23(
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
    if not _state_matches(state, None):
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


def x_validate_redirect__mutmut_24(
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
    if not _state_matches(expected_state):
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


def x_validate_redirect__mutmut_25(
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
    if not _state_matches(state, ):
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


def x_validate_redirect__mutmut_26(
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
        if error is None:
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


def x_validate_redirect__mutmut_27(
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
            raise BadRequestError(None)
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


def x_validate_redirect__mutmut_28(
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
            raise BadRequestError("XXAn error redirect arrived that is not for this sign-in.XX")
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


def x_validate_redirect__mutmut_29(
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
            raise BadRequestError("an error redirect arrived that is not for this sign-in.")
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


def x_validate_redirect__mutmut_30(
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
            raise BadRequestError("AN ERROR REDIRECT ARRIVED THAT IS NOT FOR THIS SIGN-IN.")
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


def x_validate_redirect__mutmut_31(
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
        raise CsrfError(None)
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


def x_validate_redirect__mutmut_32(
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
        raise CsrfError("XXThe redirect's state does not match this sign-in (possible CSRF).XX")
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


def x_validate_redirect__mutmut_33(
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
        raise CsrfError("the redirect's state does not match this sign-in (possible csrf).")
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


def x_validate_redirect__mutmut_34(
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
        raise CsrfError("THE REDIRECT'S STATE DOES NOT MATCH THIS SIGN-IN (POSSIBLE CSRF).")
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


def x_validate_redirect__mutmut_35(
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
    if expected_issuer is not None or single.get("iss") != expected_issuer:
        raise IssuerMismatchError("The redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_36(
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
    if expected_issuer is None and single.get("iss") != expected_issuer:
        raise IssuerMismatchError("The redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_37(
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
    if expected_issuer is not None and single.get(None) != expected_issuer:
        raise IssuerMismatchError("The redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_38(
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
    if expected_issuer is not None and single.get("XXissXX") != expected_issuer:
        raise IssuerMismatchError("The redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_39(
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
    if expected_issuer is not None and single.get("ISS") != expected_issuer:
        raise IssuerMismatchError("The redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_40(
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
    if expected_issuer is not None and single.get("iss") == expected_issuer:
        raise IssuerMismatchError("The redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_41(
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
        raise IssuerMismatchError(None)
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_42(
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
        raise IssuerMismatchError("XXThe redirect's issuer (iss) is missing or not the provider's.XX")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_43(
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
        raise IssuerMismatchError("the redirect's issuer (iss) is missing or not the provider's.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_44(
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
        raise IssuerMismatchError("THE REDIRECT'S ISSUER (ISS) IS MISSING OR NOT THE PROVIDER'S.")
    if error is not None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_45(
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
    if error is None:
        if error == "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_46(
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
        if error != "access_denied":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_47(
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
        if error == "XXaccess_deniedXX":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_48(
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
        if error == "ACCESS_DENIED":
            raise NotApprovedError("The sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_49(
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
            raise NotApprovedError(None)
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_50(
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
            raise NotApprovedError("XXThe sign-in was not approved.XX")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_51(
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
            raise NotApprovedError("the sign-in was not approved.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_52(
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
            raise NotApprovedError("THE SIGN-IN WAS NOT APPROVED.")
        raise ProviderError(error, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_53(
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
        raise ProviderError(None, single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_54(
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
        raise ProviderError(error, None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_55(
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
        raise ProviderError(single.get("error_description") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_56(
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
        raise ProviderError(error, )
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_57(
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
        raise ProviderError(error, single.get("error_description") and None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_58(
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
        raise ProviderError(error, single.get(None) or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_59(
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
        raise ProviderError(error, single.get("XXerror_descriptionXX") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_60(
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
        raise ProviderError(error, single.get("ERROR_DESCRIPTION") or None)
    code = single.get("code")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_61(
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
    code = None
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_62(
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
    code = single.get(None)
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_63(
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
    code = single.get("XXcodeXX")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_64(
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
    code = single.get("CODE")
    if not code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_65(
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
    if code:
        raise BadRequestError("The redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_66(
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
        raise BadRequestError(None)
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_67(
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
        raise BadRequestError("XXThe redirect has neither a code nor an error.XX")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_68(
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
        raise BadRequestError("the redirect has neither a code nor an error.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_69(
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
        raise BadRequestError("THE REDIRECT HAS NEITHER A CODE NOR AN ERROR.")
    return AuthorizationResponse(Secret(code), single.get("iss"))


def x_validate_redirect__mutmut_70(
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
    return AuthorizationResponse(None, single.get("iss"))


def x_validate_redirect__mutmut_71(
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
    return AuthorizationResponse(Secret(code), None)


def x_validate_redirect__mutmut_72(
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
    return AuthorizationResponse(single.get("iss"))


def x_validate_redirect__mutmut_73(
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
    return AuthorizationResponse(Secret(code), )


def x_validate_redirect__mutmut_74(
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
    return AuthorizationResponse(Secret(None), single.get("iss"))


def x_validate_redirect__mutmut_75(
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
    return AuthorizationResponse(Secret(code), single.get(None))


def x_validate_redirect__mutmut_76(
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
    return AuthorizationResponse(Secret(code), single.get("XXissXX"))


def x_validate_redirect__mutmut_77(
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
    return AuthorizationResponse(Secret(code), single.get("ISS"))

mutants_x_validate_redirect__mutmut['_mutmut_orig'] = x_validate_redirect__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_1'] = x_validate_redirect__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_2'] = x_validate_redirect__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_3'] = x_validate_redirect__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_4'] = x_validate_redirect__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_5'] = x_validate_redirect__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_6'] = x_validate_redirect__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_7'] = x_validate_redirect__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_8'] = x_validate_redirect__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_9'] = x_validate_redirect__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_10'] = x_validate_redirect__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_11'] = x_validate_redirect__mutmut_11 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_12'] = x_validate_redirect__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_13'] = x_validate_redirect__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_14'] = x_validate_redirect__mutmut_14 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_15'] = x_validate_redirect__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_16'] = x_validate_redirect__mutmut_16 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_17'] = x_validate_redirect__mutmut_17 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_18'] = x_validate_redirect__mutmut_18 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_19'] = x_validate_redirect__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_20'] = x_validate_redirect__mutmut_20 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_21'] = x_validate_redirect__mutmut_21 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_22'] = x_validate_redirect__mutmut_22 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_23'] = x_validate_redirect__mutmut_23 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_24'] = x_validate_redirect__mutmut_24 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_25'] = x_validate_redirect__mutmut_25 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_26'] = x_validate_redirect__mutmut_26 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_27'] = x_validate_redirect__mutmut_27 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_28'] = x_validate_redirect__mutmut_28 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_29'] = x_validate_redirect__mutmut_29 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_30'] = x_validate_redirect__mutmut_30 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_31'] = x_validate_redirect__mutmut_31 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_32'] = x_validate_redirect__mutmut_32 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_33'] = x_validate_redirect__mutmut_33 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_34'] = x_validate_redirect__mutmut_34 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_35'] = x_validate_redirect__mutmut_35 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_36'] = x_validate_redirect__mutmut_36 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_37'] = x_validate_redirect__mutmut_37 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_38'] = x_validate_redirect__mutmut_38 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_39'] = x_validate_redirect__mutmut_39 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_40'] = x_validate_redirect__mutmut_40 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_41'] = x_validate_redirect__mutmut_41 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_42'] = x_validate_redirect__mutmut_42 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_43'] = x_validate_redirect__mutmut_43 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_44'] = x_validate_redirect__mutmut_44 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_45'] = x_validate_redirect__mutmut_45 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_46'] = x_validate_redirect__mutmut_46 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_47'] = x_validate_redirect__mutmut_47 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_48'] = x_validate_redirect__mutmut_48 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_49'] = x_validate_redirect__mutmut_49 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_50'] = x_validate_redirect__mutmut_50 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_51'] = x_validate_redirect__mutmut_51 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_52'] = x_validate_redirect__mutmut_52 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_53'] = x_validate_redirect__mutmut_53 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_54'] = x_validate_redirect__mutmut_54 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_55'] = x_validate_redirect__mutmut_55 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_56'] = x_validate_redirect__mutmut_56 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_57'] = x_validate_redirect__mutmut_57 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_58'] = x_validate_redirect__mutmut_58 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_59'] = x_validate_redirect__mutmut_59 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_60'] = x_validate_redirect__mutmut_60 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_61'] = x_validate_redirect__mutmut_61 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_62'] = x_validate_redirect__mutmut_62 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_63'] = x_validate_redirect__mutmut_63 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_64'] = x_validate_redirect__mutmut_64 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_65'] = x_validate_redirect__mutmut_65 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_66'] = x_validate_redirect__mutmut_66 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_67'] = x_validate_redirect__mutmut_67 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_68'] = x_validate_redirect__mutmut_68 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_69'] = x_validate_redirect__mutmut_69 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_70'] = x_validate_redirect__mutmut_70 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_71'] = x_validate_redirect__mutmut_71 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_72'] = x_validate_redirect__mutmut_72 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_73'] = x_validate_redirect__mutmut_73 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_74'] = x_validate_redirect__mutmut_74 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_75'] = x_validate_redirect__mutmut_75 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_76'] = x_validate_redirect__mutmut_76 # type: ignore # mutmut generated
mutants_x_validate_redirect__mutmut['x_validate_redirect__mutmut_77'] = x_validate_redirect__mutmut_77 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_pasted__mutmut)
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
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_orig(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_1(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = None
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_2(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_3(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError(None)
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_4(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("XXNothing was pasted.XX")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_5(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_6(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("NOTHING WAS PASTED.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_7(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) and "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_8(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) and text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_9(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text and text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_10(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "XX://XX" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_11(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" not in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_12(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(None) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_13(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("XX?XX", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_14(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "XX/XX")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_15(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(None) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_16(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("XXcode=XX", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_17(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("CODE=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_18(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "XXerror=XX")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_19(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "ERROR=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_20(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "XX&state=XX" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_21(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&STATE=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_22(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" not in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_23(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = None
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_24(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") and False else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_25(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") or True else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_26(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(None).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_27(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text and text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_28(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("XX://XX" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_29(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" not in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_30(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[1] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_31(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] not in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_32(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "XX?/XX") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_33(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(None, expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_34(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), None,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_35(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=None)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_36(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_37(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_38(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 )
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_39(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(None), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_40(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is not None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_41(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError(None)
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_42(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("XXNo sign-in is waiting for a code; start again.XX")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_43(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("no sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_44(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("NO SIGN-IN IS WAITING FOR A CODE; START AGAIN.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_45(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) and len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_46(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(None) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_47(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) >= MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_48(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError(None)
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_49(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("XXThat does not look like an authorization code.XX")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_50(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("that does not look like an authorization code.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_51(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("THAT DOES NOT LOOK LIKE AN AUTHORIZATION CODE.")
    return AuthorizationResponse(Secret(text))


def x_validate_pasted__mutmut_52(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(None)


def x_validate_pasted__mutmut_53(
    text: str, expected_state: Secret | None, *, expected_issuer: str | None = None
) -> AuthorizationResponse:
    """Accept a pasted redirect URL (validated as above) or a bare code.

    A bare code has no state to check: that is the out-of-band contract, the
    user copied it from the provider's own page.
    """
    text = text.strip()
    if not text:
        raise BadRequestError("Nothing was pasted.")
    if "://" in text or text.startswith(("?", "/")) or text.startswith(("code=", "error=")) \
            or "&state=" in text:
        query = urlsplit(text).query if ("://" in text or text[0] in "?/") else text
        return validate_redirect(parse_query(query), expected_state,
                                 expected_issuer=expected_issuer)
    if expected_state is None:
        raise BadStateError("No sign-in is waiting for a code; start again.")
    if any(c.isspace() for c in text) or len(text) > MAX_PARAM_LENGTH:
        raise BadRequestError("That does not look like an authorization code.")
    return AuthorizationResponse(Secret(None))

mutants_x_validate_pasted__mutmut['_mutmut_orig'] = x_validate_pasted__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_1'] = x_validate_pasted__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_2'] = x_validate_pasted__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_3'] = x_validate_pasted__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_4'] = x_validate_pasted__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_5'] = x_validate_pasted__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_6'] = x_validate_pasted__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_7'] = x_validate_pasted__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_8'] = x_validate_pasted__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_9'] = x_validate_pasted__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_10'] = x_validate_pasted__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_11'] = x_validate_pasted__mutmut_11 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_12'] = x_validate_pasted__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_13'] = x_validate_pasted__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_14'] = x_validate_pasted__mutmut_14 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_15'] = x_validate_pasted__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_16'] = x_validate_pasted__mutmut_16 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_17'] = x_validate_pasted__mutmut_17 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_18'] = x_validate_pasted__mutmut_18 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_19'] = x_validate_pasted__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_20'] = x_validate_pasted__mutmut_20 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_21'] = x_validate_pasted__mutmut_21 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_22'] = x_validate_pasted__mutmut_22 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_23'] = x_validate_pasted__mutmut_23 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_24'] = x_validate_pasted__mutmut_24 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_25'] = x_validate_pasted__mutmut_25 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_26'] = x_validate_pasted__mutmut_26 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_27'] = x_validate_pasted__mutmut_27 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_28'] = x_validate_pasted__mutmut_28 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_29'] = x_validate_pasted__mutmut_29 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_30'] = x_validate_pasted__mutmut_30 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_31'] = x_validate_pasted__mutmut_31 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_32'] = x_validate_pasted__mutmut_32 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_33'] = x_validate_pasted__mutmut_33 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_34'] = x_validate_pasted__mutmut_34 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_35'] = x_validate_pasted__mutmut_35 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_36'] = x_validate_pasted__mutmut_36 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_37'] = x_validate_pasted__mutmut_37 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_38'] = x_validate_pasted__mutmut_38 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_39'] = x_validate_pasted__mutmut_39 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_40'] = x_validate_pasted__mutmut_40 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_41'] = x_validate_pasted__mutmut_41 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_42'] = x_validate_pasted__mutmut_42 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_43'] = x_validate_pasted__mutmut_43 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_44'] = x_validate_pasted__mutmut_44 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_45'] = x_validate_pasted__mutmut_45 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_46'] = x_validate_pasted__mutmut_46 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_47'] = x_validate_pasted__mutmut_47 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_48'] = x_validate_pasted__mutmut_48 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_49'] = x_validate_pasted__mutmut_49 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_50'] = x_validate_pasted__mutmut_50 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_51'] = x_validate_pasted__mutmut_51 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_52'] = x_validate_pasted__mutmut_52 # type: ignore # mutmut generated
mutants_x_validate_pasted__mutmut['x_validate_pasted__mutmut_53'] = x_validate_pasted__mutmut_53 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_oauth1_redirect__mutmut)
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


def x_validate_oauth1_redirect__mutmut_orig(
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


def x_validate_oauth1_redirect__mutmut_1(
    params: Mapping[str, Sequence[str]],
    expected_token: Secret | None,
    *,
    expected_issuer: str | None = None,
    require_verifier: bool = False,
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


def x_validate_oauth1_redirect__mutmut_2(
    params: Mapping[str, Sequence[str]],
    expected_token: Secret | None,
    *,
    expected_issuer: str | None = None,
    require_verifier: bool = True,
) -> AuthorizationResponse:
    """The OAuth 1 callback: ``oauth_token`` must be this flow's request token
    (else CSRF), ``denied`` or a missing verifier means not approved; the
    returned "code" is the ``oauth_verifier`` (empty in legacy 1.0 mode)."""
    single = None
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


def x_validate_oauth1_redirect__mutmut_3(
    params: Mapping[str, Sequence[str]],
    expected_token: Secret | None,
    *,
    expected_issuer: str | None = None,
    require_verifier: bool = True,
) -> AuthorizationResponse:
    """The OAuth 1 callback: ``oauth_token`` must be this flow's request token
    (else CSRF), ``denied`` or a missing verifier means not approved; the
    returned "code" is the ``oauth_verifier`` (empty in legacy 1.0 mode)."""
    single = _single(None)
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


def x_validate_oauth1_redirect__mutmut_4(
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
    if expected_token is not None:
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


def x_validate_oauth1_redirect__mutmut_5(
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
        raise BadStateError(None)
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


def x_validate_oauth1_redirect__mutmut_6(
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
        raise BadStateError("XXNo sign-in is waiting for this answer; start again.XX")
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


def x_validate_oauth1_redirect__mutmut_7(
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
        raise BadStateError("no sign-in is waiting for this answer; start again.")
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


def x_validate_oauth1_redirect__mutmut_8(
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
        raise BadStateError("NO SIGN-IN IS WAITING FOR THIS ANSWER; START AGAIN.")
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


def x_validate_oauth1_redirect__mutmut_9(
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
    denied = None
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


def x_validate_oauth1_redirect__mutmut_10(
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
    denied = single.get(None)
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


def x_validate_oauth1_redirect__mutmut_11(
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
    denied = single.get("XXdeniedXX")
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


def x_validate_oauth1_redirect__mutmut_12(
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
    denied = single.get("DENIED")
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


def x_validate_oauth1_redirect__mutmut_13(
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
    if denied is None:
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


def x_validate_oauth1_redirect__mutmut_14(
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
        if _state_matches(None, expected_token):
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


def x_validate_oauth1_redirect__mutmut_15(
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
        if _state_matches(denied, None):
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


def x_validate_oauth1_redirect__mutmut_16(
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
        if _state_matches(expected_token):
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


def x_validate_oauth1_redirect__mutmut_17(
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
        if _state_matches(denied, ):
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


def x_validate_oauth1_redirect__mutmut_18(
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
            raise NotApprovedError(None)
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


def x_validate_oauth1_redirect__mutmut_19(
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
            raise NotApprovedError("XXThe sign-in was not approved.XX")
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


def x_validate_oauth1_redirect__mutmut_20(
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
            raise NotApprovedError("the sign-in was not approved.")
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


def x_validate_oauth1_redirect__mutmut_21(
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
            raise NotApprovedError("THE SIGN-IN WAS NOT APPROVED.")
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


def x_validate_oauth1_redirect__mutmut_22(
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
        raise BadRequestError(None)
    token = single.get("oauth_token")
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_23(
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
        raise BadRequestError("XXA refusal arrived that is not for this sign-in.XX")
    token = single.get("oauth_token")
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_24(
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
        raise BadRequestError("a refusal arrived that is not for this sign-in.")
    token = single.get("oauth_token")
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_25(
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
        raise BadRequestError("A REFUSAL ARRIVED THAT IS NOT FOR THIS SIGN-IN.")
    token = single.get("oauth_token")
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_26(
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
    token = None
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_27(
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
    token = single.get(None)
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_28(
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
    token = single.get("XXoauth_tokenXX")
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_29(
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
    token = single.get("OAUTH_TOKEN")
    if token is None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_30(
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
    if token is not None:
        raise BadRequestError("The callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_31(
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
        raise BadRequestError(None)
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_32(
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
        raise BadRequestError("XXThe callback has no oauth_token parameter.XX")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_33(
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
        raise BadRequestError("the callback has no oauth_token parameter.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_34(
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
        raise BadRequestError("THE CALLBACK HAS NO OAUTH_TOKEN PARAMETER.")
    if not _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_35(
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
    if _state_matches(token, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_36(
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
    if not _state_matches(None, expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_37(
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
    if not _state_matches(token, None):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_38(
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
    if not _state_matches(expected_token):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_39(
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
    if not _state_matches(token, ):
        raise CsrfError("The callback's oauth_token is not this sign-in's (possible CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_40(
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
        raise CsrfError(None)
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_41(
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
        raise CsrfError("XXThe callback's oauth_token is not this sign-in's (possible CSRF).XX")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_42(
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
        raise CsrfError("the callback's oauth_token is not this sign-in's (possible csrf).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_43(
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
        raise CsrfError("THE CALLBACK'S OAUTH_TOKEN IS NOT THIS SIGN-IN'S (POSSIBLE CSRF).")
    verifier = single.get("oauth_verifier", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_44(
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
    verifier = None
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_45(
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
    verifier = single.get(None, "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_46(
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
    verifier = single.get("oauth_verifier", None)
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_47(
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
    verifier = single.get("")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_48(
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
    verifier = single.get("oauth_verifier", )
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_49(
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
    verifier = single.get("XXoauth_verifierXX", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_50(
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
    verifier = single.get("OAUTH_VERIFIER", "")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_51(
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
    verifier = single.get("oauth_verifier", "XXXX")
    if require_verifier and not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_52(
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
    if require_verifier or not verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_53(
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
    if require_verifier and verifier:
        raise NotApprovedError("The provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_54(
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
        raise NotApprovedError(None)
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_55(
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
        raise NotApprovedError("XXThe provider sent no verifier: the sign-in was not approved.XX")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_56(
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
        raise NotApprovedError("the provider sent no verifier: the sign-in was not approved.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_57(
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
        raise NotApprovedError("THE PROVIDER SENT NO VERIFIER: THE SIGN-IN WAS NOT APPROVED.")
    return AuthorizationResponse(Secret(verifier))


def x_validate_oauth1_redirect__mutmut_58(
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
    return AuthorizationResponse(None)


def x_validate_oauth1_redirect__mutmut_59(
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
    return AuthorizationResponse(Secret(None))

mutants_x_validate_oauth1_redirect__mutmut['_mutmut_orig'] = x_validate_oauth1_redirect__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_1'] = x_validate_oauth1_redirect__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_2'] = x_validate_oauth1_redirect__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_3'] = x_validate_oauth1_redirect__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_4'] = x_validate_oauth1_redirect__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_5'] = x_validate_oauth1_redirect__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_6'] = x_validate_oauth1_redirect__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_7'] = x_validate_oauth1_redirect__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_8'] = x_validate_oauth1_redirect__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_9'] = x_validate_oauth1_redirect__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_10'] = x_validate_oauth1_redirect__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_11'] = x_validate_oauth1_redirect__mutmut_11 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_12'] = x_validate_oauth1_redirect__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_13'] = x_validate_oauth1_redirect__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_14'] = x_validate_oauth1_redirect__mutmut_14 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_15'] = x_validate_oauth1_redirect__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_16'] = x_validate_oauth1_redirect__mutmut_16 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_17'] = x_validate_oauth1_redirect__mutmut_17 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_18'] = x_validate_oauth1_redirect__mutmut_18 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_19'] = x_validate_oauth1_redirect__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_20'] = x_validate_oauth1_redirect__mutmut_20 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_21'] = x_validate_oauth1_redirect__mutmut_21 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_22'] = x_validate_oauth1_redirect__mutmut_22 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_23'] = x_validate_oauth1_redirect__mutmut_23 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_24'] = x_validate_oauth1_redirect__mutmut_24 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_25'] = x_validate_oauth1_redirect__mutmut_25 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_26'] = x_validate_oauth1_redirect__mutmut_26 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_27'] = x_validate_oauth1_redirect__mutmut_27 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_28'] = x_validate_oauth1_redirect__mutmut_28 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_29'] = x_validate_oauth1_redirect__mutmut_29 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_30'] = x_validate_oauth1_redirect__mutmut_30 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_31'] = x_validate_oauth1_redirect__mutmut_31 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_32'] = x_validate_oauth1_redirect__mutmut_32 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_33'] = x_validate_oauth1_redirect__mutmut_33 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_34'] = x_validate_oauth1_redirect__mutmut_34 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_35'] = x_validate_oauth1_redirect__mutmut_35 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_36'] = x_validate_oauth1_redirect__mutmut_36 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_37'] = x_validate_oauth1_redirect__mutmut_37 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_38'] = x_validate_oauth1_redirect__mutmut_38 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_39'] = x_validate_oauth1_redirect__mutmut_39 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_40'] = x_validate_oauth1_redirect__mutmut_40 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_41'] = x_validate_oauth1_redirect__mutmut_41 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_42'] = x_validate_oauth1_redirect__mutmut_42 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_43'] = x_validate_oauth1_redirect__mutmut_43 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_44'] = x_validate_oauth1_redirect__mutmut_44 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_45'] = x_validate_oauth1_redirect__mutmut_45 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_46'] = x_validate_oauth1_redirect__mutmut_46 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_47'] = x_validate_oauth1_redirect__mutmut_47 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_48'] = x_validate_oauth1_redirect__mutmut_48 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_49'] = x_validate_oauth1_redirect__mutmut_49 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_50'] = x_validate_oauth1_redirect__mutmut_50 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_51'] = x_validate_oauth1_redirect__mutmut_51 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_52'] = x_validate_oauth1_redirect__mutmut_52 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_53'] = x_validate_oauth1_redirect__mutmut_53 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_54'] = x_validate_oauth1_redirect__mutmut_54 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_55'] = x_validate_oauth1_redirect__mutmut_55 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_56'] = x_validate_oauth1_redirect__mutmut_56 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_57'] = x_validate_oauth1_redirect__mutmut_57 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_58'] = x_validate_oauth1_redirect__mutmut_58 # type: ignore # mutmut generated
mutants_x_validate_oauth1_redirect__mutmut['x_validate_oauth1_redirect__mutmut_59'] = x_validate_oauth1_redirect__mutmut_59 # type: ignore # mutmut generated
