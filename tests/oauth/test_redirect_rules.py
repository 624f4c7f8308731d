"""The exact rules of redirect validation: the limits at their edges, every error's
message as the user reads it, which pasted text is read as a redirect and which as a
bare code, and the OAuth 1 callback."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tokenmgr.errors import (
    BadRequestError,
    BadStateError,
    CsrfError,
    FlowError,
    IssuerMismatchError,
    NotApprovedError,
    ProviderError,
)
from tokenmgr.oauth.redirect import (
    AuthorizationResponse,
    parse_query,
    validate_oauth1_redirect,
    validate_pasted,
    validate_redirect,
)
from tokenmgr.secret import Secret

STATE = "st4te-Value-0123456789abcdefghijklmnopqrs"
OTHER_STATE = "0ther-State-0123456789abcdefghijklmnopqrs"
CODE = "c0de-Value-SplxlOBeZQQYbYS6WxSbIA"
ISSUER = "https://issuer.example.com"
TOKEN = "request-token-abc"


def q(*pairs: tuple[str, str]) -> dict[str, list[str]]:
    return parse_query(urlencode(list(pairs)))


def refused(call, *args, **kwargs) -> tuple[type[FlowError], str]:
    with pytest.raises(FlowError) as info:
        call(*args, **kwargs)
    return type(info.value), str(info.value)


# --- limits, at their edges ----------------------------------------------------------


def test_a_parameter_of_4096_characters_is_accepted_4097_is_too_long():
    accepted = validate_redirect(q(("code", "c" * 4096), ("state", STATE)), Secret(STATE))
    assert accepted.code.reveal() == "c" * 4096
    too_long = q(("code", "c" * 4097), ("state", STATE))
    assert refused(validate_redirect, too_long, Secret(STATE)) == (
        BadRequestError, "The redirect's parameter 'code' is too long.")


def test_fifty_parameters_are_read_fifty_one_are_too_many():
    pairs = [("code", CODE), ("state", STATE)] + [(f"p{i}", "1") for i in range(48)]
    assert len(parse_query(urlencode(pairs))) == 50
    assert refused(parse_query, urlencode([*pairs, ("p48", "1")])) == (
        BadRequestError, "The redirect has too many parameters.")


def test_blank_values_are_kept_as_present_but_empty():
    assert parse_query("code=&state=s&iss") == {"code": [""], "state": ["s"], "iss": [""]}


# --- every refusal of a redirect, as the user reads it ---------------------------------------


@pytest.mark.parametrize(("params", "expected", "issuer", "error"), [
    (q(("code", CODE), ("state", STATE)), None, None,
     (BadStateError, "No sign-in is waiting for this answer; start again.")),
    (q(("code", CODE)), STATE, None,
     (BadRequestError, "The redirect has no state parameter.")),
    (q(("code", CODE), ("state", STATE), ("code", CODE)), STATE, None,
     (BadRequestError, "The redirect repeats the parameter 'code'.")),
    (q(("code", CODE), ("state", OTHER_STATE)), STATE, None,
     (CsrfError, "The redirect's state does not match this sign-in (possible CSRF).")),
    (q(("error", "access_denied"), ("state", OTHER_STATE)), STATE, None,
     (BadRequestError, "An error redirect arrived that is not for this sign-in.")),
    (q(("code", CODE), ("state", STATE), ("iss", "https://evil.example")), STATE, ISSUER,
     (IssuerMismatchError, "The redirect's issuer (iss) is missing or not the provider's.")),
    (q(("error", "access_denied"), ("state", STATE)), STATE, None,
     (NotApprovedError, "The sign-in was not approved.")),
    (q(("error", "invalid_scope"), ("state", STATE), ("error_description", "Bad scope")), STATE,
     None, (ProviderError, "The provider refused: invalid_scope (Bad scope)")),
    (q(("state", STATE)), STATE, None,
     (BadRequestError, "The redirect has neither a code nor an error.")),
], ids=["no-sign-in", "no-state", "repeated", "csrf", "stray-error", "issuer", "denied",
        "provider-error", "no-code"])
def test_each_refusal_has_its_own_error_and_message(params, expected, issuer, error):
    state = None if expected is None else Secret(expected)
    assert refused(validate_redirect, params, state, expected_issuer=issuer) == error


def test_an_iss_from_a_provider_not_advertising_rfc9207_is_kept_but_not_checked():
    response = validate_redirect(q(("code", CODE), ("state", STATE), ("iss", "https://any")),
                                 Secret(STATE))
    assert response == AuthorizationResponse(Secret(CODE), "https://any")


def test_an_empty_error_description_is_no_description():
    with pytest.raises(ProviderError) as info:
        validate_redirect(q(("error", "server_error"), ("error_description", ""),
                            ("state", STATE)), Secret(STATE))
    assert info.value.description is None
    assert str(info.value) == "The provider refused: server_error"


def test_a_state_that_is_not_valid_unicode_is_a_mismatch_not_a_crash():
    params = {"code": [CODE], "state": ["\ud800" + STATE]}
    assert refused(validate_redirect, params, Secret(STATE))[0] is CsrfError


def test_a_non_ascii_state_equal_to_the_expected_one_matches():
    state = "\u00e9t\u00e4t-" + STATE
    response = validate_redirect(q(("code", CODE), ("state", state)), Secret(state))
    assert response.code.reveal() == CODE


# --- pasted text: a redirect, or a bare code -------------------------------------------------


REDIRECT_FORMS = [
    f"https://app.example/cb?{urlencode({'code': CODE, 'state': STATE})}",
    f"http://127.0.0.1:8765/callback?{urlencode({'code': CODE, 'state': STATE})}",
    f"?{urlencode({'code': CODE, 'state': STATE})}",
    f"/callback?{urlencode({'code': CODE, 'state': STATE})}",
    urlencode({"code": CODE, "state": STATE}),
    urlencode({"other": "1", "state": STATE, "code": CODE}),
    f"?{urlencode({'state': STATE, 'code': CODE})}",
    f"/callback?{urlencode({'state': STATE, 'code': CODE})}",
]


@pytest.mark.parametrize("text", REDIRECT_FORMS,
                         ids=["https-url", "loopback-url", "query", "path", "code-first",
                              "state-later", "query-state-first", "path-state-first"])
def test_every_redirect_form_is_checked_against_the_state(text):
    assert validate_pasted(text, Secret(STATE)).code.reveal() == CODE
    assert refused(validate_pasted, text, Secret(OTHER_STATE))[0] is CsrfError


@pytest.mark.parametrize("text", [
    f"https://app.example/cb?{urlencode({'error': 'access_denied', 'state': STATE})}",
    urlencode({"error": "access_denied", "state": STATE}),
])
def test_a_pasted_refusal_is_not_approved(text):
    assert refused(validate_pasted, text, Secret(STATE)) == (
        NotApprovedError, "The sign-in was not approved.")


@pytest.mark.parametrize("text", [f"code={CODE}", "error=access_denied"])
def test_a_pasted_query_without_state_is_a_redirect_missing_its_state_not_a_code(text):
    assert refused(validate_pasted, text, Secret(STATE))[0] is BadRequestError


def test_a_url_without_a_query_has_no_state():
    assert refused(validate_pasted, "https://app.example/cb", Secret(STATE)) == (
        BadRequestError, "The redirect has no state parameter.")


@pytest.mark.parametrize("code", ["4/0AX4XfWh-abc_def", "c" * 4096, "abc?def", "a/b", "x=y"])
def test_a_bare_code_is_taken_as_it_is(code):
    response = validate_pasted(f"\n {code} \t", Secret(STATE))
    assert response == AuthorizationResponse(Secret(code))
    assert response.issuer is None


@pytest.mark.parametrize(("text", "expected", "error"), [
    ("", STATE, (BadRequestError, "Nothing was pasted.")),
    (" \n\t ", STATE, (BadRequestError, "Nothing was pasted.")),
    (CODE, None, (BadStateError, "No sign-in is waiting for a code; start again.")),
    (f"{CODE} {CODE}", STATE, (BadRequestError, "That does not look like an authorization code.")),
    ("c" * 4097, STATE, (BadRequestError, "That does not look like an authorization code.")),
], ids=["empty", "blank", "no-sign-in", "two-words", "too-long"])
def test_pasted_text_that_is_refused_says_why(text, expected, error):
    state = None if expected is None else Secret(expected)
    assert refused(validate_pasted, text, state) == error


# --- the OAuth 1 callback --------------------------------------------------------------------


def test_oauth1_callback_returns_the_verifier():
    response = validate_oauth1_redirect(q(("oauth_token", TOKEN), ("oauth_verifier", "v3r")),
                                        Secret(TOKEN))
    assert response == AuthorizationResponse(Secret("v3r"))


def test_legacy_oauth1_callback_without_verifier_returns_an_empty_one():
    response = validate_oauth1_redirect(q(("oauth_token", TOKEN)), Secret(TOKEN),
                                        require_verifier=False)
    assert response.code.reveal() == ""
    with_verifier = validate_oauth1_redirect(
        q(("oauth_token", TOKEN), ("oauth_verifier", "v")), Secret(TOKEN), require_verifier=False)
    assert with_verifier.code.reveal() == "v"


@pytest.mark.parametrize(("params", "expected", "error"), [
    (q(("oauth_token", TOKEN), ("oauth_verifier", "v")), None,
     (BadStateError, "No sign-in is waiting for this answer; start again.")),
    (q(("oauth_token", TOKEN), ("oauth_token", TOKEN)), TOKEN,
     (BadRequestError, "The redirect repeats the parameter 'oauth_token'.")),
    (q(("denied", TOKEN)), TOKEN, (NotApprovedError, "The sign-in was not approved.")),
    (q(("denied", "another-token"), ("oauth_token", TOKEN), ("oauth_verifier", "v")), TOKEN,
     (BadRequestError, "A refusal arrived that is not for this sign-in.")),
    (q(("oauth_verifier", "v")), TOKEN,
     (BadRequestError, "The callback has no oauth_token parameter.")),
    (q(("oauth_token", "another-token"), ("oauth_verifier", "v")), TOKEN,
     (CsrfError, "The callback's oauth_token is not this sign-in's (possible CSRF).")),
    (q(("oauth_token", TOKEN)), TOKEN,
     (NotApprovedError, "The provider sent no verifier: the sign-in was not approved.")),
    (q(("oauth_token", TOKEN), ("oauth_verifier", "")), TOKEN,
     (NotApprovedError, "The provider sent no verifier: the sign-in was not approved.")),
], ids=["no-sign-in", "repeated", "denied", "stray-denied", "no-token", "csrf", "no-verifier",
        "empty-verifier"])
def test_each_oauth1_refusal_has_its_own_error_and_message(params, expected, error):
    token = None if expected is None else Secret(expected)
    assert refused(validate_oauth1_redirect, params, token) == error
