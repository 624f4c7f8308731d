"""OAuth 1 through the service: the signed header covers the request as given (GET
when no method is named), and is refused without a URL."""

from __future__ import annotations

import pytest

from tests.oauth.test_oauth1 import CONSUMER_SECRET, TOKEN_SECRET, header_params
from tests.oauth.test_oauth1 import provider as oauth1_provider
from tests.service.support import Clock, make_account, service_with, store_on
from tests.test_service_oauth1 import expected_signature
from tokenmgr.accounts import AccountService
from tokenmgr.errors import UnsupportedError
from tokenmgr.secret import Secret
from tokenmgr.values.keys import AccountKey, Selector

TOKEN = "kkk9d7dh3k39sjv7"
URL = "https://api.example/1/statuses?x=1"


@pytest.fixture
def service(memory_keyring, tmp_path) -> AccountService:
    store = store_on(memory_keyring, tmp_path)
    store.set_client_secret("x", Secret(CONSUMER_SECRET))
    store.save(make_account("7", "alice", provider_id="x", access=TOKEN, token_type="OAuth1",
                            token_secret=TOKEN_SECRET, refresh=None, expires_at=None))
    return service_with(store, oauth1_provider(), clock=Clock())


@pytest.mark.parametrize("by", ["key", "selector"])
def test_without_a_method_the_header_signs_a_get(service, by):
    if by == "key":
        header = service.authorization_header_for_key(AccountKey("x:7"), url=URL).reveal()
    else:
        header = service.authorization_header(Selector("x"), url=URL).reveal()
    params = header_params(header)
    assert params["oauth_token"] == TOKEN
    assert params["oauth_signature"] == expected_signature(header, "GET", URL, [])


@pytest.mark.parametrize("url", [None, ""])
def test_an_oauth1_header_without_url_says_what_to_give(service, url):
    with pytest.raises(UnsupportedError) as info:
        service.authorization_header(Selector("x:alice"), "POST", url)
    assert str(info.value) == "OAuth 1 signatures cover the request: give --method and --url."
