"""Which icon file shows a provider (picker, list, tray). Qt-free: the UI loads the path.

Presets have ``tokenmgr/resources/icons/providers/<id>.svg`` (Simple Icons, CC0; see the
LICENSE.md beside them); any other provider (a user's own, or a preset whose brand
Simple Icons no longer carries: Microsoft, Slack) gets ``generic.svg``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tokenmgr.resources import resource_path

_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
GENERIC = "generic"


def icon_path(provider_id: str) -> Path:
    """The provider's SVG, or the generic one (never a path outside the icons folder)."""
    folder = resource_path("icons", "providers")
    if _SAFE_ID.match(provider_id):
        own = folder / f"{provider_id}.svg"
        if own.is_file():
            return own
    return folder / f"{GENERIC}.svg"
