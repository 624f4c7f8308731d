"""Every action of the window with its text, shortcut and icon, and the menu bar that
lists them all (so each shortcut is discoverable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from tokenmgr.ui.icons import icon

Key = str | QKeySequence.StandardKey
# name: (text, shortcuts, theme icon, menu)
ACTIONS: dict[str, tuple[str, tuple[Key, ...], str, str]] = {
    "add_account": ("&Add account…", ("Ctrl+N",), "list-add", "&File"),
    "settings": ("&Settings…", ("Ctrl+,",), "preferences-system", "&File"),
    "quit": ("&Quit", ("Ctrl+Q",), "system-log-out", "&File"),
    "copy": ("&Copy token", (QKeySequence.StandardKey.Copy,), "edit-copy", "&Account"),
    "copy_header": ("Copy as &header", ("Ctrl+Shift+C",), "edit-copy", "&Account"),
    "reveal": ("Show &token", ("Ctrl+Shift+T",), "view-reveal", "&Account"),
    "sign": ("Sign a re&quest…", ("Ctrl+Shift+S",), "document-send", "&Account"),
    "refresh": ("&Refresh token", ("Ctrl+R",), "view-refresh", "&Account"),
    "sign_in": ("Sign &in again", ("Ctrl+Shift+N",), "go-jump", "&Account"),
    "reconnect_scopes": ("Sign in with other sco&pes…", (), "go-jump", "&Account"),
    "revoke": ("Re&voke…", ("Ctrl+Shift+Del",), "process-stop", "&Account"),
    "remove": ("Re&move…", (QKeySequence.StandardKey.Delete,), "edit-delete", "&Account"),
    "search": ("&Search accounts", (QKeySequence.StandardKey.Find,), "edit-find", "&View"),
    "reload": ("Re&load", (QKeySequence.StandardKey.Refresh,), "view-refresh", "&View"),
    "unlock": ("&Unlock keyring", ("Ctrl+U",), "system-lock-screen", "&View"),
    "shortcuts": ("&Keyboard shortcuts", ("Ctrl+?", "F1"), "help-keyboard-shortcuts",
                  "&Help"),
}
ACCOUNT_MENU = ("copy", "copy_header", "reveal", "sign", "refresh", "sign_in",
                "reconnect_scopes", None, "revoke", "remove")


def build_actions(window: QMainWindow, slots: dict[str, Callable[[], object]],
                  owner: QObject) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for name, (text, keys, theme, _menu) in ACTIONS.items():
        action = QAction(icon(theme), text, owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        slot = slots[name]
        action.triggered.connect(lambda _=False, slot=slot: slot())
        window.addAction(action)
        actions[name] = action
    actions["reveal"].setCheckable(True)
    menus: dict[str, list[str]] = {}
    for name, (_t, _k, _i, menu_title) in ACTIONS.items():
        menus.setdefault(menu_title, []).append(name)
    bar = window.menuBar()
    for title, names in menus.items():
        menu = bar.addMenu(title)
        for name in names:
            if name in ("quit", "revoke"):
                menu.addSeparator()
            menu.addAction(actions[name])
    return actions
