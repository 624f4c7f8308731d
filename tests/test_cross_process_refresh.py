"""Refresh once across processes when the other process's new token is itself near
expiry (short-lived tokens): the waiting process uses it instead of refreshing again
(SECURITY.md #16; this case was missing, so dropping the ``seen`` check passed)."""

from __future__ import annotations

import contextlib

from tests.test_accounts import (  # noqa: F401 - fixtures
    KEY,
    NOW,
    OTHER_ACCESS,
    OTHER_REFRESH,
    clock,
    loopback_server,
    make_account,
    provider,
    server,
    service,
)
from tokenmgr.secret import Secret


def test_a_token_refreshed_meanwhile_is_used_even_if_it_is_near_expiry_too(
        service, memory_store, server, monkeypatch):  # noqa: F811
    memory_store.save(make_account(expires_at=NOW + 10))
    # the other process's fresh token lives 60 s: also within the 300 s margin
    other = make_account(access=OTHER_ACCESS, refresh=OTHER_REFRESH, expires_at=NOW + 60)
    real_locked = memory_store.account_locked

    @contextlib.contextmanager
    def locked_after_other_process(key):
        with real_locked(key):  # the other process held the account's lock and saved
            memory_store.save_unlocked(other)
        with real_locked(key):
            yield

    monkeypatch.setattr(memory_store, "account_locked", locked_after_other_process)
    assert service.token("acme") == Secret(OTHER_ACCESS)
    assert server.log == []  # no second refresh: the rotating refresh token is spent once
    assert memory_store.load(KEY).tokens.refresh_token == Secret(OTHER_REFRESH)
