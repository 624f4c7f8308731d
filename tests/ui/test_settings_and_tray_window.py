"""Settings from the window (saved to settings.toml, applied at once) and close-to-tray."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon

from tokenmgr.settings import load_settings
from tokenmgr.ui.settings_flow import apply_settings, open_settings
from tokenmgr.ui.tray import AccountTray

pytestmark = pytest.mark.gui


def test_settings_are_saved_and_applied_at_once(qtbot, window, tmp_path):
    window.settings_path = tmp_path / "config" / "settings.toml"
    dialog = open_settings(window)
    dialog.clear_seconds.setValue(12)
    dialog.margin.setValue(2)
    with qtbot.waitSignal(window.message_shown, timeout=5000):
        dialog.accept()
    assert window.clipboard.clear_seconds == 12
    assert window.schedule.margin == 120 and window.service.refresh_margin == 120
    saved = load_settings(window.settings_path)
    assert (saved.clipboard_clear_seconds, saved.refresh_margin_seconds) == (12, 120)
    assert window.message.text() == f"Settings saved to {window.settings_path}."


def test_close_to_tray_hides_the_window_and_quit_really_closes(qtbot, window):
    quits: list[int] = []
    window._quit_app = lambda: quits.append(1)
    window.tray = AccountTray(QIcon(), lambda: None, lambda key: None, window.quit, window)
    apply_settings(window, window.settings.__class__(close_to_tray=True))
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert not window.isVisible() and window.runner is not None
    assert window._ticker.isActive()  # still running in the tray
    window.open_at("")
    assert window.isVisible()
    window.actions_by_name["quit"].trigger()
    assert quits == [1] and not window._ticker.isActive()
