"""The user's menu entry: written where desktops look, pointing at this install, removed only
when tokenmgr wrote it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tokenmgr import APP_ID
from tokenmgr.desktop_entry import (
    MARKER_KEY,
    DesktopEntryError,
    EntryFiles,
    data_home,
    existing_entry,
    install,
    launch_command,
    remove,
)
from tokenmgr.resources import resource_path


def exec_line(path: Path) -> str:
    return next(line for line in path.read_text().splitlines() if line.startswith("Exec="))


def test_install_writes_desktop_file_icon_and_metainfo_with_exec_at_this_command(tmp_path):
    files = EntryFiles.under(tmp_path)
    written = install(files, ["/opt/venvs/tm/bin/tokenmgr"])
    assert written == [files.desktop, files.icon, files.metainfo]
    assert files.desktop == tmp_path / "applications" / f"{APP_ID}.desktop"
    assert files.icon == tmp_path / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert exec_line(files.desktop) == "Exec=/opt/venvs/tm/bin/tokenmgr"
    assert f"Icon={APP_ID}" in files.desktop.read_text()
    assert files.icon.read_bytes() == resource_path("icons", f"{APP_ID}.svg").read_bytes()
    assert files.metainfo.read_bytes() == resource_path(
        "desktop", f"{APP_ID}.metainfo.xml").read_bytes()
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in written)
    assert not list(tmp_path.rglob(".*.tmp"))


def test_reinstall_updates_the_command(tmp_path):
    files = EntryFiles.under(tmp_path)
    install(files, ["/old/bin/tokenmgr"])
    install(files, ["/new place/bin/tokenmgr"])
    assert exec_line(files.desktop) == 'Exec="/new place/bin/tokenmgr"'


def test_a_desktop_file_tokenmgr_did_not_write_is_never_overwritten_or_removed(tmp_path):
    files = EntryFiles.under(tmp_path)
    files.desktop.parent.mkdir(parents=True)
    files.desktop.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=mine\n")
    before = files.desktop.read_text()
    with pytest.raises(DesktopEntryError, match="not written by tokenmgr"):
        install(files, ["/x/tokenmgr"])
    with pytest.raises(DesktopEntryError, match="not written by tokenmgr"):
        remove(files)
    assert files.desktop.read_text() == before


def test_remove_deletes_what_install_wrote_and_then_finds_nothing(tmp_path):
    files = EntryFiles.under(tmp_path)
    install(files, ["/x/tokenmgr"])
    assert MARKER_KEY in files.desktop.read_text()
    assert remove(files) == [files.desktop, files.icon, files.metainfo]
    assert not any(p.exists() for p in files.all())
    assert remove(files) == []


def test_an_entry_in_any_xdg_data_dir_counts_as_existing(tmp_path):
    system = tmp_path / "usr-share"
    env = {"XDG_DATA_HOME": str(tmp_path / "home-data"),
           "XDG_DATA_DIRS": f"{tmp_path / 'other'}:{system}"}
    assert existing_entry(env) is None
    (system / "applications").mkdir(parents=True)
    (system / "applications" / f"{APP_ID}.desktop").write_text("[Desktop Entry]\n")
    assert existing_entry(env) == system / "applications" / f"{APP_ID}.desktop"


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path):
    assert data_home({"XDG_DATA_HOME": "rel/dir", "HOME": str(tmp_path)}) == (
        tmp_path / ".local" / "share")
    assert data_home({"XDG_DATA_HOME": str(tmp_path / "d")}) == tmp_path / "d"


def test_launch_command_is_the_bundle_executable_when_frozen():
    assert launch_command("/b/tokenmgr/tokenmgr", "/b/tokenmgr/tokenmgr", frozen=True) == [
        "/b/tokenmgr/tokenmgr"]


def test_launch_command_keeps_the_invoked_script_path_unresolved(tmp_path):
    real = tmp_path / "venv" / "bin" / "tokenmgr"
    real.parent.mkdir(parents=True)
    real.write_text("#!/bin/sh\n")
    link = tmp_path / "bin" / "tokenmgr"  # pipx's ~/.local/bin link into its venv
    link.parent.mkdir()
    link.symlink_to(real)
    assert launch_command(str(link), sys.executable, frozen=False) == [str(link)]


def test_launch_command_from_python_dash_m_finds_the_installed_script_or_uses_python(tmp_path):
    command = launch_command(str(tmp_path / "tokenmgr" / "__main__.py"), sys.executable,
                             frozen=False)
    script = Path(sys.executable).parent / "tokenmgr"
    assert command == ([str(script)] if script.is_file()
                       else [str(Path(sys.executable).absolute()), "-m", "tokenmgr"])


def cli(env, *args):
    script = Path(sys.executable).parent / "tokenmgr"
    return subprocess.run([str(script), *args], env=env, capture_output=True, text=True,
                          timeout=60)


def test_cli_install_then_remove_in_the_users_data_home(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    env.pop("FLATPAK_ID", None)
    done = cli(env, "desktop-entry", "install")
    assert done.returncode == 0, done.stderr
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert exec_line(desktop) == f"Exec={Path(sys.executable).parent / 'tokenmgr'}"
    assert done.stdout == ""
    assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0
    done = cli(env, "desktop-entry", "remove")
    assert done.returncode == 0 and not desktop.exists()
    assert "No menu entry" in cli(env, "desktop-entry", "remove").stderr


def test_cli_refuses_inside_a_flatpak(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "FLATPAK_ID": APP_ID}
    done = cli(env, "desktop-entry", "install")
    assert done.returncode == 2 and "Flatpak" in done.stderr
    assert not (tmp_path / "applications").exists()
