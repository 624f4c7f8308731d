"""Screenshots of the real window, for the README and for CI's "not blank" check.

``python -m tests.e2e.screenshot_tour OUTDIR`` under an X server (scripts/screenshots
runs it under Xvfb, in a private D-Bus session with an unlocked gnome-keyring): it
starts the local authorization server, points providers.toml at it, builds the app's
own window (``tokenmgr.ui.app.build_window``), signs in two users through the
scripted Chromium, makes one of them need a new sign-in (the server revokes its
grant, the window's refresh finds out) and saves:

empty.png, setup-card.png, connect-waiting.png, accounts-attention.png, detail.png
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SHOTS = ("empty", "setup-card", "connect-waiting", "accounts-attention", "detail")


def wait_until(app: object, condition: Callable[[], bool], timeout: float = 90.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.02)


def settle(app: object, seconds: float = 0.4) -> None:
    """Let layouts and repaints finish before grabbing."""
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}", flush=True)


def tour(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.e2e.authserver.control import AuthServer
    from tests.e2e.browser_user import BrowserUser
    from tests.e2e.cli_helpers import write_provider
    from tests.e2e.keyring_helpers import wipe_tokenmgr_items
    from tokenmgr.ui.app import build_window

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="tokenmgr-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    wipe_tokenmgr_items()
    with AuthServer.start() as server:
        write_provider(Path(os.environ["XDG_CONFIG_HOME"]), server)
        app = QApplication.instance() or QApplication([sys.argv[0]])
        window = build_window(app)  # type: ignore[arg-type]
        window.resize(1000, 640)
        wait_until(app, lambda: window.state_page.isVisible())
        settle(app)
        save(window, out / "empty.png")

        # Add account → a preset that needs an app registration: the setup card.
        window.add_account()
        window.sheet.choose("gitlab")
        settle(app)
        wait_until(app, lambda: window.sheet.stack.currentWidget() is window.sheet.setup)
        save(window.sheet, out / "setup-card.png")
        window.sheet.reject()

        def sign_in(user: str) -> None:
            bu = BrowserUser(work / f"{user}.json", action="approve", user=user, detach=True,
                             timeout=60)
            os.environ.update(bu.env())
            results: list[object] = []
            window.connect_finished.connect(results.append)
            window.connect_provider("example")
            wait_until(app, lambda: bool(results), 120)
            window.connect_finished.disconnect(results.append)
            if not hasattr(results[0], "name"):
                raise RuntimeError(f"sign-in of {user} failed: {results[0]}")

        # Connect, waiting for the browser (the scripted user mistypes the password and
        # never comes back). webbrowser reads BROWSER once, so it is set once here.
        os.environ.update(BrowserUser(work / "nobody.json", user="alice", password="wrong",
                                      detach=True, timeout=20).env())
        window.connect_provider("example")
        wait_until(app, lambda: window.sheet.connect_page.copy_link.isEnabled())
        settle(app)
        save(window.sheet, out / "connect-waiting.png")
        window.sheet.reject()
        wait_until(app, lambda: not window.connector.busy)

        sign_in("alice")
        sign_in("bob")
        wait_until(app, lambda: len(window.model.summaries()) == 2)
        # bob's grant is revoked at the provider: the next refresh asks him to sign in again.
        server.revoke_all("bob")
        bob = next(s.key for s in window.model.summaries() if s.name == "bob")
        window.accounts.refresh(bob, manual=True)
        wait_until(app, lambda: window.model.summary(bob) is not None
                   and window.model.summary(bob).status == "needs_reconnect")
        window.select_key(bob)
        wait_until(app, lambda: window.detail.banner.fix == "sign_in")
        window.show_message("")
        settle(app)
        save(window, out / "accounts-attention.png")

        alice = next(s.key for s in window.model.summaries() if s.name == "alice")
        window.select_key(alice)
        wait_until(app, lambda: "@" in window.detail.who.text())
        window.detail.details_toggle.setChecked(True)
        with_copy: list[bool] = []
        window.clipboard.copied.connect(lambda: with_copy.append(True))
        window.copy_selected()
        wait_until(app, lambda: bool(with_copy))
        settle(app)
        save(window, out / "detail.png")
        window.close()  # clears the clipboard
        window.runner.wait_for_done(10000)
    wipe_tokenmgr_items()


if __name__ == "__main__":
    tour(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
