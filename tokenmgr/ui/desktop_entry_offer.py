"""First run without a menu entry: offer, once, to add tokenmgr to the applications menu.

pip and pipx users start tokenmgr from a terminal and have no menu entry. The first time
the window opens without one (and outside Flatpak, which makes its own), it asks once;
either answer is remembered by a marker file, so it never asks again. The files are
written by ``tokenmgr.desktop_entry`` (small local writes, done on the UI thread).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tokenmgr import desktop_entry, paths

MARKER_NAME = "desktop-entry-offered"


class DesktopEntryOffer(QObject):
    """Asks whether to add the menu entry; says what happened through ``report``."""

    def __init__(self, parent: QWidget, *, report: Callable[[str], None],
                 marker: Path, files: desktop_entry.EntryFiles,
                 command: list[str] | Callable[[], list[str]],
                 env: Mapping[str, str] = os.environ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._report = report
        self._marker = marker
        self._files = files
        self._command = command
        self._env = env
        self.box: QMessageBox | None = None

    def wanted(self) -> bool:
        return (not desktop_entry.in_flatpak(self._env)
                and desktop_entry.existing_entry(self._env) is None
                and not self._marker.exists())

    def start(self) -> QMessageBox | None:
        """Open the question (window-modal, not blocking) if it is due; else None."""
        if not self.wanted():
            return None
        try:  # remember first: a crash or a closed window must not make it ask again
            paths.ensure_private_dir(self._marker.parent)
            self._marker.write_text("offered\n", encoding="utf-8")
        except OSError:
            return None  # cannot remember the answer: better never to ask than to nag
        box = QMessageBox(QMessageBox.Icon.Question, "Add to applications menu",
                          "Add tokenmgr to your applications menu?", parent=self._parent)
        box.setInformativeText(
            "tokenmgr was installed without a menu entry (as pip and pipx do). This adds "
            "one for you only, in ~/.local/share. You can add or remove it later with "
            "“tokenmgr desktop-entry install” or “remove”.")
        add = box.addButton("Add to Menu", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Not Now", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is add))
        self.box = box
        box.open()
        return box

    def _answered(self, add: bool) -> None:
        if not add:
            return
        try:
            command = self._command() if callable(self._command) else self._command
            desktop_entry.install(self._files, command)
        except desktop_entry.DesktopEntryError as exc:
            self._report(f"Could not add the menu entry: {exc}")
            return
        self._report("Added tokenmgr to your applications menu.")


def offer_desktop_entry(window: QWidget, report: Callable[[str], None]) -> DesktopEntryOffer:
    """The window's hook: make the offer for this user and this installation, if due."""
    offer = DesktopEntryOffer(
        window, report=report, marker=paths.state_dir() / MARKER_NAME,
        files=desktop_entry.EntryFiles.under(desktop_entry.data_home()),
        command=desktop_entry.launch_command)  # worked out only if the user says yes
    offer.start()
    return offer
