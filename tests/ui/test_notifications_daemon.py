"""Desktop notifications against a real notification daemon (dunst on a private Xvfb,
registered on the test session's D-Bus): the notification is shown, its "Open"
action brings the window to the account, provider text stays plain, and a daemon
that does not answer never blocks the UI thread.

Found by these tests: PySide6's QtDBus refused the ActionInvoked hook at start
(the window crashed on any desktop with a notification daemon), sent replaces_id
as int32 (GDBus daemons refuse the call), and the signal only reaches the
connection that sent the Notify."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer

from tests.ui.test_primary_selection_x11 import x_display  # noqa: F401 - a fixture
from tokenmgr.ui.notifications import FreedesktopNotifier
from tokenmgr.ui.workers import TaskRunner

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("dunst") is None or shutil.which("Xvfb") is None,
                       reason="needs dunst and Xvfb (scripts/install-system-deps --test)"),
]


def dunstctl(*args: str) -> str:
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True, check=True,
                          timeout=10).stdout


@pytest.fixture
def daemon(x_display, qtbot) -> Iterator[subprocess.Popen[bytes]]:  # noqa: F811
    if FreedesktopNotifier.available():
        pytest.skip("another notification daemon owns the test session's bus name")
    env = {**os.environ, "DISPLAY": x_display}
    process = subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(FreedesktopNotifier.available, timeout=10000)
        yield process
    finally:
        process.send_signal(signal.SIGCONT)
        process.terminate()
        process.wait(10)


@pytest.fixture
def notifier(qtbot) -> Iterator[FreedesktopNotifier]:
    runner = TaskRunner()
    made = FreedesktopNotifier(runner.submit)
    yield made
    made.close()
    runner.wait_for_done(5000)


def test_a_notification_is_shown_and_its_action_opens_the_account(qtbot, daemon, notifier):
    notifier.notify("Needs attention", "alice <b>at</b> Example & co: sign in again",
                    "example:42")
    qtbot.waitUntil(lambda: dunstctl("count", "displayed").strip() == "1", timeout=10000)
    qtbot.waitUntil(lambda: notifier._keys != {}, timeout=10000)  # the daemon's id is known
    with qtbot.waitSignal(notifier.activated, timeout=10000) as opened:
        dunstctl("action", "0")  # the user clicks it
    assert opened.args == ["example:42"]
    dunstctl("close-all")
    qtbot.waitUntil(lambda: json.loads(dunstctl("history"))["data"][0] != [], timeout=10000)
    [shown] = json.loads(dunstctl("history"))["data"][0]
    assert shown["appname"]["data"] == "tokenmgr"
    assert shown["summary"]["data"] == "Needs attention"
    # Markup a provider slipped into a name stays text: escaped for a markup daemon.
    assert shown["body"]["data"] == ("alice &lt;b&gt;at&lt;/b&gt; Example &amp; co: "
                                     "sign in again")


def test_a_daemon_that_does_not_answer_never_blocks_the_ui_thread(qtbot, daemon, notifier):
    daemon.send_signal(signal.SIGSTOP)  # it owns the name but answers nothing
    notifier.notify("Needs attention", "bob", "example:7")
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True], timeout=2000)  # the event loop kept running
    assert notifier._keys == {}  # the call is still waiting, on a worker
    daemon.send_signal(signal.SIGCONT)
    qtbot.waitUntil(lambda: notifier._keys != {}, timeout=10000)
    with qtbot.waitSignal(notifier.activated, timeout=10000) as opened:
        dunstctl("action", "0")
    assert opened.args == ["example:7"]


def test_the_window_starts_on_a_desktop_with_a_notification_daemon_and_uses_it(
        qtbot, qapp, service, monkeypatch, daemon):
    """It used to raise in install_tray (QtDBus hook) before showing anything."""
    from tokenmgr import accounts
    from tokenmgr.ui.app import build_window

    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    window = build_window(qapp)
    qtbot.addWidget(window)
    assert isinstance(window.notifier, FreedesktopNotifier) and window.isVisible()
    opened: list[str] = []
    window.notifier.activated.connect(opened.append)
    window.notifier.notify("Needs attention", "alice", "example:42")
    qtbot.waitUntil(lambda: dunstctl("count", "displayed").strip() == "1", timeout=10000)
    qtbot.waitUntil(lambda: window.notifier._keys != {}, timeout=10000)
    dunstctl("action", "0")
    qtbot.waitUntil(lambda: opened == ["example:42"], timeout=10000)
    window.notifier.close()
    window.runner.wait_for_done(5000)
