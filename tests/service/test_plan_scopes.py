"""``plan_scopes``: before a (re-)connect, what to ask for — absolute or relative to the
named account's scopes — and a refusal, before any browser opens, when the request
would drop scopes the account has (issue 19)."""

from __future__ import annotations

import pytest

from tests.service.support import make_account, service_with, store_on
from tokenmgr.accounts import AccountService
from tokenmgr.errors import (
    AccountNotFoundError,
    ScopeNarrowingError,
    UnknownProviderError,
    UsageError,
)
from tokenmgr.values.provider import Provider


def provider(provider_id: str) -> Provider:
    return Provider(id=provider_id, name=provider_id.title(), client_id="c",
                    authorize_url=f"https://{provider_id}.example/authorize",
                    token_url=f"https://{provider_id}.example/token", scopes=("read",))


@pytest.fixture
def service(memory_keyring, tmp_path) -> AccountService:
    store = store_on(memory_keyring, tmp_path)
    store.save(make_account("1001", "alice", scopes=("read", "write")))
    store.save(make_account("1002", "bob", scopes=("read",), refresh=None))
    store.save(make_account("7", "carol", provider_id="other", scopes=("x",)))
    return service_with(store, provider("acme"), provider("other"), provider("third"))


@pytest.mark.parametrize("selector", ["acme", "acme:alice", "third"])
def test_without_scopes_the_providers_default_is_asked_for(service, selector):
    assert service.plan_scopes(selector, None) == ("acme" if "acme" in selector else "third",
                                                   None)


@pytest.mark.parametrize(("selector", "spec", "scopes"), [
    ("acme:alice", "read write admin", ("read", "write", "admin")),
    ("acme:alice", "+admin", ("read", "write", "admin")),  # relative to alice's scopes
    ("acme:bob", "+admin", ("read", "admin")),  # ... or bob's
    ("other", "+y,+z", ("x", "y", "z")),  # the provider's only account
    ("acme", "read,admin", None),  # no account named: nothing can be narrowed
    ("third", "a b", ("a", "b")),  # a first connect
])
def test_the_scopes_asked_for(service, selector, spec, scopes):
    expected = scopes if scopes is not None else ("read", "admin")
    assert service.plan_scopes(selector, spec) == (selector.partition(":")[0], expected)


def test_relative_scopes_need_the_account_named_when_there_are_several(service):
    with pytest.raises(UsageError) as info:
        service.plan_scopes("acme", "+admin")
    assert str(info.value) == ("Relative --scopes change an account's scopes: name it "
                               "(acme:alice, acme:bob).")


def test_relative_scopes_for_a_provider_without_accounts_are_refused(service):
    with pytest.raises(UsageError) as info:
        service.plan_scopes("third", "+admin")
    assert str(info.value) == ("Relative --scopes change an account's scopes, and third has "
                               "no account yet.")


def test_dropping_a_scope_is_refused_and_warns_about_the_refresh_token(service):
    with pytest.raises(ScopeNarrowingError) as info:
        service.plan_scopes("acme:alice", "+admin,-write")
    assert str(info.value) == (
        "Re-connecting acme:alice with read admin would drop write (it has read write) and "
        "may lose its refresh token. Nothing was changed. Re-run with --replace-scopes to do "
        "it anyway, or add scopes with --scopes +SCOPE.")


def test_dropping_a_scope_of_an_account_without_refresh_token_is_refused(service):
    with pytest.raises(ScopeNarrowingError) as info:
        service.plan_scopes("acme:bob", "write")
    assert str(info.value) == (
        "Re-connecting acme:bob with write would drop read (it has read). Nothing was "
        "changed. Re-run with --replace-scopes to do it anyway, or add scopes with "
        "--scopes +SCOPE.")


def test_every_dropped_scope_is_named(service):
    with pytest.raises(ScopeNarrowingError) as info:
        service.plan_scopes("acme:alice", "admin")
    assert str(info.value).startswith("Re-connecting acme:alice with admin would drop read "
                                      "write (it has read write) and may lose")


def test_the_only_account_of_a_provider_is_protected_without_being_named(service):
    with pytest.raises(ScopeNarrowingError):
        service.plan_scopes("other", "y")


def test_replace_scopes_allows_the_narrower_request(service):
    assert service.plan_scopes("acme:alice", "read", replace_scopes=True) == ("acme",
                                                                              ("read",))


def test_an_unknown_provider_or_account_is_named(service):
    with pytest.raises(UnknownProviderError):
        service.plan_scopes("nope:alice", "read")
    with pytest.raises(AccountNotFoundError):
        service.plan_scopes("acme:zed", "read")
