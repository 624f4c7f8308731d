"""Settings: clipboard timeout, refresh margin, concurrency, tray, start minimized.
Saved to settings.toml (tomlkit keeps the user's comments)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.settings import Settings
from tokenmgr.ui.text import plain_label


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, tray_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings — tokenmgr")
        self._settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.clear_seconds = QSpinBox(self)
        self.clear_seconds.setRange(5, 3600)
        self.clear_seconds.setSuffix(" s")
        self.clear_seconds.setValue(int(settings.clipboard_clear_seconds))
        self.clear_seconds.setAccessibleName("Clear the clipboard after")
        self.margin = QSpinBox(self)
        self.margin.setRange(0, 1440)
        self.margin.setSuffix(" min")
        self.margin.setValue(int(settings.refresh_margin_seconds // 60))
        self.margin.setAccessibleName("Refresh tokens this long before they expire")
        self.concurrency = QSpinBox(self)
        self.concurrency.setRange(1, 64)
        self.concurrency.setValue(settings.refresh_concurrency)
        self.concurrency.setAccessibleName("Refreshes at once")
        for spin in (self.clear_seconds, self.margin, self.concurrency):
            spin.lineEdit().setAccessibleName(spin.accessibleName())
        self.tray = QCheckBox("Show an icon in the system &tray", self)
        self.tray.setChecked(settings.tray)
        self.close_to_tray = QCheckBox("&Closing the window keeps tokenmgr in the tray", self)
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.start_minimized = QCheckBox("Start &minimized", self)
        self.start_minimized.setChecked(settings.start_minimized)
        if not tray_available:
            for box in (self.tray, self.close_to_tray):
                box.setEnabled(False)
                box.setToolTip("This desktop has no system tray.")
        self.tray.toggled.connect(self.close_to_tray.setEnabled)
        form.addRow("Clear copied tokens after:", self.clear_seconds)
        form.addRow("Refresh before expiry:", self.margin)
        form.addRow("Refreshes at once:", self.concurrency)
        layout.addLayout(form)
        for box in (self.tray, self.close_to_tray, self.start_minimized):
            layout.addWidget(box)
        layout.addWidget(plain_label("Concurrency applies at the next start.", self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> Settings:
        return replace(self._settings,
                       clipboard_clear_seconds=float(self.clear_seconds.value()),
                       refresh_margin_seconds=float(self.margin.value() * 60),
                       refresh_concurrency=self.concurrency.value(), tray=self.tray.isChecked(),
                       close_to_tray=self.close_to_tray.isChecked(),
                       start_minimized=self.start_minimized.isChecked())
