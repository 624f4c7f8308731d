"""The user's menu entry: the ``.desktop`` file, icon and metainfo under ``$XDG_DATA_HOME``.

pip and pipx put data files inside their virtualenv, where no desktop looks, so a pip or
pipx user has no menu entry until ``tokenmgr desktop-entry install`` (or the window's
first-run offer) writes one here, with ``Exec`` naming the command that is installed now.
Only files marked as written by tokenmgr are ever removed. No Qt here: the CLI and the
window share this module.
"""

from __future__ import annotations

import os
import sys
import sysconfig
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tokenmgr import APP_ID
from tokenmgr.errors import TokenmgrError
from tokenmgr.resources import resource

MARKER_KEY = "X-TokenMgr-Installed-By"
# Characters that force quoting in an Exec argument (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopEntryError(TokenmgrError):
    """A menu entry could not be written or removed; the message says why and what to do."""


@dataclass(frozen=True)
class EntryFiles:
    """The three files of a user's menu entry under one XDG data dir."""

    desktop: Path
    icon: Path
    metainfo: Path

    @classmethod
    def under(cls, data_home: Path) -> EntryFiles:
        return cls(
            desktop=data_home / "applications" / f"{APP_ID}.desktop",
            icon=data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            metainfo=data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
        )

    def all(self) -> tuple[Path, Path, Path]:
        return self.desktop, self.icon, self.metainfo


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME`` if absolute (the spec ignores relative ones), else ~/.local/share."""
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def data_dirs(env: Mapping[str, str] = os.environ) -> list[Path]:
    value = env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(p) for p in value.split(":") if p and Path(p).is_absolute()]


def in_flatpak(env: Mapping[str, str] = os.environ) -> bool:
    return bool(env.get("FLATPAK_ID")) or Path("/.flatpak-info").exists()


def existing_entry(env: Mapping[str, str] = os.environ) -> Path | None:
    """The desktop file a menu would show for tokenmgr (user's, system's, a Flatpak's), if any."""
    for folder in [data_home(env), *data_dirs(env)]:
        candidate = folder / "applications" / f"{APP_ID}.desktop"
        if candidate.is_file():
            return candidate
    return None


def launch_command(argv0: str = sys.argv[0], executable: str = sys.executable,
                   frozen: bool = bool(getattr(sys, "frozen", False))) -> list[str]:
    """The command that starts this installation's window, as an absolute path.

    A bundle is its own executable; an installed ``tokenmgr`` script is named as it was
    invoked (not resolved: pipx's ~/.local/bin link outlives the venv it points into);
    ``python -m tokenmgr`` falls back to the scripts folder of this interpreter, then to
    ``python -m tokenmgr`` itself.
    """
    if frozen:
        return [str(Path(executable).absolute())]
    invoked = Path(argv0)
    if invoked.name in ("tokenmgr", "tokenmgr-gui") and invoked.is_file():
        return [str(invoked.absolute())]
    for scheme in (sysconfig.get_default_scheme(), f"{os.name}_user"):
        script = Path(sysconfig.get_path("scripts", scheme)) / "tokenmgr"
        if script.is_file():
            return [str(script)]
    return [str(Path(executable).absolute()), "-m", "tokenmgr"]


def exec_quote(arg: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks (then escaped as a string)."""
    if any(ch in "\n\r" for ch in arg):
        raise DesktopEntryError("the tokenmgr command's path contains a line break")
    arg = arg.replace("%", "%%")
    if any(ch in _RESERVED for ch in arg):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        arg = f'"{inner}"'
    return arg.replace("\\", "\\\\")


def render_desktop_file(command: list[str]) -> str:
    """The packaged desktop file with ``Exec`` set to ``command`` and tokenmgr's marker."""
    template = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_quote(a) for a in command)
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    lines.append(f"{MARKER_KEY}=tokenmgr desktop-entry install")
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.chmod(0o644)
    os.replace(tmp, path)


def is_ours(desktop_file: Path) -> bool:
    try:
        text = desktop_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.startswith(f"{MARKER_KEY}=") for line in text.splitlines())


def install(files: EntryFiles, command: list[str]) -> list[Path]:
    """Write (or rewrite) the entry; refuses to overwrite a desktop file tokenmgr did not write."""
    if files.desktop.exists() and not is_ours(files.desktop):
        raise DesktopEntryError(
            f"{files.desktop} exists and was not written by tokenmgr; left as it is")
    try:
        _write(files.icon, resource("icons", f"{APP_ID}.svg").read_bytes())
        _write(files.metainfo, resource("desktop", f"{APP_ID}.metainfo.xml").read_bytes())
        _write(files.desktop, render_desktop_file(command).encode("utf-8"))  # last: menus see it
    except OSError as exc:
        raise DesktopEntryError(f"could not write the menu entry: {exc.strerror}: "
                                f"{exc.filename}") from exc
    return list(files.all())


def remove(files: EntryFiles) -> list[Path]:
    """Remove the entry tokenmgr wrote; a desktop file from elsewhere is left alone."""
    if files.desktop.exists() and not is_ours(files.desktop):
        raise DesktopEntryError(
            f"{files.desktop} was not written by tokenmgr desktop-entry install; left as it is")
    removed = []
    for path in files.all():
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopEntryError(f"could not remove {path}: {exc.strerror}") from exc
        removed.append(path)
    return removed
