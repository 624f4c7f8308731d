"""ID token verification (OIDC Core 3.1.3.7) with real RSA keys and a JWKS served on
loopback: a valid token is accepted; every tampering is refused before anything is kept."""

from __future__ import annotations

import json

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from pytest_httpserver import HTTPServer

from tokenmgr.errors import IdTokenError
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.id_token import JwksCache, verify_id_token
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider

NOW = 1_700_000_000.0
ISSUER = "https://idp.example"
CLIENT = "tokenmgr-cli"
NONCE = "n-0S6_WzA2Mj"


@pytest.fixture(scope="module")
def keys():
    return {name: rsa.generate_private_key(public_exponent=65537, key_size=2048)
            for name in ("good", "other", "rotated")}


def jwk(private, kid: str) -> dict:
    data = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private.public_key()))
    return {**data, "kid": kid, "use": "sig", "alg": "RS256"}


@pytest.fixture
def idp(keys):
    with HTTPServer(host="127.0.0.1", port=0) as server:
        server.expect_request("/jwks").respond_with_json({"keys": [jwk(keys["good"], "k1")]})
        yield server


def provider(idp: HTTPServer, **kw) -> Provider:
    values = dict(id="corp", name="Corp", client_id=CLIENT, issuer=ISSUER,
                  authorize_url="https://idp.example/a", token_url="https://idp.example/t",
                  jwks_uri=idp.url_for("/jwks"), id_token_algs=("RS256",))
    values.update(kw)
    return Provider(**values)


def claims(**kw) -> dict:
    base = {"iss": ISSUER, "aud": CLIENT, "sub": "248289761001", "iat": int(NOW) - 10,
            "exp": int(NOW) + 3600, "nonce": NONCE}
    base.update(kw)
    return {k: v for k, v in base.items() if v is not None}


def sign(private, kid: str = "k1", alg: str = "RS256", **kw) -> Secret:
    return Secret(jwt.encode(claims(**kw), private, algorithm=alg, headers={"kid": kid}))


def verify(token: Secret, p: Provider, nonce: str | None = NONCE, cache=None, secret=None):
    return verify_id_token(token, p, http=HttpClient(), nonce=Secret(nonce) if nonce else None,
                           client_secret=Secret(secret) if secret else None, now=NOW,
                           cache=cache or JwksCache())


def test_a_valid_id_token_is_accepted(idp, keys):
    assert verify(sign(keys["good"]), provider(idp))["sub"] == "248289761001"


def test_wrong_key_is_refused(idp, keys):
    with pytest.raises(IdTokenError, match="signature"):
        verify(sign(keys["other"]), provider(idp))


@pytest.mark.parametrize("aud", ["someone-else", ["someone-else"]])
def test_wrong_audience_is_refused(idp, keys, aud):
    with pytest.raises(IdTokenError, match="another client"):
        verify(sign(keys["good"], aud=aud), provider(idp))


def test_several_audiences_need_us_as_azp(idp, keys):
    with pytest.raises(IdTokenError, match="azp"):
        verify(sign(keys["good"], aud=[CLIENT, "api"]), provider(idp))
    verify(sign(keys["good"], aud=[CLIENT, "api"], azp=CLIENT), provider(idp))


def test_wrong_issuer_is_refused(idp, keys):
    with pytest.raises(IdTokenError, match="another issuer"):
        verify(sign(keys["good"], iss="https://idp.example/"), provider(idp))


def test_expired_is_refused_past_the_leeway_only(idp, keys):
    verify(sign(keys["good"], exp=int(NOW) - 30), provider(idp))  # within 60 s leeway
    with pytest.raises(IdTokenError, match="expired"):
        verify(sign(keys["good"], exp=int(NOW) - 61), provider(idp))


def test_issued_in_the_future_is_refused(idp, keys):
    with pytest.raises(IdTokenError, match="future"):
        verify(sign(keys["good"], iat=int(NOW) + 600), provider(idp))


@pytest.mark.parametrize("nonce", [None, "another-nonce"])
def test_missing_or_other_nonce_is_refused(idp, keys, nonce):
    with pytest.raises(IdTokenError, match="nonce"):
        verify(sign(keys["good"], nonce=nonce), provider(idp))


def test_alg_none_is_refused_even_when_the_metadata_lists_it(idp):
    unsigned = Secret(jwt.encode(claims(), None, algorithm="none"))
    with pytest.raises(IdTokenError, match="algorithm"):
        verify(unsigned, provider(idp, id_token_algs=("none", "RS256")))


def test_hs256_is_refused_for_a_public_client_and_accepted_with_the_secret(idp):
    secret = "a-confidential-client-secret-of-32b"
    token = Secret(jwt.encode(claims(), secret, algorithm="HS256"))
    p = provider(idp, id_token_algs=("RS256", "HS256"))
    with pytest.raises(IdTokenError, match="algorithm"):
        verify(token, p)  # public client: HS256 would be keyed by nothing secret
    assert verify(token, p, secret=secret)["sub"]


def test_an_algorithm_the_metadata_does_not_list_is_refused(idp, keys):
    with pytest.raises(IdTokenError, match="algorithm"):
        verify(sign(keys["good"], alg="RS512"), provider(idp))


def test_keys_are_cached_and_an_unknown_kid_refetches_once(idp, keys):
    cache = JwksCache(ttl=3600)
    p = provider(idp)
    verify(sign(keys["good"]), p, cache=cache)
    verify(sign(keys["good"]), p, cache=cache)
    assert cache.fetches == 1  # cached
    idp.clear()
    idp.expect_request("/jwks").respond_with_json(
        {"keys": [jwk(keys["good"], "k1"), jwk(keys["rotated"], "k2")]})
    verify(sign(keys["rotated"], kid="k2"), p, cache=cache)  # rotated: one refetch finds it
    assert cache.fetches == 2
    with pytest.raises(IdTokenError, match="does not list"):
        verify(sign(keys["other"], kid="k9"), p, cache=cache)
    assert cache.fetches == 3  # one refetch for the unknown kid, not a loop


def test_the_cache_expires_after_its_ttl(idp, keys):
    clock = [0.0]
    cache = JwksCache(ttl=100, clock=lambda: clock[0])
    verify(sign(keys["good"]), provider(idp), cache=cache)
    clock[0] = 101.0
    verify(sign(keys["good"]), provider(idp), cache=cache)
    assert cache.fetches == 2


def test_the_client_refuses_the_code_exchange_when_the_id_token_fails(idp, keys):
    bad = sign(keys["other"]).reveal()
    idp.expect_request("/token").respond_with_json(
        {"access_token": "at", "token_type": "Bearer", "id_token": bad})
    p = provider(idp, token_url=idp.url_for("/token"), scopes=("openid",))
    c = OAuth2Client(p, None, HttpClient(), clock=lambda: NOW)
    pending = c.authorization_request("http://127.0.0.1:1/callback")
    assert pending.nonce is not None
    with pytest.raises(IdTokenError):
        c.exchange_code(pending, Secret("code"))


def test_the_client_keeps_a_verified_id_token_and_drops_one_it_cannot_verify(idp, keys):
    c = OAuth2Client(provider(idp, scopes=("openid",)), None, HttpClient(), clock=lambda: NOW)
    pending = c.authorization_request("http://127.0.0.1:1/callback")
    good = jwt.encode(claims(nonce=pending.nonce.reveal()), keys["good"], algorithm="RS256",
                      headers={"kid": "k1"})
    from tokenmgr.oauth.tokens import TokenSet

    kept = c.checked_id_token(TokenSet(Secret("at"), id_token=Secret(good)), pending.nonce)
    assert kept.id_token.reveal() == good
    unverifiable = OAuth2Client(provider(idp, issuer=None), None, HttpClient())
    assert unverifiable.checked_id_token(
        TokenSet(Secret("at"), id_token=Secret(good)), None).id_token is None


def test_a_confidential_client_without_keys_drops_an_rs256_id_token_it_cannot_check(idp, keys):
    from tokenmgr.oauth.tokens import TokenSet

    c = OAuth2Client(provider(idp, jwks_uri=None), Secret("s"), HttpClient(), clock=lambda: NOW)
    kept = c.checked_id_token(TokenSet(Secret("at"), id_token=sign(keys["good"])), None)
    assert kept.id_token is None
