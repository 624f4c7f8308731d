"""What the CLI prints of provider text: inert (see ``tokenmgr.values.text``)."""

from __future__ import annotations

from typing import Protocol

from tokenmgr.values.text import plain

__all__ = ["label", "plain"]


class _Named(Protocol):
    @property
    def provider_id(self) -> str: ...
    @property
    def name(self) -> str: ...


def label(account: _Named) -> str:
    """``provider:name`` of an account, safe to print."""
    return f"{plain(account.provider_id)}:{plain(account.name)}"
