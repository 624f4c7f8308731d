"""Words for errors, in one place for the window and its dialogs."""

from __future__ import annotations

from tokenmgr.errors import TokenmgrError


def describe_error(exc: BaseException) -> str:
    """The core's typed errors carry user-ready sentences; anything else is a bug."""
    if isinstance(exc, TokenmgrError):
        return str(exc)
    return f"Unexpected error ({type(exc).__name__}); see the log for details."
