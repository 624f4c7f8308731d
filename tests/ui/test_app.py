"""The app entry point builds and shows the window with the app's identity and settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tokenmgr import APP_ID, accounts
from tokenmgr.ui.app import build_window

pytestmark = pytest.mark.gui


def test_the_window_is_shown_with_the_app_id_icon_and_clipboard_setting(
        qtbot, qapp, service, monkeypatch, tmp_path):
    settings = tmp_path / "xdg-config" / "tokenmgr" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("[clipboard]\nclear_seconds = 12\n")
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    window = build_window(qapp)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.accounts_loaded, timeout=5000, raising=False).wait()
    assert window.isVisible() and window.windowTitle() == "tokenmgr"
    assert QApplication.desktopFileName() == APP_ID
    assert not QApplication.windowIcon().isNull()
    assert window.clipboard.clear_seconds == 12
    qtbot.waitUntil(lambda: window.state_page.isVisible(), timeout=5000)
    assert window.state_page.kind == "empty"  # presets are in the picker, not rows
    assert window.sheet.picker.visible_ids()[:2] == ["example", "unset"]
    window.runner.wait_for_done(5000)


def test_first_window_offers_a_menu_entry_once(qtbot, qapp, service, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system"))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)

    def offers(window) -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    first = build_window(qapp)
    qtbot.addWidget(first)
    assert [b.text() for b in offers(first)] == ["Add tokenmgr to your applications menu?"]
    first.runner.wait_for_done(5000)
    second = build_window(qapp)
    qtbot.addWidget(second)
    assert offers(second) == []
    second.runner.wait_for_done(5000)


@pytest.mark.real_backend_policy
def test_a_keyring_backend_admitted_only_by_settings_is_named_in_the_window(
        qtbot, qapp, monkeypatch, tmp_path):
    """issue 17 item 7: the user sees where tokens go when settings.toml opted in."""
    from tests.conftest import MemoryKeyring
    from tokenmgr.accounts import AccountService
    from tokenmgr.providers.config import ProviderCatalog
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore
    from tokenmgr.values.provider import Provider

    class OptedIn(MemoryKeyring):
        pass

    OptedIn.__module__, OptedIn.__qualname__ = "keyrings.thirdparty", "OptedIn"
    store = TokenStore(KeyringAccess(OptedIn(), deadline=5.0,
                                     allowed_backends=["keyrings.thirdparty.OptedIn"]),
                       tmp_path / "store.lock")
    service = AccountService(store, providers_file=None, catalog_loader=lambda: ProviderCatalog(
        {"p": Provider(id="p", name="P")}))
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    window = build_window(qapp)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "keyrings.thirdparty.OptedIn" in window.keyring_notice.text(),
                    timeout=5000)
    assert "settings.toml" in window.keyring_notice.text()
    assert not window.keyring_notice.isHidden()  # the status bar's permanent part
    window.runner.wait_for_done(5000)


def test_start_minimized_without_a_tray_starts_minimized(qtbot, qapp, service, monkeypatch,
                                                         tmp_path):
    """With no tray to start in (offscreen has none), the window starts minimized,
    still loaded; without the setting it is shown normally."""
    settings = tmp_path / "xdg-config" / "tokenmgr" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("[window]\nstart_minimized = true\n")
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    window = build_window(qapp)
    qtbot.addWidget(window)
    assert window.tray is None and window.isMinimized()
    qtbot.waitUntil(lambda: window.state_page.kind == "empty", timeout=5000)
    window.runner.wait_for_done(5000)
    settings.write_text("[window]\nstart_minimized = false\n")
    shown = build_window(qapp)
    qtbot.addWidget(shown)
    assert shown.isVisible() and not shown.isMinimized()
    shown.runner.wait_for_done(5000)
