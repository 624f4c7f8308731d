"""User settings from ``$XDG_CONFIG_HOME/tokenmgr/settings.toml`` (all optional)::

    [clipboard]
    clear_seconds = 30        # copied tokens are cleared after this long (5 to 3600)

    [refresh]
    margin_seconds = 300      # refresh tokens expiring within this (0 to 86400)

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


@dataclass(frozen=True)
class Settings:
    clipboard_clear_seconds: float = DEFAULT_CLEAR_SECONDS
    refresh_margin_seconds: float = DEFAULT_REFRESH_MARGIN
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
        keyring_allow_backends=_backend_names(data.get("keyring"), f"{path} [keyring]",
                                              problems),
        problems=tuple(problems),
    )
