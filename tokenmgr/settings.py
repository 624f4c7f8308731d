"""User settings from ``$XDG_CONFIG_HOME/tokenmgr/settings.toml`` (all optional)::

    [clipboard]
    clear_seconds = 30        # copied tokens are cleared after this long (5 to 3600)

    [refresh]
    margin_seconds = 300      # refresh tokens expiring within this (0 to 86400)
    concurrency = 8           # refreshes at once: refresh --all, the window (1 to 64)

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
        problems=tuple(problems),
    )
