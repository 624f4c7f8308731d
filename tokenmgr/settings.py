"""User settings from ``$XDG_CONFIG_HOME/tokenmgr/settings.toml`` (all optional)::

    [clipboard]
    clear_seconds = 30        # copied tokens are cleared after this long (5 to 3600)

    [refresh]
    margin_seconds = 300      # refresh tokens expiring within this (0 to 86400)
    concurrency = 8           # refreshes at once: refresh --all, the window (1 to 64)

    [window]
    tray = true               # an icon in the system tray when the desktop has one
    close_to_tray = false     # closing the window keeps tokenmgr running in the tray
    start_minimized = false   # start in the tray (or minimized) instead of showing the window
    [keyring]
    # A keyring backend tokenmgr does not know to protect secrets, accepted anyway
    # (module.Class, as the refusal message names it; a string or a list of them).
    allow_backend = "keyrings.cryptfile.cryptfile.CryptFileKeyring"

A missing file means the defaults; a bad value is reported and its default used.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CLEAR_SECONDS = 30.0
DEFAULT_REFRESH_MARGIN = 300.0
DEFAULT_REFRESH_CONCURRENCY = 8


@dataclass(frozen=True)
class Settings:
    clipboard_clear_seconds: float = DEFAULT_CLEAR_SECONDS
    refresh_margin_seconds: float = DEFAULT_REFRESH_MARGIN
    refresh_concurrency: int = DEFAULT_REFRESH_CONCURRENCY
    tray: bool = True
    close_to_tray: bool = False
    start_minimized: bool = False
    keyring_allow_backends: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)


def _number(table: object, key: str, low: float, high: float, default: float,
            where: str, problems: list[str]) -> float:
    if not isinstance(table, dict) or key not in table:
        return default
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        problems.append(f"{where}: {key} must be a number from {low:g} to {high:g}")
        return default
    return float(value)


def _flag(table: object, key: str, default: bool, where: str, problems: list[str]) -> bool:
    if not isinstance(table, dict) or key not in table:
        return default
    if not isinstance(table[key], bool):
        problems.append(f"{where}: {key} must be true or false")
        return default
    return bool(table[key])


def _backend_names(table: object, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(table, dict) or "allow_backend" not in table:
        return ()
    value = table["allow_backend"]
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(
            isinstance(n, str) and "." in n.strip(".") for n in names):
        problems.append(f"{where}: allow_backend must name a backend class "
                        "(module.Class) or a list of them")
        return ()
    return tuple(names)


def load_settings(path: Path) -> Settings:
    if not path.is_file():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Settings(problems=(f"{path}: ignored, not readable TOML: {exc}",))
    problems: list[str] = []
    return Settings(
        clipboard_clear_seconds=_number(data.get("clipboard"), "clear_seconds", 5, 3600,
                                        DEFAULT_CLEAR_SECONDS, f"{path} [clipboard]", problems),
        refresh_margin_seconds=_number(data.get("refresh"), "margin_seconds", 0, 86400,
                                       DEFAULT_REFRESH_MARGIN, f"{path} [refresh]", problems),
        refresh_concurrency=int(_number(data.get("refresh"), "concurrency", 1, 64,
                                        DEFAULT_REFRESH_CONCURRENCY, f"{path} [refresh]",
                                        problems)),
        tray=_flag(data.get("window"), "tray", True, f"{path} [window]", problems),
        close_to_tray=_flag(data.get("window"), "close_to_tray", False, f"{path} [window]",
                            problems),
        start_minimized=_flag(data.get("window"), "start_minimized", False,
                              f"{path} [window]", problems),
        keyring_allow_backends=_backend_names(data.get("keyring"), f"{path} [keyring]",
                                              problems),
        problems=tuple(problems),
    )


def save_settings(path: Path, settings: Settings) -> None:
    """Write the values into settings.toml, keeping the user's comments and other keys."""
    import tomlkit

    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    try:
        document = tomlkit.parse(text)
    except tomlkit.exceptions.ParseError:
        document = tomlkit.document()  # unreadable before: load_settings ignored it too
    values: dict[str, dict[str, object]] = {
        "clipboard": {"clear_seconds": settings.clipboard_clear_seconds},
        "refresh": {"margin_seconds": settings.refresh_margin_seconds,
                    "concurrency": settings.refresh_concurrency},
        "window": {"tray": settings.tray, "close_to_tray": settings.close_to_tray,
                   "start_minimized": settings.start_minimized},
    }
    for table_name, keys in values.items():
        if table_name not in document:
            document[table_name] = tomlkit.table()
        table = document[table_name]
        for key, value in keys.items():
            table[key] = int(value) if isinstance(value, float) and value.is_integer() \
                else value
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomlkit.dumps(document), encoding="utf-8")
    tmp.replace(path)
