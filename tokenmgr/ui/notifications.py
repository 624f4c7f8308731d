"""Desktop notifications when an account needs attention; the notification's action
opens the window at that account. The window takes any ``Notifier``: the tray's
balloon (``QSystemTrayIcon.showMessage``), freedesktop Notifications over QtDBus,
or a test double."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)
# TaskRunner.submit: fn on a worker, then on_success / on_error on the GUI thread.
Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                  None]


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
    """org.freedesktop.Notifications, with an "Open" action.

    Spoken with jeepney over one session-bus connection of its own
    (``NotificationBus``): daemons send ``ActionInvoked`` only to the connection
    that sent the ``Notify``, so both must use the same one, and PySide6's QtDBus
    cannot send the spec's ``uint32`` replaces_id (a Python int goes out as
    ``int32``, which every daemon built on GDBus refuses). ``Notify`` runs on a
    worker (``submit``): a hung daemon never freezes the window."""

    activated = Signal(str)
    _action_seen = Signal(int, str)  # from the bus's listener thread
    SERVICE = "org.freedesktop.Notifications"
    PATH = "/org/freedesktop/Notifications"

    def __init__(self, submit: Submit, parent: QObject | None = None, *,
                 timeout: float = 5.0) -> None:
        super().__init__(parent)
        self._submit = submit
        self._timeout = timeout
        self._keys: dict[int, str] = {}
        self._bus: NotificationBus | None = None
        self._bus_lock = threading.Lock()
        self._action_seen.connect(self._invoked, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def available(bus: QDBusConnection | None = None) -> bool:
        bus = bus or QDBusConnection.sessionBus()
        return bool(bus.isConnected() and bus.interface().isServiceRegistered(
            FreedesktopNotifier.SERVICE).value())

    def notify(self, title: str, text: str, key: str) -> None:
        # Plain text: escape what a server supporting body markup would interpret.
        body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        def send() -> int:
            return self._connected().notify(title, body, self._timeout)

        def sent(notification_id: int) -> None:
            self._keys[notification_id] = key

        self._submit(send, sent, lambda exc: log.info("notification not shown: %s",
                                                      type(exc).__name__))

    def close(self) -> None:
        with self._bus_lock:
            bus, self._bus = self._bus, None
        if bus is not None:
            bus.close()

    def _connected(self) -> NotificationBus:
        """The bus connection, opened on first use (on a worker: it is socket I/O)."""
        with self._bus_lock:
            if self._bus is None:
                self._bus = NotificationBus(self._action_seen.emit)
            return self._bus

    def _invoked(self, notification_id: int, _action: str) -> None:
        key = self._keys.pop(notification_id, None)
        if key is not None:
            self.activated.emit(key)


class NotificationBus:
    """One jeepney connection to the session bus: ``notify()`` (blocking; call it off
    the UI thread) and a listener thread that hands each ``ActionInvoked`` (id,
    action) to ``on_action``."""

    def __init__(self, on_action: Callable[[int, str], None]) -> None:
        from jeepney import DBusAddress, MatchRule, message_bus
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        service, path = FreedesktopNotifier.SERVICE, FreedesktopNotifier.PATH
        self._address = DBusAddress(path, bus_name=service, interface=service)
        self._connection = open_dbus_connection(bus="SESSION")
        self._router = DBusRouter(self._connection)
        rule = MatchRule(type="signal", interface=service, path=path, member="ActionInvoked")
        self._signals: queue.Queue[Any] = queue.Queue()
        self._router.filter(rule, queue=self._signals, bufsize=64)
        # Some daemons broadcast the signal instead of sending it to us: ask for those too.
        self._router.send_and_get_reply(message_bus.AddMatch(rule), timeout=5.0)
        self._listener = threading.Thread(target=self._listen, args=(on_action,),
                                          name="tokenmgr-notifications", daemon=True)
        self._listener.start()

    def notify(self, title: str, body: str, timeout: float) -> int:
        """Show a notification; the daemon's id for it."""
        from jeepney import new_method_call

        message = new_method_call(self._address, "Notify", "susssasa{sv}i", (
            "tokenmgr", 0, "io.github.tokenmgr.TokenMgr", title, body,
            ["default", "Open"], {}, -1))
        reply = self._router.send_and_get_reply(message, timeout=timeout)
        return int(reply.body[0])

    def _listen(self, on_action: Callable[[int, str], None]) -> None:
        while (message := self._signals.get()) is not None:
            notification_id, action = message.body
            on_action(int(notification_id), str(action))

    def close(self) -> None:
        self._router.close()
        self._connection.close()
        self._signals.put(None)
        self._listener.join(timeout=5)
