"""Start the window: QApplication, settings, the shared service, the main window."""

from __future__ import annotations

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

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon.fromTheme(APP_ID, QIcon(str(resource_path(
        "icons", f"{APP_ID}.svg")))))
    settings = load_settings(paths.settings_file())
    window = MainWindow(accounts.build_default_service(),
                        clipboard=SecretClipboard(clear_seconds=settings.clipboard_clear_seconds))
    app.aboutToQuit.connect(window.clipboard.clear)  # clear on quit, however we quit
    window.show()
    window.reload()
    if settings.problems:
        window.show_message("\n".join(settings.problems))
    show_opted_in_keyring(window)
    return window


def show_opted_in_keyring(window: MainWindow) -> None:
    """A backend admitted only by settings.toml's [keyring] allow_backend is named in
    the window, so the user sees where tokens go (issue 17 item 7)."""

    def shown(verdict) -> None:
        if verdict.opted_in:
            window.keyring_note = f"Tokens are kept in {verdict.describe()}."
            window.show_message(window.keyring_note)

    window.runner.submit(window.service.keyring_verdict, shown, lambda exc: None)


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from tokenmgr.logsetup import configure_logging

    configure_logging(debug="--debug" in (argv or sys.argv[1:]))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = build_window(app)  # noqa: F841 - kept alive while the loop runs
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
