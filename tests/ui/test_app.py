"""The app entry point builds and shows the window with the app's identity and settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tokenmgr import APP_ID, accounts
from tokenmgr.logsetup import remove_logging
from tokenmgr.ui import app as app_module
from tokenmgr.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_main_shows_the_window_with_the_app_id_icon_and_clipboard_setting(
        qtbot, service, monkeypatch, tmp_path):
    settings = tmp_path / "xdg-config" / "tokenmgr" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("[clipboard]\nclear_seconds = 12\n")
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    seen: dict[str, MainWindow] = {}

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.addWidget(window)
        qtbot.waitSignal(window.accounts_loaded, timeout=5000).wait()
        seen["window"] = window
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        assert app_module.main([]) == 0
    finally:
        remove_logging()
    window = seen["window"]
    assert window.isVisible() and window.windowTitle() == "tokenmgr"
    assert QApplication.desktopFileName() == APP_ID
    assert not QApplication.windowIcon().isNull()
    assert window.clipboard.clear_seconds == 12
    window.runner.wait_for_done(5000)
