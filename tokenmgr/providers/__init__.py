"""Provider definitions: the dataclass, the presets and the user's providers.toml."""

from tokenmgr.providers.model import Provider

__all__ = ["Provider"]
