"""Start the window: QApplication, settings, the shared service, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tokenmgr.ui.main_window import MainWindow


def build_window(app: QApplication) -> MainWindow:
    """Give the app its identity, read the settings, show the main window."""
    from PySide6.QtGui import QIcon

    from tokenmgr import APP_ID, APP_NAME, accounts, paths
    from tokenmgr.resources import resource_path
    from tokenmgr.settings import load_settings
    from tokenmgr.ui.clipboard import SecretClipboard
    from tokenmgr.ui.main_window import MainWindow
    from tokenmgr.ui.workers import TaskRunner

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon.fromTheme(APP_ID, QIcon(str(resource_path(
        "icons", f"{APP_ID}.svg")))))
    settings = load_settings(paths.settings_file())
    window = MainWindow(accounts.build_default_service(),
                        runner=TaskRunner(refresh_concurrency=settings.refresh_concurrency),
                        clipboard=SecretClipboard(clear_seconds=settings.clipboard_clear_seconds))
    app.aboutToQuit.connect(window.clipboard.clear)  # clear on quit, however we quit
    from tokenmgr.agent.embedded import start_in_background

    window.token_agent = start_in_background()  # issue 18: serve scripts while open
    app.aboutToQuit.connect(window.token_agent.stop)
    window.show()
    window.reload()
    if settings.problems:
        window.show_message("\n".join(settings.problems))
    from tokenmgr.ui.desktop_entry_offer import offer_desktop_entry

    offer_desktop_entry(window, report=window.show_message)  # first run, pip/pipx installs
    return window


def main(argv: Sequence[str] | None = None) -> int:
    from tokenmgr.display import missing_display

    if problem := missing_display():
        print(f"tokenmgr: {problem}", file=sys.stderr)
        return 2
    import PySide6
    from PySide6.QtWidgets import QApplication

    from tokenmgr.logsetup import configure_logging
    from tokenmgr.ui.binding_check import binding_problem

    problem = binding_problem(PySide6.__version__)
    if problem is not None:
        print(f"tokenmgr: {problem}", file=sys.stderr)
        return 2

    configure_logging(debug="--debug" in (argv or sys.argv[1:]))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = build_window(app)  # noqa: F841 - kept alive while the loop runs
    from PySide6.QtCore import QTimer

    # Said once the loop runs; `--debug` shows it, and the install/bundle smoke tests wait on it.
    QTimer.singleShot(0, lambda: logging.getLogger(__name__).info(
        "window open on the %s platform", app.platformName()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
