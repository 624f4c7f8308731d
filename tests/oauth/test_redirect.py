"""validate_redirect / validate_pasted: one error class per failure
(SECURITY.md #2, #3, #10, #28)."""

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
    MAX_PARAM_LENGTH,
    AuthorizationResponse,
    parse_query,
    validate_pasted,
    validate_redirect,
)
from tokenmgr.secret import Secret

STATE = "st4te-Value-0123456789abcdefghijklmnopqrs"
OTHER_STATE = "0ther-State-0123456789abcdefghijklmnopqrs"
CODE = "c0de-Value-SplxlOBeZQQYbYS6WxSbIA"
ISSUER = "https://issuer.example.com"
SECRETS = (STATE, OTHER_STATE, CODE)


def q(*pairs: tuple[str, str]) -> dict[str, list[str]]:
    return parse_query(urlencode(list(pairs)))


def expect(exc_type: type[FlowError], params, state=STATE, **kw) -> FlowError:
    expected = None if state is None else Secret(state)
    with pytest.raises(exc_type) as info:
        validate_redirect(params, expected, **kw)
    assert type(info.value) is exc_type
    assert_no_secret(info.value)
    return info.value


def assert_no_secret(exc: BaseException) -> None:
    shown = " ".join([str(exc), repr(exc), *map(repr, exc.args)])
    for value in SECRETS:
        assert value not in shown


# --- validate_redirect: success -------------------------------------------------


def test_valid_redirect_returns_the_code_as_secret():
    response = validate_redirect(q(("code", CODE), ("state", STATE)), Secret(STATE))
    assert isinstance(response, AuthorizationResponse)
    assert isinstance(response.code, Secret)
    assert response.code.reveal() == CODE
    assert response.issuer is None
    assert CODE not in repr(response)


def test_issuer_equal_to_expected_is_accepted():
    params = q(("code", CODE), ("state", STATE), ("iss", ISSUER))
    response = validate_redirect(params, Secret(STATE), expected_issuer=ISSUER)
    assert response.code.reveal() == CODE
    assert response.issuer == ISSUER


def test_issuer_is_not_required_when_provider_does_not_advertise_rfc9207():
    response = validate_redirect(q(("code", CODE), ("state", STATE)), Secret(STATE))
    assert response.code.reveal() == CODE


def test_long_code_within_limit_is_accepted():
    code = "x" * 3072
    response = validate_redirect(q(("code", code), ("state", STATE)), Secret(STATE))
    assert response.code.reveal() == code


# --- validate_redirect: each failure ---------------------------------------------


def test_missing_state_is_bad_request():
    expect(BadRequestError, q(("code", CODE)))


def test_no_code_and_no_error_is_bad_request():
    expect(BadRequestError, q(("state", STATE)))


def test_empty_code_is_bad_request():
    expect(BadRequestError, q(("code", ""), ("state", STATE)))


@pytest.mark.parametrize("name", ["state", "code", "iss", "error"])
def test_repeated_parameter_is_bad_request(name):
    value = {"state": STATE, "code": CODE, "iss": ISSUER, "error": "access_denied"}[name]
    base = {"code": CODE, "state": STATE}
    params = q(*base.items(), (name, value), (name, value))
    exc = expect(BadRequestError, params)
    assert name in str(exc)


def test_repeated_state_with_one_right_value_is_bad_request():
    expect(BadRequestError, q(("code", CODE), ("state", OTHER_STATE), ("state", STATE)))


def test_over_long_parameter_is_bad_request():
    expect(BadRequestError, q(("code", "x" * (MAX_PARAM_LENGTH + 1)), ("state", STATE)))


def test_too_many_parameters_is_bad_request_not_value_error():
    params = [("code", CODE), ("state", STATE)] + [(f"p{i}", "1") for i in range(60)]
    with pytest.raises(BadRequestError):
        parse_query(urlencode(params))
    with pytest.raises(BadRequestError):
        validate_pasted("http://127.0.0.1:1/callback?" + urlencode(params), Secret(STATE))


def test_no_pending_flow_is_bad_state():
    expect(BadStateError, q(("code", CODE), ("state", STATE)), state=None)


def test_wrong_state_is_csrf():
    expect(CsrfError, q(("code", CODE), ("state", OTHER_STATE)))


def test_state_is_compared_exactly():
    expect(CsrfError, q(("code", CODE), ("state", STATE.upper())))
    expect(CsrfError, q(("code", CODE), ("state", STATE + "x")))
    expect(CsrfError, q(("code", CODE), ("state", STATE[:-1])))
    expect(CsrfError, q(("code", CODE), ("state", "")))
    expect(CsrfError, q(("code", CODE), ("state", STATE + "\u00e9")))


def test_access_denied_with_right_state_is_not_approved():
    expect(NotApprovedError, q(("error", "access_denied"), ("state", STATE)))


def test_provider_error_carries_error_and_description():
    exc = expect(
        ProviderError,
        q(("error", "server_error"), ("error_description", "Try later"), ("state", STATE)),
    )
    assert isinstance(exc, ProviderError)
    assert exc.error == "server_error"
    assert exc.description == "Try later"
    assert "server_error" in str(exc)
    assert "Try later" in str(exc)


def test_provider_error_without_description():
    exc = expect(ProviderError, q(("error", "temporarily_unavailable"), ("state", STATE)))
    assert isinstance(exc, ProviderError)
    assert exc.description is None


def test_error_takes_precedence_over_a_code():
    params = q(("code", CODE), ("error", "access_denied"), ("state", STATE))
    expect(NotApprovedError, params)


@pytest.mark.parametrize("error", ["access_denied", "server_error"])
def test_error_without_state_is_bad_request(error):
    expect(BadRequestError, q(("error", error)))


@pytest.mark.parametrize("error", ["access_denied", "server_error"])
def test_error_with_wrong_state_is_bad_request_not_a_refusal(error):
    expect(BadRequestError, q(("error", error), ("state", OTHER_STATE)))


def test_missing_iss_is_rejected_when_issuer_expected():
    expect(IssuerMismatchError, q(("code", CODE), ("state", STATE)), expected_issuer=ISSUER)


@pytest.mark.parametrize(
    "iss", ["https://evil.example.com", ISSUER + "/", ISSUER.upper(), "", "http://issuer.example.com"]
)
def test_different_iss_is_rejected_when_issuer_expected(iss):
    params = q(("code", CODE), ("state", STATE), ("iss", iss))
    expect(IssuerMismatchError, params, expected_issuer=ISSUER)


def test_error_redirect_with_wrong_iss_is_issuer_mismatch():
    params = q(("error", "access_denied"), ("state", STATE), ("iss", "https://evil.example"))
    expect(IssuerMismatchError, params, expected_issuer=ISSUER)


def test_wrong_state_is_checked_before_issuer():
    params = q(("code", CODE), ("state", OTHER_STATE), ("iss", "https://evil.example"))
    expect(CsrfError, params, expected_issuer=ISSUER)


# --- validate_pasted ---------------------------------------------------------------


def test_pasted_full_url_is_validated_like_a_redirect():
    url = f"http://127.0.0.1:8765/callback?{urlencode({'code': CODE, 'state': STATE})}"
    response = validate_pasted(f"  {url}\n", Secret(STATE))
    assert response.code.reveal() == CODE


def test_pasted_path_and_query_only_forms_are_validated():
    query = urlencode({"code": CODE, "state": STATE})
    assert validate_pasted(f"/callback?{query}", Secret(STATE)).code.reveal() == CODE
    assert validate_pasted(f"?{query}", Secret(STATE)).code.reveal() == CODE


def test_pasted_bare_query_string_is_validated_not_taken_as_a_code():
    assert validate_pasted(urlencode({"code": CODE, "state": STATE}),
                           Secret(STATE)).code.reveal() == CODE
    with pytest.raises(CsrfError):
        validate_pasted(urlencode({"code": CODE, "state": OTHER_STATE}), Secret(STATE))


def test_pasted_url_with_wrong_state_is_csrf():
    url = f"https://app.example/cb?{urlencode({'code': CODE, 'state': OTHER_STATE})}"
    with pytest.raises(CsrfError) as info:
        validate_pasted(url, Secret(STATE))
    assert_no_secret(info.value)


def test_pasted_url_without_state_is_bad_request():
    with pytest.raises(BadRequestError) as info:
        validate_pasted(f"https://app.example/cb?code={CODE}", Secret(STATE))
    assert_no_secret(info.value)


def test_pasted_url_access_denied_is_not_approved():
    url = f"https://app.example/cb?{urlencode({'error': 'access_denied', 'state': STATE})}"
    with pytest.raises(NotApprovedError):
        validate_pasted(url, Secret(STATE))


def test_pasted_url_checks_issuer():
    url = f"https://app.example/cb?{urlencode({'code': CODE, 'state': STATE})}"
    with pytest.raises(IssuerMismatchError):
        validate_pasted(url, Secret(STATE), expected_issuer=ISSUER)
    ok = f"{url}&{urlencode({'iss': ISSUER})}"
    assert validate_pasted(ok, Secret(STATE), expected_issuer=ISSUER).issuer == ISSUER


def test_pasted_url_with_no_flow_pending_is_bad_state():
    url = f"https://app.example/cb?{urlencode({'code': CODE, 'state': STATE})}"
    with pytest.raises(BadStateError):
        validate_pasted(url, None)


def test_pasted_bare_code_is_accepted():
    response = validate_pasted(f"  {CODE}  \n", Secret(STATE))
    assert response.code.reveal() == CODE


def test_pasted_bare_code_with_no_flow_pending_is_bad_state():
    with pytest.raises(BadStateError) as info:
        validate_pasted(CODE, None)
    assert_no_secret(info.value)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_pasting_nothing_is_bad_request(text):
    with pytest.raises(BadRequestError):
        validate_pasted(text, Secret(STATE))


@pytest.mark.parametrize(
    "text", [f"{CODE} {CODE}", f"{CODE}\n{CODE}", "x" * (MAX_PARAM_LENGTH + 1)]
)
def test_pasted_text_that_is_not_a_code_is_bad_request(text):
    with pytest.raises(BadRequestError) as info:
        validate_pasted(text, Secret(STATE))
    assert_no_secret(info.value)


# --- messages never carry the code or state ----------------------------------------


def test_no_error_message_contains_the_code_or_state():
    cases = [
        q(("code", CODE)),
        q(("state", STATE)),
        q(("code", CODE), ("state", OTHER_STATE)),
        q(("code", CODE), ("code", CODE), ("state", STATE)),
        q(("code", CODE), ("state", STATE), ("state", STATE)),
        q(("code", CODE), ("state", OTHER_STATE), ("state", STATE)),
        q(("error", "access_denied"), ("state", STATE)),
        q(("error", "access_denied"), ("state", OTHER_STATE)),
        q(("error", "invalid_scope"), ("state", STATE), ("code", CODE)),
        q(("code", CODE), ("state", STATE), ("iss", "https://evil.example")),
        q(("code", CODE * 200), ("state", STATE)),
    ]
    seen = 0
    for params in cases:
        for expected in (Secret(STATE), None):
            try:
                validate_redirect(params, expected, expected_issuer=ISSUER)
            except FlowError as exc:
                assert_no_secret(exc)
                seen += 1
    assert seen == 2 * len(cases)
