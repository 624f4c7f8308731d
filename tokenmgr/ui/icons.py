"""Icons: the desktop theme's when it has them, bundled fallbacks otherwise; provider
icons from ``resources/icons/providers/<id>.svg`` with a generic one when absent."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

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
    return QIcon(str(path)) if path.is_file() else icon(GENERIC_PROVIDER)
