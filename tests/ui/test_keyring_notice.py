"""A keyring backend that only the user's settings.toml admits is named in the window
for good (issue 17 item 7): a permanent status-bar notice that later status messages
do not overwrite, and the detail pane's "Stored in" says so too."""

from __future__ import annotations

import pytest

from tests.store.test_backend_policy import NAME, ThirdPartyPlain
from tests.ui.conftest import wait_idle
from tokenmgr.accounts import AccountService
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.schema import Account
from tokenmgr.store.token_store import TokenStore
from tokenmgr.ui.app import show_opted_in_keyring
from tokenmgr.ui.clipboard import SecretClipboard
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.workers import TaskRunner
from tokenmgr.values.tokens import TokenSet

pytestmark = pytest.mark.gui


def window_over(qtbot, tmp_path, backend, allowed) -> MainWindow:
    store = TokenStore(KeyringAccess(backend, deadline=5.0, allowed_backends=allowed),
                       tmp_path / "store.lock")
    store.save(Account(provider_id="example", account_id="1", name="alice",
                       tokens=TokenSet(access_token=Secret("a-token"), token_type="Bearer")))
    service = AccountService(store, providers_file=None,
                             catalog_loader=lambda: ProviderCatalog({}))
    win = MainWindow(service, runner=TaskRunner(), clipboard=SecretClipboard(clear_seconds=30),
                     confirm=lambda *_: True)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    return win


@pytest.mark.real_backend_policy
def test_an_opted_in_backend_stays_named_in_the_status_bar_and_the_detail(qtbot, tmp_path):
    win = window_over(qtbot, tmp_path, ThirdPartyPlain(), [NAME])
    win.show()
    assert win.keyring_notice.isHidden()
    show_opted_in_keyring(win)
    qtbot.waitUntil(win.keyring_notice.isVisible, timeout=5000)
    assert win.keyring_notice.text() == f"Keyring: {NAME} (allowed by settings.toml)"
    assert "cannot tell whether it protects secrets" in win.keyring_notice.toolTip()
    win.show_message("Refreshed example: alice.")  # a later message leaves it in place
    assert win.keyring_notice.isVisible() and NAME in win.keyring_notice.text()
    assert win.select_key("example:1")
    qtbot.waitUntil(lambda: "settings.toml" in win.detail.stored_in.text(), timeout=5000)
    assert win.detail.stored_in.text() == "plain ThirdPartyPlain (allowed by your settings.toml)"
    wait_idle(qtbot, win.runner)


def test_a_trusted_backend_gets_no_notice(qtbot, tmp_path, memory_keyring):
    win = window_over(qtbot, tmp_path, memory_keyring, [])
    win.show()
    show_opted_in_keyring(win)
    wait_idle(qtbot, win.runner)
    assert win.keyring_notice.isHidden()
    assert win.select_key("example:1")
    qtbot.waitUntil(lambda: win.detail.stored_in.text() != "", timeout=5000)
    assert "settings.toml" not in win.detail.stored_in.text()
    wait_idle(qtbot, win.runner)
