"""Scopes on (re-)connect: relative requests, narrowing checks, and what changed.

Pure functions (issue 19, item 2). ``resolve_scopes("+repo,-gist", current)``
turns a relative request into a full one; ``narrowed(requested, current)``
says what a re-connect would drop (asked before it happens); ``ScopeChange``
compares what was asked, what the provider granted and what the account had
— including a refresh token the account had and the new grant lacks, which is
always called out.
"""

from __future__ import annotations

from dataclasses import dataclass

from tokenmgr.errors import UsageError


def split_scopes(text: str) -> list[str]:
    return [s for s in text.replace(",", " ").split() if s]


def resolve_scopes(spec: str, current: tuple[str, ...]) -> tuple[str, ...]:
    """``"a b"`` is absolute; ``"+a,-b"`` adds to / removes from ``current``."""
    items = split_scopes(spec)
    relative = [s[:1] in ("+", "-") for s in items]
    if not items:
        raise UsageError("--scopes is empty.")
    if any(relative) and not all(relative):
        raise UsageError("--scopes mixes relative (+x, -y) and plain scopes; use one kind: "
                         "'+repo,-gist' changes the account's scopes, 'repo gist' replaces "
                         "them.")
    if not all(relative):
        return tuple(dict.fromkeys(items))
    result = list(current)
    for item in items:
        scope = item[1:]
        if not scope:
            raise UsageError(f"--scopes: {item!r} names no scope.")
        if item[0] == "+" and scope not in result:
            result.append(scope)
        elif item[0] == "-":
            if scope not in result:
                raise UsageError(f"--scopes: cannot remove {scope!r}: the account does not "
                                 f"have it (it has: {' '.join(current) or 'none'}).")
            result.remove(scope)
    if not result:
        raise UsageError("--scopes would remove every scope.")
    return tuple(result)


def is_relative(spec: str) -> bool:
    return any(s[:1] in ("+", "-") for s in split_scopes(spec))


def narrowed(requested: tuple[str, ...], current: tuple[str, ...]) -> tuple[str, ...]:
    """The scopes the account has that the request leaves out."""
    return tuple(s for s in current if s not in requested)


@dataclass(frozen=True)
class ScopeChange:
    requested: tuple[str, ...]
    granted: tuple[str, ...]
    previous: tuple[str, ...] | None  # None: a new account
    had_refresh_token: bool = False
    has_refresh_token: bool = False

    @property
    def added(self) -> tuple[str, ...]:
        if self.previous is None:
            return ()
        return tuple(s for s in self.granted if s not in self.previous)

    @property
    def removed(self) -> tuple[str, ...]:
        if self.previous is None:
            return ()
        return tuple(s for s in self.previous if s not in self.granted)

    @property
    def not_granted(self) -> tuple[str, ...]:
        return tuple(s for s in self.requested if s not in self.granted)

    @property
    def lost_refresh_token(self) -> bool:
        return self.had_refresh_token and not self.has_refresh_token

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.not_granted or self.lost_refresh_token)

    def lines(self) -> list[str]:
        """One line per added / removed / refused scope, then the refresh-token loss."""
        width = max((len(s) for s in (*self.added, *self.removed, *self.not_granted)),
                    default=0)
        out = [f"  + {s:<{width}}  added" for s in self.added]
        out += [f"  - {s:<{width}}  removed" for s in self.removed]
        out += [f"  ? {s:<{width}}  asked for, not granted by the provider"
                for s in self.not_granted if s not in self.removed]
        if self.lost_refresh_token:
            out.append("  ! Refresh token lost: the account had one and the provider sent "
                       "none this time, so when the access token expires you must re-connect "
                       "(ask for offline access, e.g. the offline_access scope, to keep one).")
        return out
