"""Whatever a provider or a browser sends, the parsers answer with a typed error or a
value — never a crash, never a leaked secret (hypothesis, fixed seed, bounded)."""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tokenmgr.errors import FlowError, TokenmgrError
from tokenmgr.oauth.http import HttpResponse
from tokenmgr.oauth.redirect import validate_oauth1_redirect, validate_pasted, validate_redirect
from tokenmgr.oauth.tokens import TokenSet, parse_token_response
from tokenmgr.secret import Secret

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
STATE = Secret("expected-state-value-0123456789")
KEYS = st.sampled_from(["code", "state", "error", "error_description", "iss", "oauth_token",
                        "oauth_verifier", "denied", "x"])
VALUES = st.one_of(st.text(max_size=40), st.just("expected-state-value-0123456789"))
PARAMS = st.dictionaries(KEYS, st.lists(VALUES, min_size=1, max_size=2), max_size=6)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.text(max_size=10), children, max_size=3), max_leaves=10)
TOKEN_FIELDS = st.fixed_dictionaries({}, optional={
    "access_token": JSON_VALUES, "token_type": JSON_VALUES, "expires_in": JSON_VALUES,
    "refresh_token": JSON_VALUES, "scope": JSON_VALUES, "error": JSON_VALUES,
    "error_description": JSON_VALUES, "id_token": JSON_VALUES})


@seed(20261123)
@SETTINGS
@given(PARAMS, st.sampled_from([None, "https://issuer.example"]))
def test_any_redirect_is_a_code_or_a_flow_error(params, issuer):
    try:
        response = validate_redirect(params, STATE, expected_issuer=issuer)
    except FlowError as exc:
        assert STATE.reveal() not in str(exc)
    else:
        assert response.code.reveal()
        assert params["state"] == [STATE.reveal()]


@seed(20261123)
@SETTINGS
@given(PARAMS, st.booleans())
def test_any_oauth1_callback_is_a_verifier_or_a_flow_error(params, require_verifier):
    try:
        validate_oauth1_redirect(params, STATE, require_verifier=require_verifier)
    except FlowError as exc:
        assert STATE.reveal() not in str(exc)


@seed(20261123)
@SETTINGS
@given(st.text(max_size=200))
def test_any_pasted_text_is_a_code_or_a_flow_error(text):
    with contextlib.suppress(FlowError):  # anything else fails the test
        validate_pasted(text, STATE)


@seed(20261123)
@SETTINGS
@given(TOKEN_FIELDS, st.sampled_from([200, 400, 401, 500]),
       st.sampled_from(["application/json", "text/plain", ""]))
def test_any_token_answer_is_a_token_set_or_a_typed_error(fields, status, content_type):
    body = json.dumps(fields).encode()
    response = HttpResponse(status, {"content-type": content_type}, body)
    try:
        tokens = parse_token_response(response, requested_scopes=("a",), now=1000.0)
    except TokenmgrError as exc:
        secret = fields.get("access_token")
        if isinstance(secret, str) and len(secret) > 8:
            assert secret not in str(exc)
    else:
        assert isinstance(tokens, TokenSet) and tokens.access_token.reveal()
        assert tokens.expires_at is None or tokens.expires_at >= 1000.0
        assert TokenSet.from_dict(tokens.to_dict()) == tokens


@seed(20261123)
@SETTINGS
@given(st.binary(max_size=300), st.sampled_from([200, 503]))
def test_any_bytes_from_a_token_endpoint_are_handled(body, status):
    with contextlib.suppress(TokenmgrError):  # anything else fails the test
        parse_token_response(HttpResponse(status, {}, body), requested_scopes=(), now=0.0)
