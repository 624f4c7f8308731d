"""ID token verification, edge by edge: the JWKS fetch (the request sent, each bad answer
and its message), which JWK may verify a signature, the exact error for each refusal,
and the exp/iat/nbf boundaries judged against the injected clock, never the wall clock.

Real RSA/EC keys signed with PyJWT; the JWKS is served by a real HTTP server on loopback."""

from __future__ import annotations

import base64
import json

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pytest_httpserver import HTTPServer

from tokenmgr.errors import IdTokenError
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.id_token import JwksCache, verify_id_token
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider

from .test_id_token import CLIENT, ISSUER, NONCE, NOW, claims, provider

LEEWAY = 60


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def other_rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def ec_key():
    return ec.generate_private_key(ec.SECP256R1())


def rsa_jwk(private, **fields) -> dict:
    data = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private.public_key()))
    data.update(fields)
    return {k: v for k, v in data.items() if v is not None}


def ec_jwk(private, **fields) -> dict:
    data = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(private.public_key()))
    data.update(fields)
    return data


@pytest.fixture
def idp():
    with HTTPServer(host="127.0.0.1", port=0) as server:
        yield server


def serve_keys(idp: HTTPServer, *jwks: dict) -> None:
    idp.expect_request("/jwks", method="GET").respond_with_json({"keys": list(jwks)})


def sign(private, kid: str | None = "k1", alg: str = "RS256", **kw) -> Secret:
    headers = {"kid": kid} if kid is not None else None
    return Secret(jwt.encode(claims(**kw), private, algorithm=alg, headers=headers))


def b64(data: dict | bytes) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def verify(token: Secret, p: Provider, *, nonce: str | None = NONCE,
           cache: JwksCache | None = None, now: float = NOW):
    return verify_id_token(token, p, http=HttpClient(), nonce=Secret(nonce) if nonce else None,
                           now=now, cache=cache or JwksCache())


def refusal(token: Secret, p: Provider, **kw) -> str:
    with pytest.raises(IdTokenError) as info:
        verify(token, p, **kw)
    return str(info.value)


# --- the JWKS fetch ---------------------------------------------------------------------


def test_the_keys_are_fetched_with_a_get_that_asks_for_json(idp, rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    verify(sign(rsa_key), provider(idp))
    (request, _response), = idp.log
    assert request.method == "GET"
    assert request.headers["Accept"] == "application/json"


@pytest.mark.parametrize(("answer", "message"), [
    (lambda r: r.respond_with_data("down", status=503),
     "The provider's signing keys answered HTTP 503."),
    (lambda r: r.respond_with_data("<html>keys</html>", content_type="text/html"),
     "The provider's signing keys are not valid JSON."),
    (lambda r: r.respond_with_json([{"kty": "RSA"}]),
     "The provider's signing keys are not a JWK set."),
    (lambda r: r.respond_with_json({"keys": {"kty": "RSA"}}),
     "The provider's signing keys are not a JWK set."),
    (lambda r: r.respond_with_json({"issuer": ISSUER}),
     "The provider's signing keys are not a JWK set."),
], ids=["http-error", "not-json", "json-list", "keys-not-a-list", "no-keys"])
def test_a_bad_jwks_answer_is_refused_with_its_reason(idp, rsa_key, answer, message):
    answer(idp.expect_request("/jwks"))
    assert refusal(sign(rsa_key), provider(idp)) == message


def test_the_cache_refetches_once_the_ttl_has_passed_exactly(idp, rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    clock = [1000.0]
    cache = JwksCache(ttl=100, clock=lambda: clock[0])
    verify(sign(rsa_key), provider(idp), cache=cache)
    clock[0] = 1099.5
    verify(sign(rsa_key), provider(idp), cache=cache)
    assert cache.fetches == 1  # still fresh
    clock[0] = 1100.0
    verify(sign(rsa_key), provider(idp), cache=cache)
    assert cache.fetches == 2  # ttl seconds old: stale


# --- which key verifies -----------------------------------------------------------------

NOT_LISTED = "The ID token is signed with a key the provider does not list."


def test_a_key_without_use_or_alg_verifies_signatures(idp, rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))  # "use" and "alg" are optional (RFC 7517)
    assert verify(sign(rsa_key), provider(idp))["sub"] == "248289761001"


@pytest.mark.parametrize("fields", [
    {"use": "enc"},
    {"use": "enc", "alg": "RS256"},
    {"use": "sig", "alg": "RS384"},
    {"alg": "RS384"},
], ids=["encryption-key", "encryption-key-with-alg", "key-for-another-alg",
        "no-use-key-for-another-alg"])
def test_a_key_not_meant_for_this_signature_is_not_used(idp, rsa_key, fields):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1", **fields))
    assert refusal(sign(rsa_key), provider(idp)) == NOT_LISTED
    assert len(idp.log) == 2  # refetched once in case the keys rotated, then refused


def test_without_kid_the_only_signing_key_is_used(idp, rsa_key, other_rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1", use="sig"),
               rsa_jwk(other_rsa_key, kid="e1", use="enc"))
    assert verify(sign(rsa_key, kid=None), provider(idp))["sub"] == "248289761001"


@pytest.mark.parametrize("keys", [(), ("k1", "k2")], ids=["no-key", "two-keys"])
def test_without_kid_no_key_or_an_ambiguous_choice_is_refused(idp, rsa_key, other_rsa_key,
                                                             keys):
    material = {"k1": rsa_key, "k2": other_rsa_key}
    serve_keys(idp, *(rsa_jwk(material[kid], kid=kid) for kid in keys))
    assert refusal(sign(rsa_key, kid=None), provider(idp)) == NOT_LISTED


def test_a_key_without_alg_verifies_the_algorithm_the_token_names(idp, rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1", use="sig"))
    claims_ = verify(sign(rsa_key, alg="RS384"), provider(idp, id_token_algs=("RS384",)))
    assert claims_["sub"] == "248289761001"


def test_an_ec_token_verifies_against_the_ec_key(idp, ec_key):
    serve_keys(idp, ec_jwk(ec_key, kid="k1", use="sig", alg="ES256"))
    claims_ = verify(sign(ec_key, alg="ES256"), provider(idp, id_token_algs=("ES256",)))
    assert claims_["sub"] == "248289761001"


def test_a_listed_key_of_the_wrong_type_cannot_be_used(idp, ec_key, rsa_key):
    serve_keys(idp, ec_jwk(ec_key, kid="k1"))  # an EC key named by an RS256 token
    assert refusal(sign(rsa_key), provider(idp)) == "The provider's signing key cannot be used."


def test_a_provider_without_jwks_uri_is_named_in_the_refusal(idp, rsa_key):
    assert refusal(sign(rsa_key), provider(idp, jwks_uri=None)) == (
        "Corp names no signing keys (jwks_uri).")


# --- the token's form and algorithm -----------------------------------------------------


@pytest.mark.parametrize("token", [
    "not-a-jwt",
    f"{b64({'alg': 'RS256', 'kid': 7})}.{b64(claims())}.c2ln",  # kid must be a string
], ids=["garbage", "numeric-kid"])
def test_something_that_is_not_a_jwt_is_refused(idp, token):
    assert refusal(Secret(token), provider(idp)) == "The ID token is not a signed JWT."
    assert idp.log == []


@pytest.mark.parametrize(("header_alg", "algs", "message"), [
    ("none", ("none", "RS256"),
     "The ID token's algorithm 'none' is not accepted (accepted: RS256)."),
    ("RS512", ("RS256", "ES256", "none"),
     "The ID token's algorithm 'RS512' is not accepted (accepted: RS256, ES256)."),
    ("RS256", ("HS256",),  # HS256 needs a client secret; this client has none
     "The ID token's algorithm 'RS256' is not accepted (accepted: none)."),
    ("X" * 30, ("RS256",),
     f"The ID token's algorithm {'X' * 20!r} is not accepted (accepted: RS256)."),
], ids=["alg-none", "unlisted-alg", "nothing-acceptable", "long-alg-is-cut"])
def test_an_algorithm_refusal_names_it_and_what_is_accepted(idp, header_alg, algs, message):
    token = Secret(f"{b64({'alg': header_alg, 'typ': 'JWT'})}.{b64(claims())}.")
    assert refusal(token, provider(idp, id_token_algs=algs)) == message
    assert idp.log == []  # refused before any key is fetched


@pytest.mark.parametrize(("tamper", "message"), [
    ({"aud": "someone-else"}, "The ID token was issued for another client (aud)."),
    ({"iss": "https://evil.example"}, "The ID token was issued by another issuer (iss)."),
    ({"nonce": "another-nonce"},
     "The ID token's nonce is missing or not the one tokenmgr sent."),
    ({"nonce": None}, "The ID token's nonce is missing or not the one tokenmgr sent."),
    ({"aud": [CLIENT, "api"]}, "The ID token names several audiences but not us as azp."),
    ({"aud": [CLIENT, "api"], "azp": "api"},
     "The ID token names several audiences but not us as azp."),
], ids=["aud", "iss", "other-nonce", "no-nonce", "several-aud-no-azp", "azp-not-us"])
def test_each_refused_claim_has_its_own_message(idp, rsa_key, tamper, message):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    assert refusal(sign(rsa_key, **tamper), provider(idp)) == message


def test_a_bad_signature_has_its_own_message(idp, rsa_key, other_rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    assert refusal(sign(other_rsa_key), provider(idp)) == (
        "The ID token's signature does not verify.")


def test_a_single_audience_list_naming_us_needs_no_azp(idp, rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    assert verify(sign(rsa_key, aud=[CLIENT]), provider(idp))["aud"] == [CLIENT]


@pytest.mark.parametrize("claim", ["iss", "aud", "exp", "iat", "sub"])
def test_a_missing_required_claim_is_named(idp, rsa_key, claim):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    assert refusal(sign(rsa_key, **{claim: None}), provider(idp)) == (
        f"The ID token lacks the {claim!r} claim.")


def test_a_signed_payload_that_is_not_json_is_refused(idp, rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    token = jwt.api_jws.encode(b"not a claims object", rsa_key, algorithm="RS256",
                               headers={"kid": "k1"})
    assert refusal(Secret(token), provider(idp)) == "The ID token is invalid (DecodeError)."


# --- times, against the injected clock ----------------------------------------------------


@pytest.mark.parametrize(("times", "message"), [
    ({"exp": int(NOW) - LEEWAY}, "The ID token has expired."),
    ({"iat": int(NOW) + LEEWAY + 1},
     "The ID token was issued in the future (iat); check the clock."),
    ({"nbf": int(NOW) + LEEWAY + 1}, "The ID token is not valid yet (nbf)."),
    ({"exp": "tomorrow"}, "The ID token's exp is not a number."),
    ({"exp": True}, "The ID token's exp is not a number."),
    ({"iat": "just now"}, "The ID token's iat is not a number."),
    ({"nbf": "now"}, "The ID token's nbf is not a number."),
], ids=["exp-at-leeway", "iat-past-leeway", "nbf-past-leeway", "exp-text", "exp-bool",
        "iat-text", "nbf-text"])
def test_times_outside_the_leeway_or_not_numbers_are_refused(idp, rsa_key, times, message):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    assert refusal(sign(rsa_key, **times), provider(idp)) == message


@pytest.mark.parametrize("times", [
    {"exp": int(NOW) - LEEWAY + 1},
    {"iat": int(NOW) + LEEWAY},
    {"nbf": int(NOW) + LEEWAY},
    {"nbf": int(NOW) - 600},
    {"exp": float(NOW) + 0.5, "iat": float(NOW) - 0.5},
], ids=["exp-inside-leeway", "iat-at-leeway", "nbf-at-leeway", "nbf-past", "fractional"])
def test_times_within_the_leeway_are_accepted(idp, rsa_key, times):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    assert verify(sign(rsa_key, **times), provider(idp))["sub"] == "248289761001"


def test_times_are_judged_by_the_injected_clock_not_the_wall_clock(idp, rsa_key):
    serve_keys(idp, rsa_jwk(rsa_key, kid="k1"))
    later = 4_102_444_800.0  # 2100: iat and nbf are in the wall clock's future
    token = sign(rsa_key, iat=int(later), nbf=int(later), exp=int(later) + 300)
    assert verify(token, provider(idp), now=later)["iat"] == int(later)
    assert refusal(token, provider(idp)) == (  # and at NOW they are in the future
        "The ID token was issued in the future (iat); check the clock.")
