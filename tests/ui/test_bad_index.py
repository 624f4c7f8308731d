"""The window opens on a damaged index: it shows what it can and says what it skipped."""

from __future__ import annotations

import json

import pytest

from tokenmgr.store.schema import INDEX_ENTRY
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


def good(i: int, **kw) -> dict:
    return {"provider": "example", "account_id": str(i), "name": f"user{i}",
            "status": "active", "expires_at": 1_800_003_600.0, "scopes": [],
            "token_type": "Bearer", "has_refresh_token": False, "connected_at": 0.0, **kw}


def open_window(qtbot, service, accounts) -> MainWindow:
    raw = json.dumps({"version": 1, "kind": "index", "accounts": accounts})
    service.store.keyring._backend.set_password("tokenmgr", INDEX_ENTRY, raw)
    runner = TaskRunner()
    window = MainWindow(service, runner=runner, auto_refresh=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded, timeout=10000):
        window.reload()
    return window


def test_unparseable_entries_are_skipped_and_said_the_rest_is_shown(qtbot, service,
                                                                    memory_keyring):
    accounts = [good(1), {"provider": "example"}, "garbage", good(2, expires_at="NaN"),
                good(3, status="weird"), good(4)]
    window = open_window(qtbot, service, accounts)
    index_as_written = json.dumps({"version": 1, "kind": "index", "accounts": accounts})
    assert window.model.account_count() == 2
    assert window.model.index_of("example:1").isValid()
    assert window.model.index_of("example:4").isValid()
    text = window.message.text()
    assert "Skipped 4 unreadable account entries" in text and "left untouched" in text
    assert memory_keyring.items == {("tokenmgr", INDEX_ENTRY): index_as_written}  # untouched


def test_absurd_expiry_is_worded_not_a_crash(qtbot, service):
    window = open_window(qtbot, service, [good(1, expires_at=1e300), good(2, expires_at=-1e300),
                                          good(3, expires_at=1e18)])
    states = {key: window.model.index_of(key, 1).data()
              for key in ("example:1", "example:2", "example:3")}
    assert states == {"example:1": "expires in over 100 years", "example:2": "expired",
                      "example:3": "expires in over 100 years"}


def test_ten_thousand_accounts_open(qtbot, service):
    window = open_window(qtbot, service, [good(i) for i in range(10_000)])
    assert window.model.account_count() == 10_000
    assert window.model.index(0, 0).data() == "Example Corp"


def test_absurd_expiry_in_the_detail_pane_is_worded(qtbot, service):
    window = open_window(qtbot, service, [good(1, expires_at=1e300, has_refresh_token=True)])
    assert window.select_key("example:1")
    assert window.detail.expires.text().startswith("far in the future")
    assert window.detail.auto_refresh.text().startswith("at far in the future")
