"""Small dialog behaviours: the device code on the connect page, body parsing for
signed requests, the settings dialog, the shortcuts window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from tokenmgr.settings import Settings, load_settings, save_settings
from tokenmgr.ui.add_account.connect_page import ConnectPage
from tokenmgr.ui.dialogs.settings import SettingsDialog
from tokenmgr.ui.dialogs.shortcuts import ShortcutsDialog
from tokenmgr.ui.dialogs.sign_request import curl_command, parse_body

pytestmark = pytest.mark.gui


def test_connect_page_shows_the_device_code_to_compare(qtbot):
    page = ConnectPage()
    qtbot.addWidget(page)
    page.show()
    page.start("Device Co")
    assert not page.user_code.isVisible() and not page.user_code_qr.isVisible()
    page.show_user_code("WDJB-MJHT", "https://example.com/device")
    assert page.user_code.isVisible() and page.user_code.text() == "WDJB-MJHT"
    assert "https://example.com/device" in page.message.text()
    # and the page as a QR code for a phone, gone again on the next sign-in
    assert page.user_code_qr.isVisible() and not page.user_code_qr.pixmap().isNull()
    assert page.user_code_qr.data == "https://example.com/device"
    page.start("Device Co")
    assert not page.user_code_qr.isVisible()


def test_connect_page_cancel_asks_and_finish_offers_close(qtbot):
    page = ConnectPage()
    qtbot.addWidget(page)
    page.show()
    page.start("Device Co")
    with qtbot.waitSignal(page.cancel_requested):
        page.cancel.click()
    page.finish("Sign-in cancelled.")
    assert not page.cancel.isVisible() and page.close_button.isVisible()


def test_body_lines_become_form_fields_and_curl_quotes_them():
    assert parse_body("a=1\n\nb = x=y\nflag\na=2") == [
        ("a", "1"), ("b", " x=y"), ("flag", ""), ("a", "2")]  # repeated keys kept, in order
    assert curl_command("GET", "https://h/p?q=1", "OAuth a=\"b\"", []) == (
        "curl -X GET -H 'Authorization: OAuth a=\"b\"' 'https://h/p?q=1'")


def test_settings_dialog_values_round_trip_through_settings_toml(qtbot, tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("# my comment\n[clipboard]\nclear_seconds = 12\n")
    dialog = SettingsDialog(load_settings(path), tray_available=True)
    qtbot.addWidget(dialog)
    assert dialog.clear_seconds.value() == 12
    dialog.clear_seconds.setValue(45)
    dialog.margin.setValue(10)
    dialog.concurrency.setValue(2)
    dialog.tray.setChecked(True)
    dialog.close_to_tray.setChecked(True)
    dialog.start_minimized.setChecked(True)
    save_settings(path, dialog.values())
    assert "# my comment" in path.read_text()
    assert load_settings(path) == Settings(
        clipboard_clear_seconds=45, refresh_margin_seconds=600, refresh_concurrency=2, tray=True,
        close_to_tray=True, start_minimized=True)


def test_settings_dialog_without_a_tray_disables_the_tray_options(qtbot):
    dialog = SettingsDialog(Settings(), tray_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.tray.isEnabled() and not dialog.close_to_tray.isEnabled()
    assert dialog.tray.toolTip() == "This desktop has no system tray."


def test_shortcuts_window_lists_every_action_with_a_shortcut(qtbot):
    actions = [QAction("&Copy token"), QAction("&Quit")]
    actions[0].setShortcut(QKeySequence("Ctrl+C"))
    actions[1].setShortcut(QKeySequence("Ctrl+Q"))
    dialog = ShortcutsDialog(actions)
    qtbot.addWidget(dialog)
    table = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
             for r in range(dialog.table.rowCount())]
    assert ("Copy token", "Ctrl+C") in table and ("Quit", "Ctrl+Q") in table
    assert ("Copy the selected account's token", "Enter") in table
