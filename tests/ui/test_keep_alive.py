"""Keep-alive in the window: an account whose provider documents an inactivity limit is
refreshed before it ends, even though its access token is still valid."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.ui.test_account_lifecycle import (  # noqa: F401
    answers,
    clock,
    confirmations,
    notifier,
    refresh_requests,
    win,
)

pytestmark = pytest.mark.gui

DAY = 86400.0


def long_lived(service) -> None:
    """The stored access token never expires: only a keep-alive can cause a refresh."""
    account = service.store.load("example:42")
    service.store.save(replace(account, tokens=replace(account.tokens, expires_at=None)))


def test_keep_alive_refreshes_before_the_inactivity_limit(qtbot, win, clock, service,  # noqa: F811
                                                          token_server):
    load = service._catalog_loader  # the window reloads the catalog on every tick

    def with_limit():
        catalog = load()
        catalog.providers["example"] = replace(catalog.providers["example"],
                                               refresh_token_inactivity_days=90)
        return catalog

    service._catalog_loader = with_limit
    long_lived(service)
    clock.now += 80 * DAY  # 10 days left: not yet within the last week
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.tick()
    assert refresh_requests(token_server) == 0
    clock.now += 4 * DAY  # 6 days left
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.tick()
    qtbot.waitUntil(lambda: refresh_requests(token_server) == 1, timeout=5000)


def test_no_documented_limit_no_keep_alive(qtbot, win, clock, service, token_server):  # noqa: F811
    long_lived(service)
    clock.now += 200 * DAY
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.tick()
    assert refresh_requests(token_server) == 0
