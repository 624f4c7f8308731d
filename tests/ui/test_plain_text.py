"""Provider text is plain text everywhere: every label, message box and tooltip the
window can show, with a provider whose name and error words are HTML."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from tests.ui.conftest import example_provider
from tokenmgr.accounts import AccountService
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.workers import TaskRunner

pytestmark = pytest.mark.gui

EVIL_NAME = "<b>Evil</b> <img src='/etc/hostname'>"
EVIL_ERROR = "<a href='https://evil.test'>click</a> <b>down</b>"
MARKS = ("<b>", "<img", "<a href")


def shown_text(text: str) -> str:
    """What Qt renders for a tooltip-like string (it guesses rich text)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def walk(root: QWidget, boxes: list[QMessageBox]) -> list[str]:
    """Problems: provider markup that would be interpreted somewhere under ``root``."""
    problems = []
    widgets = [root, *root.findChildren(QWidget)]
    for box in boxes:
        widgets += [box, *box.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel) and any(m in widget.text() for m in MARKS) \
                and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"label {widget.text()!r} is {widget.textFormat()}")
        if isinstance(widget, QMessageBox) and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"message box {widget.text()!r} is {widget.textFormat()}")
        tip = widget.toolTip()
        if any(m in tip for m in MARKS) or ("&lt;" in tip and "<b>" not in shown_text(tip)
                                            and "Evil" in shown_text(tip)):
            problems.append(f"tooltip {tip!r} of {type(widget).__name__}")
        if isinstance(widget, QAbstractButton) and any(m in widget.text() for m in MARKS):
            pass  # buttons never interpret markup
    for action in root.findChildren(type(root.actions()[0])) if root.actions() else []:
        if any(m in action.toolTip() for m in MARKS):
            problems.append(f"action tooltip {action.toolTip()!r}")
    return problems


def model_tooltips(window: MainWindow) -> list[str]:
    proxy = window.list.proxy
    tips = []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        for row in range(proxy.rowCount(parent)):
            for column in range(proxy.columnCount(parent)):
                tip = proxy.index(row, column, parent).data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    tips.append(tip)
    return tips


@pytest.fixture
def evil_window(qtbot, memory_store, token_server, clock, tmp_path, browser, monkeypatch):
    provider = example_provider(token_server, name=EVIL_NAME,
                                docs_url="https://console.example.test/")
    unset = example_provider(token_server, id="unset", name=EVIL_NAME + " 2", client_id=None)
    service = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                             catalog_loader=lambda: ProviderCatalog(
                                 {"example": provider, "unset": unset}), clock=clock)
    boxes: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append(box)  # shown, then Cancel: nothing destroyed
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    runner = TaskRunner()
    win = MainWindow(service, runner=runner, open_browser=browser, clock=clock,
                     connect_timeout=20)
    win.boxes = boxes
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.accounts_loaded, timeout=5000):
        win.reload()
    yield win
    runner.wait_for_done(10000)


def test_every_label_box_and_tooltip_shows_provider_text_as_plain_text(
        qtbot, evil_window, token_server, browser):
    win = evil_window
    win.show()
    # The picker and the setup card of a provider named in HTML.
    win.add_account()
    win.sheet.choose("unset")
    assert EVIL_NAME in win.sheet.setup.title.text()
    assert walk(win, win.boxes) == [] and walk(win.sheet, []) == []
    win.sheet.reject()
    # A denied sign-in with the provider's own words.
    browser.answer = {"error": "server_error", "error_description": EVIL_ERROR}
    with qtbot.waitSignal(win.connect_finished, timeout=15000):
        win.connect_provider("example")
    assert EVIL_ERROR in win.sheet.connect_page.message.text()
    assert walk(win.sheet, []) == []
    win.sheet.reject()
    # Connected: list, detail pane, title.
    browser.answer = {"code": "the-code"}
    with qtbot.waitSignal(win.connect_finished, timeout=15000):
        win.connect_provider("example")
    qtbot.waitUntil(lambda: win.select_key("example:42"), timeout=5000)
    win.detail.details_toggle.setChecked(True)
    assert EVIL_NAME in win.detail.who.text() and EVIL_NAME in win.windowTitle()
    # A refresh failure whose words come from the provider: row note, banner, tooltip.
    token_server.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"error": "temporarily_unavailable", "error_description": EVIL_ERROR}, status=400)
    win.actions_by_name["refresh"].trigger()
    qtbot.waitUntil(lambda: win.detail.banner.fix != "", timeout=5000)
    # A revoke that fails: both confirmation boxes, the second carrying the error words.
    token_server.expect_oneshot_request("/revoke", method="POST").respond_with_data(
        EVIL_ERROR, status=400)
    win.accounts.confirm = lambda *a: win_confirm(win, *a)
    win.actions_by_name["revoke"].trigger()
    qtbot.waitUntil(lambda: len(win.boxes) >= 2, timeout=5000)
    assert any(EVIL_NAME in box.text() for box in win.boxes)
    problems = walk(win, win.boxes)
    for tip in model_tooltips(win):
        if "Evil" in tip or "evil" in tip:
            assert "<b>" in shown_text(tip) or "<a href" in shown_text(tip), tip
    assert problems == []


def win_confirm(win: MainWindow, title: str, text: str, action: str) -> bool:
    from tokenmgr.ui.text import confirm_dialog

    confirm_dialog(win, title, text, action)
    return title == "Revoke"  # go ahead with the revoke, then keep the account


def test_the_walk_catches_a_rich_label(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel(EVIL_NAME, root)
    assert walk(root, []) != []
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert walk(root, []) == []
