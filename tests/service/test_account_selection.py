"""Choosing an account: the on-disk hint names the entry so ``tokenmgr token`` reads the
keyring once; without a usable hint the index decides, and words the errors."""

from __future__ import annotations

import json

import pytest

from tests.service.support import (
    ACCESS,
    ReadRecordingKeyring,
    make_account,
    service_with,
    store_on,
)
from tokenmgr.accounts import AccountService
from tokenmgr.errors import AccountNotFoundError, AmbiguousAccountError, UnknownProviderError
from tokenmgr.secret import Secret
from tokenmgr.store.schema import INDEX_ENTRY
from tokenmgr.values.keys import Selector
from tokenmgr.values.provider import Provider

ACME = Provider(id="acme", name="Acme", token_url="https://acme.example/token",
                client_id="acme-client")
OTHER = Provider(id="other", name="Other", token_url="https://other.example/token",
                 client_id="other-client")


@pytest.fixture
def keyring() -> ReadRecordingKeyring:
    return ReadRecordingKeyring()


@pytest.fixture
def hinted(keyring, tmp_path) -> AccountService:
    store = store_on(keyring, tmp_path, hint=True)
    store.save(make_account("1001", "alice"))
    store.save(make_account("1002", "bob", access="bobs-token"))
    store.save(make_account("7", "carol", provider_id="other", access="carols-token"))
    keyring.reads.clear()
    return service_with(store, ACME, OTHER)


@pytest.mark.parametrize(("selector", "entry", "name"), [
    ("acme:alice", "account/acme/1001", "alice"),  # by name
    ("acme:1002", "account/acme/1002", "bob"),  # by account id
    ("other", "account/other/7", "carol"),  # the provider's only account
])
def test_a_hint_naming_one_account_costs_one_keyring_read(hinted, keyring, selector, entry,
                                                          name):
    assert hinted.account(selector).name == name
    assert keyring.reads == [entry]  # never the index


def test_the_token_read_through_the_hint_is_the_stored_one(hinted, keyring):
    assert hinted.token(Selector("other")) == Secret("carols-token")
    assert keyring.reads == ["account/other/7"]


def test_a_hint_naming_several_accounts_leaves_the_choice_to_the_index(hinted, keyring):
    with pytest.raises(AmbiguousAccountError) as info:
        hinted.account("acme")
    assert str(info.value) == "'acme' matches several accounts: acme:alice, acme:bob."
    assert keyring.reads == [INDEX_ENTRY]


def test_a_selector_the_hint_does_not_know_is_looked_up_in_the_index(hinted, keyring):
    hinted.store.save(make_account("1003", "dave"))  # e.g. by another process
    hint_file = hinted.store._hint_path
    assert hint_file is not None
    hint_file.write_text(json.dumps({"version": 1, "accounts": [["acme", "1001", "alice"]]}))
    keyring.reads.clear()
    assert hinted.account("acme:dave").account_id == "1003"
    assert INDEX_ENTRY in keyring.reads


def test_without_a_hint_file_the_index_is_read(keyring, tmp_path):
    store = store_on(keyring, tmp_path, hint=False)
    store.save(make_account())
    keyring.reads.clear()
    assert service_with(store, ACME).account("acme:alice").tokens.access_token == Secret(ACCESS)
    assert keyring.reads[0] == INDEX_ENTRY


@pytest.mark.parametrize("hint", [True, False])
def test_a_name_with_colons_is_matched_after_the_first_one(keyring, tmp_path, hint):
    store = store_on(keyring, tmp_path, hint=hint)
    store.save(make_account("T1:U2", "team:alice"))
    service = service_with(store, ACME)
    assert service.account("acme:team:alice").account_id == "T1:U2"
    assert service.account("acme:T1:U2").name == "team:alice"


# --- the errors the index words -----------------------------------------------------------


@pytest.mark.parametrize(("selector", "message"), [
    ("acme:al", "No account matches 'acme:al' (accounts: acme:alice, acme:bob, "
                "other:carol)."),  # exact names only, never a prefix
    ("nope", "No account matches 'nope' (accounts: acme:alice, acme:bob, other:carol)."),
    ("other:alice", "No account matches 'other:alice' (accounts: acme:alice, acme:bob, "
                    "other:carol)."),
])
def test_a_selector_matching_nothing_names_every_account(hinted, selector, message):
    with pytest.raises(AccountNotFoundError) as info:
        hinted.account(selector)
    assert str(info.value) == message


def test_an_empty_store_says_there_are_no_accounts(keyring, tmp_path):
    service = service_with(store_on(keyring, tmp_path), ACME)
    with pytest.raises(AccountNotFoundError) as info:
        service.account("acme")
    assert str(info.value) == "No account matches 'acme' (accounts: none)."


def test_an_unknown_provider_is_named_with_the_known_ones(keyring, tmp_path):
    service = service_with(store_on(keyring, tmp_path), OTHER, ACME)
    with pytest.raises(UnknownProviderError) as info:
        service.provider("nope")
    assert str(info.value) == "Unknown provider 'nope' (known: acme, other)."


def test_an_unknown_provider_with_an_empty_catalog_says_none(keyring, tmp_path):
    service = service_with(store_on(keyring, tmp_path))
    with pytest.raises(UnknownProviderError) as info:
        service.provider("acme")
    assert str(info.value) == "Unknown provider 'acme' (known: none)."
