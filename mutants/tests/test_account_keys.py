"""Storage keys and user selectors are different things (issue 17 item 4), and
selectors match exactly, never by substring."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.test_accounts import (  # noqa: F401 - fixtures
    ACCESS,
    OTHER_ACCESS,
    clock,
    hinted_service,
    loopback_server,
    make_account,
    provider,
    server,
    service,
)
from tokenmgr.errors import AccountNotFoundError, AmbiguousAccountError
from tokenmgr.secret import Secret
from tokenmgr.values.keys import AccountKey, Selector


@pytest.fixture
def name_equals_other_id(service):  # noqa: F811
    """Account 1 is *named* "2"; account 2 has the *id* "2"."""
    service.store.save(make_account("1", "2", access=ACCESS))
    service.store.save(make_account("2", "bob", access=OTHER_ACCESS))
    return service


def test_the_window_path_by_key_is_never_ambiguous(name_equals_other_id, server):  # noqa: F811
    svc = name_equals_other_id
    with pytest.raises(AmbiguousAccountError):  # as a selector, "acme:2" names both
        svc.token_for_selector(Selector("acme:2"))
    assert svc.copyable_credentials(AccountKey("acme:2")) == Secret(OTHER_ACCESS)
    assert svc.token_for_key(AccountKey("acme:2")) == Secret(OTHER_ACCESS)
    assert svc.token_for_key(AccountKey("acme:1")) == Secret(ACCESS)
    assert svc.authorization_header_for_key(AccountKey("acme:2")) == Secret(
        f"Bearer {OTHER_ACCESS}")
    assert server.log == []


def test_a_key_is_not_a_selector_for_a_type_checker(tmp_path):
    """mypy --strict rejects a key where a selector is expected and the reverse."""
    snippet = tmp_path / "mixup.py"
    snippet.write_text(textwrap.dedent("""
        from tokenmgr.accounts import AccountService
        from tokenmgr.values.keys import AccountKey, Selector

        def use(service: AccountService, key: AccountKey, selector: Selector) -> None:
            service.token_for_selector(key)
            service.token_for_key(selector)
            service.copyable_credentials("acme:2")
            service.token_for_key(key)
            service.token_for_selector(selector)
    """))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
         str(snippet)], capture_output=True, text=True, check=False)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["6", "7", "8"], done.stdout


@pytest.mark.parametrize("selector", ["acme:al", "acme:alic", "acme:lice", "acme:100",
                                      "acme:ALICE", "acm:alice", "acme:alice "])
def test_selectors_match_exactly_never_by_substring(service, selector):  # noqa: F811
    service.store.save(make_account("1001", "alice"))
    with pytest.raises(AccountNotFoundError):
        service.resolve(Selector(selector))
    assert service.resolve(Selector("acme:alice")).key == "acme:1001"
    assert service.resolve(Selector("acme:1001")).name == "alice"


@pytest.mark.parametrize("selector", ["acme:al", "acme:100"])
def test_the_hint_path_matches_exactly_too(hinted_service, selector, server):  # noqa: F811
    hinted_service.store.save(make_account("1001", "alice"))
    with pytest.raises(AccountNotFoundError):
        hinted_service.token(Selector(selector))
    assert hinted_service.token(Selector("acme:alice")) == Secret(ACCESS)
