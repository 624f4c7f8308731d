"""The tray icon (when the desktop has one): Show tokenmgr, Copy per account, Quit.

Collaborators are callbacks, so the menu is tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary
from tokenmgr.ui.icons import icon


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class AccountTray(QObject):
    def __init__(self, app_icon: QIcon, show_window: Callable[[], None],
                 copy: Callable[[str], None], quit_app: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show_window
        self._copy = copy
        self._quit = quit_app
        self.menu = QMenu()
        self.icon = QSystemTrayIcon(app_icon, self)
        self.icon.setToolTip("tokenmgr")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.set_accounts([], {})

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._show()

    def set_accounts(self, summaries: list[AccountSummary],
                     provider_names: dict[str, str]) -> None:
        self.menu.clear()
        self.menu.addAction("&Show tokenmgr", self._show)
        self.menu.addSeparator()
        for summary in summaries:
            provider = provider_names.get(summary.provider_id, summary.provider_id)
            action = self.menu.addAction(icon("edit-copy"), f"Copy {summary.name} ({provider})")
            action.setData(summary.key)
            key = summary.key
            action.triggered.connect(lambda _=False, key=key: self._copy(key))
            if summary.status == STATUS_NEEDS_RECONNECT:
                action.setEnabled(False)
                action.setText(f"{summary.name} ({provider}) — sign in again")
        if summaries:
            self.menu.addSeparator()
        self.menu.addAction(icon("system-log-out"), "&Quit", self._quit)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()
