"""Small dialog behaviours: the device code display, body parsing for signed requests."""

from __future__ import annotations

import pytest

from tokenmgr.ui.dialogs.connect_progress import ConnectProgressDialog
from tokenmgr.ui.dialogs.sign_request import curl_command, parse_body

pytestmark = pytest.mark.gui


def test_progress_dialog_shows_the_device_code_to_compare(qtbot):
    dialog = ConnectProgressDialog("Device Co")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.user_code.isVisible()
    with qtbot.waitSignal(dialog.user_code_ready):
        dialog.user_code_ready.emit("WDJB-MJHT", "https://example.com/device")
    assert dialog.user_code.isVisible() and dialog.user_code.text() == "WDJB-MJHT"
    assert "https://example.com/device" in dialog.message.text()


def test_cancelling_the_progress_dialog_asks_once(qtbot):
    dialog = ConnectProgressDialog("Device Co")
    qtbot.addWidget(dialog)
    asked = []
    dialog.cancel_requested.connect(lambda: asked.append(1))
    dialog.show()
    dialog.reject()
    dialog.reject()
    assert asked == [1]


def test_body_lines_become_form_fields_and_curl_quotes_them():
    assert parse_body("a=1\n\nb = x=y\nflag\na=2") == [
        ("a", "1"), ("b", " x=y"), ("flag", ""), ("a", "2")]  # repeated keys kept, in order
    assert curl_command("GET", "https://h/p?q=1", "OAuth a=\"b\"", []) == (
        "curl -X GET -H 'Authorization: OAuth a=\"b\"' 'https://h/p?q=1'")
