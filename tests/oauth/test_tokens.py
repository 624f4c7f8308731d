"""parse_token_response and TokenSet: every token endpoint answer gives a TokenSet or one
specific error, never a crash and never a leaked token (SECURITY.md #14, #15, #28)."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from tokenmgr.errors import (
    InvalidGrantError,
    NetworkError,
    ProviderBusyError,
    TokenEndpointError,
    TokenmgrError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpResponse
from tokenmgr.oauth.tokens import MAX_LIFETIME, TokenSet, parse_token_response
from tokenmgr.secret import Secret

NOW = 1_700_000_000.0
ACCESS = "acc3ss-Token-0123456789abcdefghij"
REFRESH = "r3fresh-Token-0123456789abcdefghij"
NEW_REFRESH = "n3w-Refresh-0123456789abcdefghij"
ID_TOKEN = "eyJ-id-token-0123456789abcdefghij"
SECRETS = (ACCESS, REFRESH, NEW_REFRESH, ID_TOKEN)
REQUESTED = ("read", "write")


def json_response(body, status: int = 200, content_type: str = "application/json") -> HttpResponse:
    return HttpResponse(status, {"content-type": content_type}, json.dumps(body).encode())


def form_response(pairs: dict[str, str], status: int = 200) -> HttpResponse:
    return HttpResponse(status, {"content-type": "application/x-www-form-urlencoded"},
                        urlencode(pairs).encode())


def raw_response(body: bytes, status: int = 200, content_type: str = "") -> HttpResponse:
    headers = {"content-type": content_type} if content_type else {}
    return HttpResponse(status, headers, body)


def parse(response: HttpResponse) -> TokenSet:
    return parse_token_response(response, requested_scopes=REQUESTED, now=NOW)


def token_body(**extra) -> dict:
    return {"access_token": ACCESS, "token_type": "Bearer", **extra}


def assert_no_secret(exc: BaseException) -> None:
    shown = " ".join([str(exc), repr(exc), *map(repr, exc.args)])
    for value in SECRETS:
        assert value not in shown


def expect(exc_type: type[TokenmgrError], response: HttpResponse) -> TokenmgrError:
    with pytest.raises(exc_type) as info:
        parse(response)
    assert type(info.value) is exc_type
    assert_no_secret(info.value)
    return info.value


# --- body formats --------------------------------------------------------------


def test_json_body_gives_token_set_with_all_fields():
    tokens = parse(json_response(token_body(
        refresh_token=REFRESH, expires_in=3600, scope="read write", id_token=ID_TOKEN)))
    assert tokens.access_token.reveal() == ACCESS
    assert tokens.refresh_token is not None and tokens.refresh_token.reveal() == REFRESH
    assert tokens.id_token is not None and tokens.id_token.reveal() == ID_TOKEN
    assert tokens.token_type == "Bearer"
    assert tokens.expires_at == NOW + 3600
    assert tokens.scopes == ("read", "write")
    assert tokens.obtained_at == NOW


def test_form_encoded_body_as_github_sends_it_is_parsed():
    tokens = parse(form_response({"access_token": ACCESS, "scope": "repo,gist",
                                  "token_type": "bearer"}))
    assert tokens.access_token.reveal() == ACCESS
    assert tokens.token_type == "Bearer"
    assert tokens.scopes == ("repo", "gist")
    assert tokens.expires_at is None


def test_json_body_with_a_wrong_content_type_is_still_parsed_as_json():
    tokens = parse(json_response(token_body(), content_type="text/plain"))
    assert tokens.access_token.reveal() == ACCESS


# --- token_type ------------------------------------------------------------------


@pytest.mark.parametrize("token_type", ["bearer", "BEARER", "Bearer", " bEaReR "])
def test_token_type_bearer_is_accepted_case_insensitively(token_type):
    assert parse(json_response(token_body(token_type=token_type))).token_type == "Bearer"


def test_missing_token_type_means_bearer():
    assert parse(json_response({"access_token": ACCESS})).token_type == "Bearer"


@pytest.mark.parametrize("token_type", ["DPoP", "dpop"])
def test_dpop_token_is_refused_with_a_clear_message(token_type):
    err = expect(TokenResponseError, json_response(token_body(token_type=token_type)))
    assert "DPoP" in str(err)
    assert "bearer" in str(err).lower()


@pytest.mark.parametrize("token_type", ["mac", "N_A", 7])
def test_unknown_token_type_is_refused(token_type):
    expect(TokenResponseError, json_response(token_body(token_type=token_type)))


# --- expires_in ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expires_in", "expected"),
    [
        (3600, NOW + 3600),
        (3600.5, NOW + 3600.5),
        ("3600", NOW + 3600),
        (" 120 ", NOW + 120),
        (-5, NOW),  # already expired: expires now, never in the past or a crash
        ("-5", NOW),
        (0, NOW),
        (MAX_LIFETIME, NOW + MAX_LIFETIME),
        (MAX_LIFETIME + 1, None),  # absurd: treated as no expiry
        (10**30, None),
        ("1e400", None),  # infinite
        ("soon", None),
        ("", None),
        (True, None),
        ([3600], None),
        (None, None),
    ],
)
def test_expires_in_variants_give_a_safe_expiry(expires_in, expected):
    tokens = parse(json_response(token_body(expires_in=expires_in)))
    assert tokens.expires_at == expected


def test_missing_expires_in_means_no_expiry():
    tokens = parse(json_response(token_body()))
    assert tokens.expires_at is None
    assert not tokens.needs_refresh(NOW + 10 * MAX_LIFETIME, margin=300)


def test_expires_in_zero_needs_refresh_at_once():
    tokens = parse(json_response(token_body(expires_in=0)))
    assert tokens.needs_refresh(NOW, margin=0)


def test_expires_in_from_form_body_is_a_numeric_string():
    tokens = parse(form_response({"access_token": ACCESS, "expires_in": "28800"}))
    assert tokens.expires_at == NOW + 28800


# --- scope ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("read", ("read",)),  # narrower than requested
        ("write read", ("write", "read")),  # reordered
        ("read,write", ("read", "write")),  # comma-separated (GitHub)
        ("read, write", ("read", "write")),
        (["read", "admin"], ("read", "admin")),  # a JSON list
        ("read write admin", ("read", "write", "admin")),  # wider
        ("", ()),  # explicitly nothing
    ],
)
def test_granted_scope_is_stored_as_granted(scope, expected):
    assert parse(json_response(token_body(scope=scope))).scopes == expected


def test_missing_scope_means_the_requested_scope():
    assert parse(json_response(token_body())).scopes == REQUESTED


# --- errors ----------------------------------------------------------------------


def test_invalid_grant_raises_invalid_grant_error():
    err = expect(InvalidGrantError, json_response(
        {"error": "invalid_grant", "error_description": "Token is expired"}, status=400))
    assert err.error == "invalid_grant"
    assert "Token is expired" in str(err)


def test_invalid_grant_in_a_form_body_raises_invalid_grant_error():
    expect(InvalidGrantError, form_response({"error": "invalid_grant"}, status=400))


def test_other_oauth_error_raises_token_endpoint_error_with_description():
    err = expect(TokenEndpointError, json_response(
        {"error": "invalid_client", "error_description": "Client authentication failed"},
        status=401))
    assert err.error == "invalid_client"
    assert err.description == "Client authentication failed"
    assert "invalid_client" in str(err)
    assert "Client authentication failed" in str(err)


def test_oauth_error_in_a_200_answer_is_still_an_error():
    # GitHub answers 200 with error=bad_verification_code
    err = expect(TokenEndpointError, form_response(
        {"error": "bad_verification_code", "error_description": "The code is incorrect"}))
    assert err.error == "bad_verification_code"


def test_oauth_error_without_description_names_the_error_only():
    err = expect(TokenEndpointError, json_response({"error": "unauthorized_client"}, 400))
    assert err.description is None
    assert "unauthorized_client" in str(err)


@pytest.mark.parametrize("body", [
    json.dumps({"error": "server_error"}).encode(),
    b"<html><body>Internal Server Error</body></html>",
    b"",
])
@pytest.mark.parametrize("status", [500, 502, 503, 408, 429])
def test_http_5xx_408_429_are_provider_busy_whatever_the_body(status, body):
    err = expect(ProviderBusyError, raw_response(body, status, "text/html"))
    assert isinstance(err, NetworkError)  # transient: never "needs re-connect"
    assert err.status == status and err.retry_after is None


def test_retry_after_is_read_from_a_busy_answer():
    response = HttpResponse(429, {"content-type": "text/plain", "retry-after": "17"}, b"slow")
    err = expect(ProviderBusyError, response)
    assert err.retry_after == 17.0 and "wait 17 s" in str(err)


@pytest.mark.parametrize("body", [b"", b"   \n"])
def test_empty_body_is_a_token_response_error(body):
    err = expect(TokenResponseError, raw_response(body, 200, "application/json"))
    assert "empty" in str(err)


def test_html_body_is_a_token_response_error():
    body = b'<!doctype html><html lang="en"><a href="/x?a=b">sign in</a></html>'
    err = expect(TokenResponseError, raw_response(body, 200, "text/html"))
    assert "text/html" in str(err)


def test_html_body_with_an_error_status_is_a_token_response_error():
    expect(TokenResponseError, raw_response(b"<html>Bad Request</html>", 400, "text/html"))


def test_plain_text_body_is_a_token_response_error():
    expect(TokenResponseError, raw_response(b"OK", 200, "text/plain"))


def test_invalid_json_is_a_token_response_error():
    body = ('{"access_token": "' + ACCESS + '", ').encode()
    expect(TokenResponseError, raw_response(body, 200, "application/json"))


@pytest.mark.parametrize("body", [[], [{"access_token": ACCESS}], "just a string", 42])
def test_json_that_is_not_an_object_is_a_token_response_error(body):
    expect(TokenResponseError, json_response(body))


@pytest.mark.parametrize("body", [
    {"token_type": "Bearer", "refresh_token": REFRESH},
    {"access_token": ""},
    {"access_token": "   "},
    {"access_token": None},
    {"access_token": 12345},
    {"access_token": {"value": ACCESS}},  # nested
])
def test_answer_without_a_usable_access_token_is_a_token_response_error(body):
    err = expect(TokenResponseError, json_response(body))
    assert "access_token" in str(err)


def test_non_2xx_status_without_an_oauth_error_is_a_token_response_error():
    err = expect(TokenResponseError, json_response({"message": "Not Found"}, status=404))
    assert "404" in str(err)


def test_no_exception_message_contains_token_values():
    """Every failing answer that carries tokens yields an error free of them."""
    bodies = [
        json_response(token_body(refresh_token=REFRESH, token_type="DPoP")),
        json_response(token_body(refresh_token=REFRESH, token_type="mac")),
        json_response([token_body(refresh_token=REFRESH)]),
        json_response(token_body(refresh_token=REFRESH), status=500),
        json_response(token_body(refresh_token=REFRESH, id_token=ID_TOKEN), status=404),
        json_response({"refresh_token": REFRESH, "id_token": ID_TOKEN}),
        raw_response(("{" + ACCESS + REFRESH).encode(), 200, "application/json"),
        raw_response(f"<p>{ACCESS} {REFRESH}</p>".encode(), 200, "text/html"),
        json_response({"error": "invalid_grant", "refresh_token": REFRESH}, status=400),
    ]
    for response in bodies:
        with pytest.raises(TokenmgrError) as info:
            parse(response)
        assert_no_secret(info.value)


# --- TokenSet --------------------------------------------------------------------


def old_tokens() -> TokenSet:
    return TokenSet(access_token=Secret("old-access"), refresh_token=Secret(REFRESH),
                    expires_at=NOW - 10, scopes=REQUESTED, obtained_at=NOW - 3610,
                    id_token=Secret(ID_TOKEN))


def test_with_refreshed_keeps_the_old_refresh_token_when_the_answer_has_none():
    fresh = parse(json_response(token_body(expires_in=3600)))
    merged = old_tokens().with_refreshed(fresh)
    assert merged.access_token.reveal() == ACCESS
    assert merged.refresh_token == Secret(REFRESH)
    assert merged.id_token == Secret(ID_TOKEN)
    assert merged.expires_at == NOW + 3600


def test_with_refreshed_takes_the_new_refresh_token_when_present():
    fresh = parse(json_response(token_body(expires_in=3600, refresh_token=NEW_REFRESH)))
    merged = old_tokens().with_refreshed(fresh)
    assert merged.access_token.reveal() == ACCESS
    assert merged.refresh_token == Secret(NEW_REFRESH)


def test_to_dict_from_dict_round_trip_keeps_every_field():
    tokens = TokenSet(access_token=Secret(ACCESS), token_type="Bearer",
                      refresh_token=Secret(REFRESH), expires_at=NOW + 60.5,
                      scopes=("a", "b"), obtained_at=NOW, id_token=Secret(ID_TOKEN),
                      token_secret=Secret("oauth1-secret"))
    data = json.loads(json.dumps(tokens.to_dict()))
    assert TokenSet.from_dict(data) == tokens


def test_to_dict_from_dict_round_trip_with_optional_fields_missing():
    tokens = TokenSet(access_token=Secret(ACCESS))
    assert TokenSet.from_dict(json.loads(json.dumps(tokens.to_dict()))) == tokens


@pytest.mark.parametrize("access", [None, "", 5])
def test_from_dict_refuses_a_missing_access_token(access):
    with pytest.raises(ValueError) as info:
        TokenSet.from_dict({"access_token": access})
    assert_no_secret(info.value)


def test_token_set_repr_masks_every_secret():
    tokens = old_tokens().with_refreshed(
        parse(json_response(token_body(refresh_token=NEW_REFRESH))))
    shown = repr(tokens) + str(tokens) + f"{tokens}"
    for value in SECRETS:
        assert value not in shown
