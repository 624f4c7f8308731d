"""Every preset shows an icon: its own SVG or the generic one, never a broken path."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tokenmgr.providers.config import load_catalog
from tokenmgr.providers.icons import icon_path
from tokenmgr.resources import resource_path

WITHOUT_BRAND_ICON = {"microsoft", "slack"}  # Simple Icons dropped these marks


@pytest.mark.parametrize("pid", sorted(load_catalog(None).providers))
def test_each_preset_has_an_svg_icon(pid):
    path = icon_path(pid)
    root = ET.parse(path).getroot()  # noqa: S314 - our own bundled files
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 24 24"
    expected = "generic.svg" if pid in WITHOUT_BRAND_ICON else f"{pid}.svg"
    assert path.name == expected


@pytest.mark.parametrize("pid", ["my-corp", "../../etc/passwd", "GITHUB", ""])
def test_unknown_or_odd_ids_get_the_generic_icon(pid):
    assert icon_path(pid) == resource_path("icons", "providers", "generic.svg")


def test_the_licence_note_names_every_bundled_icon():
    folder = resource_path("icons", "providers")
    note = (folder / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC0" in note
    for svg in folder.glob("*.svg"):
        assert svg.name in note
