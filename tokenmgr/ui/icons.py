"""Icons: the desktop theme's when it has them, bundled fallbacks otherwise; provider
icons from ``resources/icons/providers/<id>.svg`` with a generic one when absent."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from tokenmgr.resources import resource_path

GENERIC_PROVIDER = "network-server"


@cache
def icon(name: str) -> QIcon:
    bundled = resource_path("icons", "actions", f"{name}.svg")
    fallback = QIcon(str(bundled)) if bundled.is_file() else QIcon()
    return QIcon.fromTheme(name, fallback)


@cache
def provider_icon(provider_id: str) -> QIcon:
    path = resource_path("icons", "providers", f"{provider_id}.svg")
    if path.is_file():
        return QIcon(str(path))
    generic = resource_path("icons", "providers", "generic.svg")
    return QIcon(str(generic)) if generic.is_file() else icon(GENERIC_PROVIDER)


STATUS_COLOURS = {"ok": "#2e9d4d", "warning": "#d08a00", "error": "#c8322b", "busy": "#2f6fc9"}


@cache
def status_dot(status: str) -> QIcon:
    """The list's status dot: green ok, amber warning, red error, blue busy."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["ok"])))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
