"""Settings from the window: the dialog, saving settings.toml, applying what can be
applied at once (clipboard timeout, refresh margin, tray, close-to-tray)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tokenmgr.settings import Settings, save_settings
from tokenmgr.ui.dialogs.settings import SettingsDialog
from tokenmgr.ui.tray import tray_available

if TYPE_CHECKING:
    from tokenmgr.ui.main_window import MainWindow


def apply_settings(window: MainWindow, settings: Settings) -> None:
    window.settings = settings
    window.clipboard.clear_seconds = settings.clipboard_clear_seconds
    window.schedule.margin = settings.refresh_margin_seconds
    window.service.refresh_margin = settings.refresh_margin_seconds
    window.detail.margin = settings.refresh_margin_seconds
    tray = window.tray
    if tray is not None:
        tray.icon.setVisible(settings.tray and tray_available())
    window.close_to_tray = settings.close_to_tray and settings.tray and tray is not None


def open_settings(window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.settings, tray_available(), window)

    def save() -> None:
        settings = dialog.values()
        apply_settings(window, settings)
        path = window.settings_path
        if path is not None:
            try:
                save_settings(path, settings)
            except OSError as exc:
                window.show_message(f"Could not save {path}: {exc.strerror}.")
                return
            window.show_message(f"Settings saved to {path}.")

    dialog.accepted.connect(save)
    dialog.open()
    window.settings_dialog = dialog
    return dialog
