"""The desktop file and AppStream metainfo pass the freedesktop validators, as shipped and as
``tokenmgr desktop-entry install`` writes them."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from tokenmgr import APP_ID, __version__
from tokenmgr.desktop_entry import render_desktop_file
from tokenmgr.resources import resource_path

DESKTOP = resource_path("desktop", f"{APP_ID}.desktop")
METAINFO = resource_path("desktop", f"{APP_ID}.metainfo.xml")


def problems(output: str) -> list[str]:
    """Validator lines that are errors or warnings (infos and pedantic notes are allowed)."""
    return [line for line in output.splitlines() if line.startswith(("E:", "W:"))]


def test_metainfo_validates_without_errors_or_warnings():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert problems(done.stdout) == []


def test_shipped_desktop_file_validates_without_any_message():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_installed_desktop_file_validates_even_with_an_awkward_path(tmp_path):
    command = ["/home/a b/.local/bin/tok\"en$mgr%", "-m", "tokenmgr"]
    written = tmp_path / f"{APP_ID}.desktop"
    written.write_text(render_desktop_file(command), encoding="utf-8")
    done = subprocess.run(["desktop-file-validate", str(written)], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_metainfo_names_this_version_urls_developer_and_screenshots():
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own packaged file
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__
    assert {u.get("type") for u in root.findall("url")} >= {"homepage", "bugtracker"}
    assert root.findtext("developer/name") and root.find("content_rating") is not None
    images = [i.text for i in root.findall("screenshots/screenshot/image")]
    assert images and all("/docs/screenshots/" in i and i.endswith(".png") for i in images)
