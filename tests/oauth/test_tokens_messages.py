"""The exact words of every token endpoint answer tokenmgr refuses: the user sees them
(errors are part of the product), and none of them carries a token."""

from __future__ import annotations

import json

import pytest

from tokenmgr.errors import TokenEndpointError, TokenResponseError
from tokenmgr.oauth.http import HttpResponse
from tokenmgr.oauth.tokens import parse_token_response

NOW = 1_700_000_000.0
ACCESS = "acc3ss-Token-0123456789abcdefghij"


def parse(status: int, body: bytes, content_type: str = ""):
    headers = {"content-type": content_type} if content_type else {}
    return parse_token_response(HttpResponse(status, headers, body), requested_scopes=("r",),
                                now=NOW)


def refusal(status: int, body: bytes, content_type: str = "") -> str:
    with pytest.raises(TokenResponseError) as info:
        parse(status, body, content_type)
    assert ACCESS not in str(info.value)
    return str(info.value)


def token_json(**fields) -> bytes:
    return json.dumps({"access_token": ACCESS, **fields}).encode()


@pytest.mark.parametrize(("status", "body", "content_type", "message"), [
    (200, b"  \n", "application/json", "The provider sent an empty answer (HTTP 200)."),
    (200, b'{"access_token": "' + ACCESS.encode() + b'"', "application/json",
     "The provider's answer is not valid JSON (HTTP 200)."),
    (200, b"OK", "text/plain",
     "The provider's answer is neither JSON nor form data (HTTP 200, text/plain)."),
    (200, b"OK", "",
     "The provider's answer is neither JSON nor form data (HTTP 200, no content type)."),
    (200, b"<p>a=b</p>", "text/html",
     "The provider's answer is neither JSON nor form data (HTTP 200, text/html)."),
    (200, b'["' + ACCESS.encode() + b'"]', "application/json",
     "The provider's answer is not a JSON object."),
    (200, b'"just a string"', "application/json", "The provider's answer is not a JSON object."),
    (200, b"42", "application/json", "The provider's answer is not a JSON object."),
    (200, ("access_token=" + ACCESS).encode(), "application/json",  # says JSON, is not
     "The provider's answer is not valid JSON (HTTP 200)."),
    (404, b'{"message": "Not Found"}', "application/json",
     "The token endpoint answered HTTP 404."),
    (200, b'{"token_type": "bearer"}', "application/json",
     "The provider's answer has no access_token."),
])
def test_a_refused_answer_is_described_exactly(status, body, content_type, message):
    assert refusal(status, body, content_type) == message


@pytest.mark.parametrize(("token_type", "message"), [
    (7, "The token_type in the provider's answer is not a string."),
    (["bearer"], "The token_type in the provider's answer is not a string."),
    ("DPoP", "The provider issued a DPoP-bound token; tokenmgr supports bearer tokens only."),
    ("mac", "Unsupported token_type 'mac'; only bearer is supported."),
    ("x" * 50, f"Unsupported token_type {'x' * 40!r}; only bearer is supported."),
])
def test_a_token_type_other_than_bearer_is_refused_exactly(token_type, message):
    body = token_json(token_type=token_type)
    assert refusal(200, body, "application/json") == message


def test_empty_entries_of_a_granted_scope_list_are_dropped():
    tokens = parse(200, token_json(scope=["read", "", "write"]), "application/json")
    assert tokens.scopes == ("read", "write")


def test_a_redirect_status_is_no_token_answer_even_with_a_token_in_it():
    assert refusal(300, token_json(), "application/json") == (
        "The token endpoint answered HTTP 300.")


def test_a_form_answer_granting_an_empty_scope_granted_nothing():
    body = f"access_token={ACCESS}&scope=".encode()
    assert parse(200, body, "application/x-www-form-urlencoded").scopes == ()


def test_bytes_that_are_not_utf8_are_replaced_not_fatal():
    body = b'{"access_token": "' + ACCESS.encode() + b'", "scope": "read caf\xe9"}'
    tokens = parse(200, body, "application/json")
    assert tokens.access_token.reveal() == ACCESS
    assert tokens.scopes == ("read", "caf\ufffd")


@pytest.mark.parametrize("description", [42, ["x"], {"text": "x"}, True])
def test_an_error_description_that_is_not_text_is_left_out(description):
    body = json.dumps({"error": "invalid_client", "error_description": description}).encode()
    with pytest.raises(TokenEndpointError) as info:
        parse(401, body, "application/json")
    assert info.value.error == "invalid_client"
    assert info.value.description is None
    assert str(info.value) == "The token endpoint refused: invalid_client"


@pytest.mark.parametrize("field", ["refresh_token", "id_token"])
@pytest.mark.parametrize("value", ["", 12345, True])
def test_an_empty_or_non_text_refresh_or_id_token_is_no_token(field, value):
    tokens = parse(200, token_json(**{field: value}), "application/json")
    assert getattr(tokens, field) is None


@pytest.mark.parametrize("status", [300, 404])
def test_a_non_2xx_answer_is_judged_by_its_status_not_by_the_providers_hook(status):
    """Slack's hook reads ``ok: false`` in successful answers only."""
    response = HttpResponse(status, {"content-type": "application/json"}, b'{"ok": false}')
    with pytest.raises(TokenResponseError) as info:
        parse_token_response(response, requested_scopes=(), now=NOW, hook="slack")
    assert str(info.value) == f"The token endpoint answered HTTP {status}."
