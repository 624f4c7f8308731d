"""Fresh tokens from the service: when a token is refreshed (margin, ``min_valid``,
another process's refresh), what a refresh sends and stores, and the exact words of
every refusal (SECURITY.md #16)."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from urllib.parse import parse_qs

import pytest
from pytest_httpserver import HTTPServer

from tests.service.support import (
    ACCESS,
    NEW_ACCESS,
    NOW,
    REFRESH,
    Clock,
    make_account,
    service_with,
    store_on,
)
from tokenmgr.accounts import AccountService
from tokenmgr.errors import NeedsReconnectError, NotConfiguredError, UnsupportedError
from tokenmgr.secret import Secret
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT
from tokenmgr.store.token_store import TokenStore
from tokenmgr.values.keys import AccountKey, Selector
from tokenmgr.values.provider import Provider

KEY = AccountKey("acme:1001")


@pytest.fixture
def server(loopback_idp: HTTPServer) -> HTTPServer:
    """The provider's endpoints on 127.0.0.1, reached directly (tests/conftest.py)."""
    return loopback_idp


@pytest.fixture
def acme(server) -> Provider:
    return Provider(id="acme", name="Acme", authorize_url=server.url_for("/authorize"),
                    token_url=server.url_for("/token"), client_id="acme-client",
                    scopes=("read",))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(memory_keyring, tmp_path) -> TokenStore:
    return store_on(memory_keyring, tmp_path)


@pytest.fixture
def service(store, acme, clock) -> AccountService:
    return service_with(store, acme, clock=clock)


def answer_refresh(server: HTTPServer, **extra) -> None:
    server.expect_request("/token", method="POST").respond_with_json(
        {"access_token": NEW_ACCESS, "token_type": "Bearer", "expires_in": 3600, **extra})


def token_requests(server: HTTPServer) -> list[dict[str, list[str]]]:
    return [parse_qs(r.get_data(as_text=True)) for r, _ in server.log if r.path == "/token"]


# --- refusals, word for word ----------------------------------------------------------------


def test_an_account_needing_reconnect_gives_no_token_and_says_so(service, store, server):
    store.save(replace(make_account(), status=STATUS_NEEDS_RECONNECT))
    for call in (lambda: service.token(Selector("acme")), lambda: service.token_for_key(KEY),
                 lambda: service.fresh_account("acme"), lambda: service.refresh(KEY)):
        with pytest.raises(NeedsReconnectError) as info:
            call()
        assert str(info.value) == "acme:alice needs to be re-connected."
    assert server.log == []


def test_an_expired_token_without_refresh_token_says_to_reconnect(service, store, server):
    store.save(make_account(refresh=None, expires_at=NOW - 1))
    with pytest.raises(NeedsReconnectError) as info:
        service.token_for_key(KEY)
    assert str(info.value) == ("The token of acme:alice has expired and cannot be refreshed; "
                               "re-connect the account.")
    assert server.log == []


def test_refreshing_an_account_without_refresh_token_makes_no_request(service, store, server):
    store.save(make_account(refresh=None))
    with pytest.raises(NeedsReconnectError) as info:
        service.refresh(KEY)
    assert str(info.value) == ("acme:alice has no refresh token; re-connect with "
                               "`tokenmgr connect acme`.")
    assert server.log == []


def test_oauth1_tokens_are_not_refreshed(store, acme, server):
    service = service_with(store, replace(acme, protocol="oauth1"))
    store.save(make_account(token_type="OAuth1", token_secret="ts"))
    with pytest.raises(UnsupportedError) as info:
        service.refresh(KEY)
    assert str(info.value) == "OAuth 1 tokens do not expire; there is nothing to refresh."
    assert server.log == []


def test_a_provider_without_client_id_says_how_to_configure_it(store, acme, server):
    service = service_with(store, replace(acme, client_id=None))
    store.save(make_account(expires_at=NOW - 1))
    with pytest.raises(NotConfiguredError) as info:
        service.token(Selector("acme"))
    assert str(info.value) == ("Acme has no client id yet: run `tokenmgr configure acme` or "
                               "use Configure in the window.")
    assert server.log == []


def test_invalid_grant_stores_why_and_says_how_to_reconnect(service, store, server):
    store.save(make_account(expires_at=NOW - 1))
    server.expect_request("/token").respond_with_json(
        {"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
        status=400)
    with pytest.raises(NeedsReconnectError) as info:
        service.token(Selector("acme"))
    cause = ("the refresh token expired or was revoked (Google: 7 days for apps in Testing, "
             "6 months unused, or a password change)")
    assert str(info.value) == (f"acme:alice needs re-connect: {cause}. Fix: tokenmgr connect "
                               "acme:alice (or Re-connect in the window).")
    stored = store.load(KEY)
    assert stored.status == STATUS_NEEDS_RECONNECT
    assert stored.last_error == "T" + cause[1:] + "."
    assert stored.tokens == make_account(expires_at=NOW - 1).tokens


# --- what a refresh sends and stores ------------------------------------------------------------


def test_an_explicit_refresh_renews_a_token_that_is_still_valid(service, store, server, clock):
    store.save(replace(make_account(expires_at=NOW + 3000), last_error="Busy earlier."))
    answer_refresh(server)
    clock.now = NOW + 5
    account = service.refresh(KEY)
    assert account.tokens.access_token == Secret(NEW_ACCESS)
    assert account.tokens.refresh_token == Secret(REFRESH)  # kept: none in the answer
    assert (account.refreshed_at, account.last_error) == (NOW + 5, None)
    assert store.load(KEY) == account
    assert token_requests(server)[0]["refresh_token"] == [REFRESH]


def test_a_refresh_sends_the_redirect_uri_where_the_provider_wants_it(store, acme, server):
    service = service_with(store, replace(acme, refresh_sends_redirect_uri=True))
    store.save(make_account(expires_at=NOW - 1))
    answer_refresh(server)
    service.token(Selector("acme"))
    assert token_requests(server)[0]["redirect_uri"] == ["http://127.0.0.1:53682/callback"]


def test_a_busy_provider_is_asked_again_after_the_services_sleep(store, acme, server):
    slept: list[float] = []
    service = service_with(store, acme, sleep=slept.append)
    store.save(make_account(expires_at=NOW - 1))
    server.expect_ordered_request("/token").respond_with_data(
        "busy", status=503, headers={"Retry-After": "7"})
    server.expect_ordered_request("/token").respond_with_json(
        {"access_token": NEW_ACCESS, "expires_in": 3600})
    assert service.token(Selector("acme")) == Secret(NEW_ACCESS)
    assert slept == [7.0]
    assert len(token_requests(server)) == 2


def test_a_token_another_process_renewed_with_the_same_value_is_not_refreshed_again(
        service, store, server, monkeypatch):
    """Some providers answer a refresh with the same access token and a new expiry."""
    store.save(make_account(expires_at=NOW + 10))
    real_locked = store.account_locked

    @contextlib.contextmanager
    def locked_after_other_process(key):
        with real_locked(key):
            store.save_unlocked(make_account(expires_at=NOW + 3600))
        with real_locked(key):
            yield

    monkeypatch.setattr(store, "account_locked", locked_after_other_process)
    assert service.token(Selector("acme")) == Secret(ACCESS)
    assert server.log == []
    assert store.summaries()[0].expires_at == NOW + 3600


# --- fresh_account: at least min_valid seconds ------------------------------------------------


def test_fresh_account_refreshes_when_min_valid_is_longer_than_the_margin(service, store,
                                                                          server):
    store.save(make_account(expires_at=NOW + 600, obtained_at=NOW - 3000))
    assert service.fresh_account("acme", min_valid=300).tokens.access_token == Secret(ACCESS)
    assert server.log == []
    answer_refresh(server)
    account = service.fresh_account("acme:alice", min_valid=900)
    assert account.tokens.access_token == Secret(NEW_ACCESS)
    assert store.load(KEY).tokens.access_token == Secret(NEW_ACCESS)


def test_fresh_account_takes_what_another_process_refreshed_meanwhile(service, store, server,
                                                                      monkeypatch):
    store.save(make_account(expires_at=NOW + 10))
    theirs = make_account(access="their-new-token", expires_at=NOW + 3600)
    real_locked = store.account_locked

    @contextlib.contextmanager
    def locked_after_other_process(key):
        with real_locked(key):
            store.save_unlocked(theirs)
        with real_locked(key):
            yield

    monkeypatch.setattr(store, "account_locked", locked_after_other_process)
    assert service.fresh_account("acme") == theirs
    assert server.log == []


def test_fresh_account_without_refresh_token_returns_a_valid_one_as_is(service, store, server):
    store.save(make_account(refresh=None, expires_at=NOW + 60))
    assert service.fresh_account("acme", min_valid=900).tokens.access_token == Secret(ACCESS)
    assert server.log == []


def test_fresh_account_without_refresh_token_refuses_an_expired_one(service, store, server):
    store.save(make_account(refresh=None, expires_at=NOW))
    with pytest.raises(NeedsReconnectError):
        service.fresh_account("acme", min_valid=900)
    assert server.log == []


def test_fresh_account_returns_oauth1_tokens_as_stored(store, acme, server):
    service = service_with(store, replace(acme, protocol="oauth1"))
    account = make_account(token_type="OAuth1", token_secret="ts", expires_at=NOW - 1)
    store.save(account)
    assert service.fresh_account("acme", min_valid=900) == account
    assert server.log == []


def test_with_a_zero_margin_only_an_expired_token_is_refreshed(store, acme, server):
    service = service_with(store, acme, refresh_margin=0.0)
    store.save(make_account(expires_at=NOW + 0.5))
    assert service.fresh_account("acme").tokens.access_token == Secret(ACCESS)
    assert server.log == []


def test_an_account_already_loaded_gets_a_fresh_token(service, store, server):
    account = make_account(expires_at=NOW + 3600)
    store.save(account)
    assert service.fresh_access_token(account) == Secret(ACCESS)
    assert server.log == []
    expiring = make_account(expires_at=NOW + 10)
    store.save(expiring)
    answer_refresh(server)
    assert service.fresh_access_token(expiring) == Secret(NEW_ACCESS)


# --- the refresh margin -------------------------------------------------------------------------


@pytest.mark.parametrize(("expires_at", "obtained_at", "margin"), [
    (NOW + 3600, NOW, 300.0),  # the setting
    (NOW + 120, NOW, 60.0),  # half a short lifetime
    (None, NOW, 300.0),  # no expiry known
    (NOW + 120, 0.0, 300.0),  # no issue time known
    (200.0, 0.0, 300.0),  # ... whatever the expiry
    (121.0, 1.0, 60.0),  # any issue time after 0 is known
    (NOW - 10, NOW, 0.0),  # issued already expired: never a negative margin
])
def test_the_margin_is_the_setting_or_half_the_lifetime(service, expires_at, obtained_at,
                                                         margin):
    tokens = make_account(expires_at=expires_at, obtained_at=obtained_at).tokens
    assert service.margin_for(tokens) == margin


# --- Authorization headers and Copy -----------------------------------------------------------


def test_a_bearer_header_carries_the_fresh_token(service, store, server):
    store.save(make_account(expires_at=NOW + 10))
    answer_refresh(server)
    assert service.authorization_header(Selector("acme")) == Secret(f"Bearer {NEW_ACCESS}")
    assert service.authorization_header_for_key(KEY) == Secret(f"Bearer {NEW_ACCESS}")
    assert len(token_requests(server)) == 1


def test_copy_of_a_bearer_account_is_its_fresh_access_token(service, store, server):
    store.save(make_account(expires_at=NOW + 10))
    answer_refresh(server)
    assert service.copyable_credentials(KEY) == Secret(NEW_ACCESS)


def test_copy_of_an_oauth1_account_without_token_secret_has_it_empty(store, acme):
    service = service_with(store, replace(acme, protocol="oauth1"))
    store.save(make_account(token_type="OAuth1", access="oauth1-token"))
    assert service.copyable_credentials(KEY) == Secret(
        "oauth_token=oauth1-token&oauth_token_secret=")


# --- small accessors -------------------------------------------------------------------------


def test_load_account_and_existing_read_what_is_stored(service, store):
    account = make_account()
    store.save(account)
    assert service.load_account("acme:alice") == account
    assert service.existing("acme", "1001") == account
    assert service.existing("acme", "1002") is None


def test_the_keyring_in_use_is_named(service):
    assert service.keyring_verdict().name == "tests.conftest.MemoryKeyring"


def test_readable_summaries_name_what_could_not_be_read(service, store, memory_keyring):
    store.save(make_account())
    summaries, problems = service.readable_summaries()
    assert [s.key for s in summaries] == ["acme:1001"] and problems == []
