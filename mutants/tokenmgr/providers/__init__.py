"""Provider definitions: the dataclass, the presets and the user's providers.toml."""

from tokenmgr.values.provider import Provider

__all__ = ["Provider"]
