"""Start the window: QApplication, settings, single instance, the shared service, the
main window, the tray and notifications."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tokenmgr.ui.main_window import MainWindow


def build_window(app: QApplication, *, show: bool = True) -> MainWindow:
    """Give the app its identity, read the settings, show the main window."""
    from PySide6.QtGui import QIcon

    from tokenmgr import APP_ID, APP_NAME, accounts, paths
    from tokenmgr.resources import resource_path
    from tokenmgr.settings import load_settings
    from tokenmgr.ui.workers import TaskRunner

    settings = load_settings(paths.settings_file())
    runner = TaskRunner(refresh_concurrency=settings.refresh_concurrency)
    service = accounts.build_default_service()
    # Open the keyring (its modules, the D-Bus session) on a worker while the window
    # is built: the first read of the accounts then finds it open.
    runner.submit(service.keyring_verdict, None, lambda exc: None)
    from tokenmgr.ui.clipboard import SecretClipboard
    from tokenmgr.ui.main_window import MainWindow

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app_icon = QIcon.fromTheme(APP_ID, QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    app.setWindowIcon(app_icon)
    window = MainWindow(service, runner=runner, settings=settings,
                        clipboard=SecretClipboard(clear_seconds=settings.clipboard_clear_seconds))
    runner.setParent(window)
    window.settings_path = paths.settings_file()
    app.aboutToQuit.connect(window.clipboard.clear)  # clear on quit, however we quit
    from tokenmgr.agent.embedded import start_in_background

    window.token_agent = start_in_background()  # issue 18: serve scripts while open
    app.aboutToQuit.connect(window.token_agent.stop)
    install_tray(window, app_icon, settings.tray)
    if show:
        if settings.start_minimized and window.tray is None:
            window.showMinimized()
        elif not settings.start_minimized:
            window.show()
    window.reload()
    if settings.problems:
        window.show_message("\n".join(settings.problems))
    from tokenmgr.ui.desktop_entry_offer import offer_desktop_entry

    offer_desktop_entry(window, report=window.show_message)  # first run, pip/pipx installs
    show_opted_in_keyring(window)
    return window


def install_tray(window: MainWindow, app_icon: object, wanted: bool) -> None:
    """The tray icon and the notifier, when the desktop has a tray."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon

    from tokenmgr.ui.notifications import FreedesktopNotifier, TrayNotifier
    from tokenmgr.ui.settings_flow import apply_settings
    from tokenmgr.ui.tray import AccountTray, tray_available

    if FreedesktopNotifier.available():
        notifier = FreedesktopNotifier(window.runner.submit, parent=window)
        if (running := QCoreApplication.instance()) is not None:
            running.aboutToQuit.connect(notifier.close)  # its bus connection and thread
        window.notifier = notifier
        window.notifier.activated.connect(window.open_at)
    if not (wanted and tray_available()):
        return
    assert isinstance(app_icon, QIcon)
    tray = AccountTray(app_icon, lambda: window.open_at(window.selected_key() or ""),
                       lambda key: window.accounts.copy(key), window.quit, window)
    window.tray = tray
    window.accounts_loaded.connect(lambda: tray.set_accounts(
        window.model.summaries(), {p.id: p.name for p in window.providers}))
    if window.notifier is None:
        window.notifier = TrayNotifier(tray.icon, window)
        window.notifier.activated.connect(window.open_at)
    tray.show()
    apply_settings(window, window.settings)


def show_opted_in_keyring(window: MainWindow) -> None:
    """A backend admitted only by settings.toml's [keyring] allow_backend is named in
    the window for good (the status bar's keyring notice), so the user sees where
    tokens go (issue 17 item 7). The verdict may open the keyring: off the UI thread."""
    window.runner.submit(window.service.keyring_verdict, window.show_keyring_verdict,
                         lambda exc: None)


def main(argv: Sequence[str] | None = None) -> int:
    from tokenmgr.display import missing_display

    if problem := missing_display():
        print(f"tokenmgr: {problem}", file=sys.stderr)
        return 2
    import PySide6
    from PySide6.QtWidgets import QApplication

    from tokenmgr.logsetup import configure_logging
    from tokenmgr.ui.binding_check import binding_problem
    from tokenmgr.ui.single_instance import SingleInstance

    problem = binding_problem(PySide6.__version__)
    if problem is not None:
        print(f"tokenmgr: {problem}", file=sys.stderr)
        return 2

    configure_logging(debug="--debug" in (argv or sys.argv[1:]))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    instance = SingleInstance(parent=app)
    if not instance.claim():
        return 0  # the running window was asked to come forward
    app.setQuitOnLastWindowClosed(True)
    window = build_window(app)
    instance.raise_requested.connect(lambda: window.open_at(window.selected_key() or ""))
    if window.tray is not None:
        app.setQuitOnLastWindowClosed(not window.close_to_tray)
    from PySide6.QtCore import QTimer

    # Said once the loop runs; `--debug` shows it, and the install/bundle smoke tests wait on it.
    QTimer.singleShot(0, lambda: logging.getLogger(__name__).info(
        "window open on the %s platform", app.platformName()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
