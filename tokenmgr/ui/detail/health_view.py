"""Token health for the detail pane: refresh token, obtained at, age, expected end,
warning — the same words as ``tokenmgr inspect`` (``tokenmgr.health``)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tokenmgr.health import health_for
from tokenmgr.store.schema import AccountSummary
from tokenmgr.values.provider import Provider


class HealthView(QWidget):
    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lines = QLabel(self)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Token health warning")
        layout.addWidget(self.lines)
        layout.addWidget(self.warning)

    def set_account(self, summary: AccountSummary, provider: Provider | None) -> None:
        now = self._clock()
        health = health_for(summary, provider)
        self.lines.setText("\n".join(line for line in health.lines(now)
                                    if not line.startswith("Warning:")))
        warning = health.warning(now) or ""
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
