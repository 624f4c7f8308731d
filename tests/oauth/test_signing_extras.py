"""OAuth 1 signing over ordered form pairs, consumer-only (two-legged) signatures, "Sign in
with …" (/oauth/authenticate) and the desktop locale on authorization URLs."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.oauth.test_oauth1 import (
    CONSUMER_SECRET,
    TOKEN_SECRET,
    header_params,
    hmac_sha1,
    provider,
    tokens,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth1 import OAuth1Client, RequestToken, encode_form
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider


@pytest.fixture
def http():
    client = HttpClient()
    yield client
    client.close()


def expected_signature(method, url, body_pairs, header, token_secret):
    from oauthlib.common import Request
    from oauthlib.oauth1.rfc5849 import signature

    request = Request(url, method, body=encode_form(body_pairs) if body_pairs else None,
                      headers={"Authorization": header,
                               "Content-Type": "application/x-www-form-urlencoded"})
    params = signature.collect_parameters(uri_query=request.uri_query, body=request.body,
                                          headers=request.headers, exclude_oauth_signature=True)
    base = signature.signature_base_string(
        method, signature.base_string_uri(url), signature.normalize_parameters(params))
    return hmac_sha1(base, CONSUMER_SECRET, token_secret)


def test_repeated_form_keys_are_all_signed_in_order(http):
    client = OAuth1Client(provider(), Secret(CONSUMER_SECRET), http)
    pairs = [("dup", "x"), ("dup", "y"), ("ü", "a&b=c")]
    url = "https://api.example/1/post?q=1&q=2"
    header = client.authorization_header(tokens(), "POST", url, pairs)
    assert header_params(header)["oauth_signature"] == expected_signature(
        "POST", url, pairs, header, TOKEN_SECRET)
    last_only = expected_signature("POST", url, [("dup", "y"), ("ü", "a&b=c")], header,
                                   TOKEN_SECRET)
    assert header_params(header)["oauth_signature"] != last_only


def test_consumer_only_signs_with_the_consumer_secret_alone(http):
    client = OAuth1Client(provider(), Secret(CONSUMER_SECRET), http)
    url = "https://api.example/app?x=1"
    header = client.authorization_header(None, "GET", url)
    params = header_params(header)
    assert "oauth_token" not in params
    assert params["oauth_signature"] == expected_signature("GET", url, None, header, "")


def rt() -> RequestToken:
    return RequestToken(Secret("tok"), Secret("sec"), True)


def test_authenticate_url_is_used_only_when_the_provider_opts_in(http):
    base = provider(authenticate_url="https://api.example/oauth/authenticate")
    plain = OAuth1Client(base, Secret(CONSUMER_SECRET), http).authorization_url(rt())
    assert urlsplit(plain).path == "/oauth/authorize"
    opted = Provider(**{**base.__dict__, "use_authenticate_url": True})
    url = OAuth1Client(opted, Secret(CONSUMER_SECRET), http).authorization_url(rt())
    assert urlsplit(url).path == "/oauth/authenticate"
    assert dict(parse_qsl(urlsplit(url).query)) == {"oauth_token": "tok"}


def test_oauth1_authorization_url_carries_the_locale_when_declared(http):
    client = OAuth1Client(provider(locale_param="lang"), Secret(CONSUMER_SECRET), http,
                          locale="de-DE")
    assert dict(parse_qsl(urlsplit(client.authorization_url(rt())).query))["lang"] == "de-DE"


def oauth2(http, locale, **kw) -> OAuth2Client:
    p = Provider(id="p", name="P", authorize_url="https://a.example/auth",
                 token_url="https://a.example/token", client_id="c", **kw)
    return OAuth2Client(p, None, http, locale=locale)


def query_of(client: OAuth2Client) -> dict[str, str]:
    pending = client.authorization_request("http://127.0.0.1:5/callback")
    return dict(parse_qsl(urlsplit(pending.url).query))


def test_oauth2_sends_the_desktop_locale_in_the_declared_parameter(http):
    assert query_of(oauth2(http, "pt-BR", locale_param="ui_locales"))["ui_locales"] == "pt-BR"
    assert query_of(oauth2(http, "pt-BR", locale_param="locale"))["locale"] == "pt-BR"
    undeclared = query_of(oauth2(http, "pt-BR"))
    assert "pt-BR" not in undeclared.values()
    assert "ui_locales" not in query_of(oauth2(http, None, locale_param="ui_locales"))
    from types import MappingProxyType

    pinned = oauth2(http, "pt-BR", locale_param="hl",
                    extra_authorize_params=MappingProxyType({"hl": "en"}))
    assert query_of(pinned)["hl"] == "en"  # the user's own setting wins
