"""Desktop notifications when an account needs attention; the notification's action
opens the window at that account. The window takes any ``Notifier``: the tray's
balloon (``QSystemTrayIcon.showMessage``), freedesktop Notifications over QtDBus,
or a test double."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon


class Notifier(Protocol):
    """``notify(title, text, key)``; ``activated(key)`` when the user acts on one."""

    @property
    def activated(self) -> SignalInstance: ...

    def notify(self, title: str, text: str, key: str) -> None: ...


class TrayNotifier(QObject):
    activated = Signal(str)

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._last_key = ""
        tray.messageClicked.connect(lambda: self.activated.emit(self._last_key))

    def notify(self, title: str, text: str, key: str) -> None:
        self._last_key = key
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15000)


class FreedesktopNotifier(QObject):
    """org.freedesktop.Notifications through QtDBus, with an "Open" action."""

    activated = Signal(str)
    SERVICE = "org.freedesktop.Notifications"
    PATH = "/org/freedesktop/Notifications"

    def __init__(self, bus: QDBusConnection | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus or QDBusConnection.sessionBus()
        self._keys: dict[int, str] = {}
        self._bus.connect(self.SERVICE, self.PATH, self.SERVICE, "ActionInvoked",
                          self, b"1_invoked(uint,QString)")

    @staticmethod
    def available(bus: QDBusConnection | None = None) -> bool:
        bus = bus or QDBusConnection.sessionBus()
        return bool(bus.isConnected() and bus.interface().isServiceRegistered(
            FreedesktopNotifier.SERVICE).value())

    def notify(self, title: str, text: str, key: str) -> None:
        interface = QDBusInterface(self.SERVICE, self.PATH, self.SERVICE, self._bus)
        # Plain text: escape what a server supporting body markup would interpret.
        body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        args: list[Any] = ["tokenmgr", 0, "io.github.tokenmgr.TokenMgr", title, body,
                           ["default", "Open"], {}, -1]
        reply = interface.callWithArgumentList(QDBus.CallMode.Block, "Notify", args)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._keys[int(reply.arguments()[0])] = key

    @Slot(int, str)
    def _invoked(self, notification_id: int, _action: str) -> None:
        key = self._keys.pop(notification_id, None)
        if key is not None:
            self.activated.emit(key)
