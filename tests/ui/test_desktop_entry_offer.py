"""The window offers a menu entry once, on a first run without one, and keeps its word."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tokenmgr import APP_ID
from tokenmgr.desktop_entry import EntryFiles
from tokenmgr.ui.desktop_entry_offer import DesktopEntryOffer

pytestmark = pytest.mark.gui


@pytest.fixture
def setup(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    reports: list[str] = []
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_DATA_DIRS": str(tmp_path / "system")}

    def make(**overrides):
        kwargs = dict(report=reports.append, marker=tmp_path / "state" / "offered",
                      files=EntryFiles.under(tmp_path / "data"),
                      command=["/opt/tm/bin/tokenmgr"], env=env)
        return DesktopEntryOffer(parent, **{**kwargs, **overrides})

    return make, reports, tmp_path


def click(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    with qtbot.waitSignal(box.finished, timeout=5000):
        button.click()


def test_accepting_writes_the_entry_reports_it_and_never_asks_again(qtbot, setup):
    make, reports, tmp_path = setup
    box = make().start()
    assert box is not None and box.isVisible()
    assert "applications menu" in box.text()
    click(qtbot, box, "Add to Menu")
    desktop = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    assert "Exec=/opt/tm/bin/tokenmgr" in desktop.read_text()
    assert reports == ["Added tokenmgr to your applications menu."]
    desktop.unlink()  # even with the entry gone again, the offer was made once
    assert make().start() is None


def test_declining_writes_nothing_and_is_remembered(qtbot, setup):
    make, reports, tmp_path = setup
    click(qtbot, make().start(), "Not Now")
    assert not (tmp_path / "data" / "applications").exists()
    assert reports == []
    assert make().start() is None


def test_no_offer_when_an_entry_exists_anywhere_in_the_data_dirs(setup):
    make, _, tmp_path = setup
    system_apps = tmp_path / "system" / "applications"
    system_apps.mkdir(parents=True)
    (system_apps / f"{APP_ID}.desktop").write_text("[Desktop Entry]\n")
    assert make().start() is None


def test_no_offer_inside_flatpak(setup):
    make, _, tmp_path = setup
    assert make(env={"XDG_DATA_HOME": str(tmp_path / "data"),
                     "XDG_DATA_DIRS": str(tmp_path / "system"), "FLATPAK_ID": APP_ID}
                ).start() is None


def test_a_failed_write_is_reported_in_words(qtbot, setup):
    make, reports, tmp_path = setup
    files = EntryFiles.under(tmp_path / "data")
    files.desktop.parent.mkdir(parents=True)
    files.desktop.write_text("[Desktop Entry]\nName=someone else's\n")  # not ours: refused
    offer = make(env={"XDG_DATA_HOME": str(tmp_path / "elsewhere"),
                      "XDG_DATA_DIRS": str(tmp_path / "system")})
    click(qtbot, offer.start(), "Add to Menu")
    assert len(reports) == 1 and reports[0].startswith("Could not add the menu entry:")
    assert "someone else's" in files.desktop.read_text()
