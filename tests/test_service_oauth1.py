"""The service signs OAuth 1 requests for exactly the method, URL and ordered form body
asked for (by key and by selector), and copies token + secret together (issue 17 items
3 and 4; these paths were covered only end to end)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

import pytest
from oauthlib.oauth1.rfc5849 import signature

from tests.oauth.test_oauth1 import CONSUMER_SECRET, TOKEN_SECRET, header_params, hmac_sha1
from tests.oauth.test_oauth1 import provider as oauth1_provider
from tokenmgr.accounts import AccountService
from tokenmgr.errors import UnsupportedError
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
from tokenmgr.values.keys import AccountKey, Selector

TOKEN = "kkk9d7dh3k39sjv7"
URL = "https://api.example/1/statuses?x=1"
BODY = [("dup", "x"), ("dup", "y"), ("a", "1 2")]


@pytest.fixture
def service(memory_store, tmp_path) -> AccountService:
    memory_store.set_client_secret("x", Secret(CONSUMER_SECRET))
    memory_store.save(Account(
        provider_id="x", account_id="7", name="alice", connected_at=1.0,
        tokens=TokenSet(Secret(TOKEN), token_type="OAuth1", token_secret=Secret(TOKEN_SECRET))))
    return AccountService(memory_store, providers_file=None,
                          catalog_loader=lambda: ProviderCatalog({"x": oauth1_provider()}))


def expected_signature(header: str, method: str, url: str, body) -> str:
    params = header_params(header)
    collected = signature.collect_parameters(
        uri_query=url.partition("?")[2], body=urlencode(body),
        headers={"Authorization": header}, exclude_oauth_signature=True)
    base = signature.signature_base_string(
        method, signature.base_string_uri(url), signature.normalize_parameters(collected))
    assert params["oauth_token"] == TOKEN
    return hmac_sha1(base, CONSUMER_SECRET, TOKEN_SECRET)


@pytest.mark.parametrize("by", ["key", "selector"])
def test_the_signature_covers_method_url_and_every_body_pair(service, by):
    if by == "key":
        header = service.authorization_header_for_key(AccountKey("x:7"), "POST", URL, BODY)
    else:
        header = service.authorization_header(Selector("x:alice"), "POST", URL, BODY)
    value = header.reveal()
    assert header_params(value)["oauth_signature"] == expected_signature(
        value, "POST", URL, BODY)


def test_an_oauth1_header_needs_the_url(service):
    with pytest.raises(UnsupportedError):
        service.authorization_header_for_key(AccountKey("x:7"), "GET", None)


def test_copy_gives_the_token_and_its_secret_together(service):
    copied = parse_qs(service.copyable_credentials(AccountKey("x:7")).reveal())
    assert copied == {"oauth_token": [TOKEN], "oauth_token_secret": [TOKEN_SECRET]}
