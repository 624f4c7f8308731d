"""The detail pane carries the other parts for the selected account: token health,
"last read by …" from the access log, and a Try it box aimed at the account
endpoint that sends a real request off the UI thread."""

from __future__ import annotations

import time

import pytest

from tests.ui.conftest import ACCESS, connect
from tokenmgr.access_log import Read, default_log

pytestmark = pytest.mark.gui


def test_selected_account_shows_health_last_read_and_a_working_try_it(qtbot, window,
                                                                      token_server):
    account = connect(qtbot, window)
    default_log().record(account.key, Read(at=time.time(), program="git-remote-http", pid=4242,
                                           via="git", account="example:alice"))
    window.select_key("example:0")  # nothing: the detail clears
    assert window.extras.try_it is None and window.extras.last_read.text() == ""
    qtbot.waitUntil(lambda: window.select_key(account.key), timeout=5000)
    qtbot.waitUntil(lambda: "last read by git" in window.extras.last_read.text(), timeout=5000)
    assert "Refresh token" in window.extras.health.lines.text()
    try_it = window.extras.try_it
    assert try_it is not None and try_it.url.text() == token_server.url_for("/me")
    with qtbot.waitSignal(try_it.finished, timeout=10000):
        try_it.send_button.click()
    shown = try_it.response_body.toPlainText()
    assert '"username": "alice"' in shown and ACCESS not in shown
    assert token_server.log[-1][0].headers["Authorization"] == f"Bearer {ACCESS}"
