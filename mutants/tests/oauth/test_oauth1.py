"""OAuth 1 client: RFC 5849 signature vectors through tokenmgr's signing path, the
callback checks, and the request-token rules (1.0a confirmation, PLAINTEXT over HTTPS)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import parse_qsl, quote, unquote, urlencode

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.errors import (
    BadRequestError,
    BadStateError,
    CsrfError,
    NotApprovedError,
    NotConfiguredError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth1 import OAuth1Client, RequestToken
from tokenmgr.oauth.redirect import validate_oauth1_redirect
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider

CONSUMER_SECRET = "kd94hf93k423kf44"
TOKEN_SECRET = "pfkkdhi9sl3r4s00"

# RFC 5849 section 3.4.1.1: the worked example's signature base string.
RFC_BASE_STRING = (
    "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
    "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9dj"
    "dj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1"
    "%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"
)


def provider(**kw) -> Provider:
    values = dict(id="x", name="X", protocol="oauth1", client_id="9djdj82h48djs9d2",
                  request_token_url="https://api.example/oauth/request_token",
                  authorize_url="https://api.example/oauth/authorize",
                  access_token_url="https://api.example/oauth/access_token")
    values.update(kw)
    return Provider(**values)


@pytest.fixture
def http():
    client = HttpClient()
    yield client
    client.close()


def header_params(header: str) -> dict[str, str]:
    assert header.startswith("OAuth ")
    pairs = (part.strip().split("=", 1) for part in header[6:].split(","))
    return {k: unquote(v.strip('"')) for k, v in pairs}


def hmac_sha1(base: str, consumer_secret: str, token_secret: str) -> str:
    key = f"{quote(consumer_secret, safe='~')}&{quote(token_secret, safe='~')}".encode()
    return base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode()


def tokens(token="kkk9d7dh3k39sjv7", secret=TOKEN_SECRET) -> TokenSet:
    return TokenSet(Secret(token), token_type="OAuth1", token_secret=Secret(secret))


def test_rfc5849_worked_example_signs_the_rfc_base_string(http):
    client = OAuth1Client(provider(), Secret(CONSUMER_SECRET), http)
    header = client.authorization_header(
        tokens(), "POST", "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
        {"c2": "", "a3": "2 q"}, nonce="7d8f3e4a", timestamp="137131201", realm="Example")
    params = header_params(header)
    assert params["realm"] == "Example"
    # oauthlib always sends the OPTIONAL oauth_version=1.0 (RFC 5849 3.1), which the RFC's
    # example omits; it sorts last, so the base string is the RFC's plus that one pair.
    assert params["oauth_version"] == "1.0"
    expected_base = RFC_BASE_STRING + "%26oauth_version%3D1.0"
    assert params["oauth_signature"] == hmac_sha1(expected_base, CONSUMER_SECRET, TOKEN_SECRET)


@pytest.mark.parametrize("url, body", [
    ("https://api.example/1/a?x=1&x=2&x=1", {"x": "3"}),                   # repeated keys
    ("https://api.example/1/a", [("dup", "x"), ("dup", "y"), ("a", "1")]),  # repeated in body
    ("https://api.example/ünï/çødé?q=%E2%9C%93", {"näme": "Jörg ✓"}),      # non-ASCII
    ("https://api.example/p?r=%21%2A%27%28%29%3B%3A%40%26%3D%2B%24", {"s": "a+b c/d?e#f"}),
])
def test_signatures_match_oauthlibs_independent_computation(http, url, body):
    from oauthlib.common import Request
    from oauthlib.oauth1.rfc5849 import signature

    client = OAuth1Client(provider(), Secret(CONSUMER_SECRET), http)
    header = client.authorization_header(tokens(), "POST", url, body,
                                         nonce="n0nce", timestamp="1700000000")
    wire = urlencode(list(body.items()) if isinstance(body, dict) else body)  # as sent
    request = Request(url, "POST", body=wire,
                      headers={"Authorization": header,
                               "Content-Type": "application/x-www-form-urlencoded"})
    params = signature.collect_parameters(uri_query=request.uri_query, body=request.body,
                                          headers=request.headers, exclude_oauth_signature=True)
    base = signature.signature_base_string(
        "POST", signature.base_string_uri(url), signature.normalize_parameters(params))
    assert header_params(header)["oauth_signature"] == hmac_sha1(
        base, CONSUMER_SECRET, TOKEN_SECRET)


def test_hmac_sha256_is_used_when_configured(http):
    client = OAuth1Client(provider(signature_method="HMAC-SHA256"), Secret(CONSUMER_SECRET), http)
    header = client.authorization_header(tokens(), "GET", "https://api.example/me")
    assert header_params(header)["oauth_signature_method"] == "HMAC-SHA256"


def test_plaintext_signatures_are_refused_over_http(http):
    client = OAuth1Client(provider(signature_method="PLAINTEXT"), Secret(CONSUMER_SECRET), http)
    with pytest.raises(TokenResponseError, match="HTTPS"):
        client.authorization_header(tokens(), "GET", "http://127.0.0.1:9/me")


def test_a_consumer_secret_is_required(http):
    with pytest.raises(NotConfiguredError):
        OAuth1Client(provider(), None, http)


# --- the callback ------------------------------------------------------------------

REQUEST_TOKEN = Secret("request-token-123")


def query(**params) -> dict[str, list[str]]:
    return {k: [v] for k, v in params.items()}


def test_callback_with_our_token_and_a_verifier_gives_the_verifier():
    response = validate_oauth1_redirect(query(oauth_token="request-token-123",
                                              oauth_verifier="v-456"), REQUEST_TOKEN)
    assert response.code.reveal() == "v-456"


def test_callback_for_another_request_token_is_csrf():
    with pytest.raises(CsrfError):
        validate_oauth1_redirect(query(oauth_token="other", oauth_verifier="v"), REQUEST_TOKEN)


def test_denied_for_our_token_is_not_approved_and_for_another_is_bad_request():
    with pytest.raises(NotApprovedError):
        validate_oauth1_redirect(query(denied="request-token-123"), REQUEST_TOKEN)
    with pytest.raises(BadRequestError):
        validate_oauth1_redirect(query(denied="someone-else"), REQUEST_TOKEN)


def test_missing_verifier_means_not_approved_in_1_0a_and_is_fine_in_legacy_1_0():
    with pytest.raises(NotApprovedError):
        validate_oauth1_redirect(query(oauth_token="request-token-123"), REQUEST_TOKEN)
    legacy = validate_oauth1_redirect(query(oauth_token="request-token-123"), REQUEST_TOKEN,
                                      require_verifier=False)
    assert legacy.code.reveal() == ""


def test_callback_before_the_request_token_is_known_is_bad_state():
    with pytest.raises(BadStateError):
        validate_oauth1_redirect(query(oauth_token="x", oauth_verifier="v"), None)


def test_missing_oauth_token_and_repeated_parameters_are_bad_requests():
    with pytest.raises(BadRequestError):
        validate_oauth1_redirect(query(oauth_verifier="v"), REQUEST_TOKEN)
    with pytest.raises(BadRequestError):
        validate_oauth1_redirect({"oauth_token": ["request-token-123"] * 2}, REQUEST_TOKEN)


# --- the request-token leg -----------------------------------------------------------


@pytest.fixture
def server():
    with HTTPServer(host="127.0.0.1", port=0) as srv:
        yield srv


def local_provider(server, **kw) -> Provider:
    return provider(request_token_url=server.url_for("/rt"),
                    authorize_url=server.url_for("/authorize"),
                    access_token_url=server.url_for("/at"), **kw)


def test_request_token_needs_callback_confirmation_in_1_0a(server, http):
    server.expect_request("/rt", method="POST").respond_with_data(
        "oauth_token=t&oauth_token_secret=s", content_type="application/x-www-form-urlencoded")
    client = OAuth1Client(local_provider(server), Secret(CONSUMER_SECRET), http)
    with pytest.raises(TokenResponseError, match="callback_mode"):
        client.request_token("http://127.0.0.1:5/callback")
    assert client.request_token(None).token.reveal() == "t"  # legacy 1.0: no callback sent


def test_request_token_call_is_signed_with_the_callback(server, http):
    server.expect_request("/rt", method="POST").respond_with_data(
        "oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true")
    client = OAuth1Client(local_provider(server), Secret(CONSUMER_SECRET), http)
    token = client.request_token("oob")
    assert token.callback_confirmed
    request, _ = server.log[0]
    params = header_params(request.headers["Authorization"])
    assert params["oauth_callback"] == "oob"
    assert params["oauth_consumer_key"] == "9djdj82h48djs9d2"
    assert CONSUMER_SECRET not in str(request.headers) + request.get_data(as_text=True)


def test_access_token_answer_gives_token_secret_and_account(server, http):
    server.expect_request("/at", method="POST").respond_with_data(
        "oauth_token=at&oauth_token_secret=ats&user_id=42&screen_name=jack")
    client = OAuth1Client(local_provider(server, account_name_field="screen_name",
                                         account_id_field="user_id"),
                          Secret(CONSUMER_SECRET), http)
    grant = client.access_token(RequestToken(Secret("t"), Secret("s"), True), Secret("v"))
    assert (grant.tokens.access_token.reveal(), grant.tokens.token_secret.reveal()) == ("at",
                                                                                        "ats")
    account = client.fetch_account(grant)
    assert (account.account_id, account.name) == ("42", "jack")
    params = header_params(server.log[0][0].headers["Authorization"])
    assert params["oauth_verifier"] == "v" and params["oauth_token"] == "t"


def test_refused_access_token_request_is_a_clear_error(server, http):
    server.expect_request("/at", method="POST").respond_with_data(
        "oauth_problem=token_rejected", status=401)
    client = OAuth1Client(local_provider(server), Secret(CONSUMER_SECRET), http)
    with pytest.raises(Exception, match="token_rejected"):
        client.access_token(RequestToken(Secret("t"), Secret("s"), True), Secret("v"))


def test_authorization_url_carries_the_callback_only_in_legacy_mode(http):
    client = OAuth1Client(provider(), Secret(CONSUMER_SECRET), http)
    rt = RequestToken(Secret("tok"), Secret("sec"), True)
    assert dict(parse_qsl(client.authorization_url(rt).split("?")[1])) == {"oauth_token": "tok"}
    legacy = client.authorization_url(rt, legacy_callback="http://127.0.0.1:7/callback")
    assert dict(parse_qsl(legacy.split("?")[1]))["oauth_callback"] == "http://127.0.0.1:7/callback"


def test_rsa_sha1_signatures_verify_with_the_public_key(http, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from oauthlib.common import Request
    from oauthlib.oauth1.rfc5849 import signature

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_file = tmp_path / "consumer.pem"
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    client = OAuth1Client(provider(signature_method="RSA-SHA1", rsa_key_file=str(key_file)),
                          None, http)
    url = "https://api.example/1/statuses?x=1"
    header = client.authorization_header(tokens(), "POST", url, {"status": "hi there"})
    assert header_params(header)["oauth_signature_method"] == "RSA-SHA1"
    request = Request(url, "POST", body={"status": "hi there"},
                      headers={"Authorization": header,
                               "Content-Type": "application/x-www-form-urlencoded"})
    request.params = [(k, v) for k, v in signature.collect_parameters(
        uri_query=request.uri_query, body=request.body, headers=request.headers)]
    request.signature = header_params(header)["oauth_signature"]
    assert signature.verify_rsa_sha1(request, public_pem)
    request.params = [(k, "tampered" if k == "status" else v) for k, v in request.params]
    assert not signature.verify_rsa_sha1(request, public_pem)


def test_rsa_sha1_with_an_unreadable_key_file_is_a_clear_error(http, tmp_path):
    client = OAuth1Client(provider(signature_method="RSA-SHA1",
                                   rsa_key_file=str(tmp_path / "missing.pem")), None, http)
    with pytest.raises(NotConfiguredError, match="RSA key file"):
        client.authorization_header(tokens(), "GET", "https://api.example/me")
