"""A wrapper that keeps secret strings out of reprs, logs and tracebacks.

Every token, code, verifier, state and client secret crosses layers inside a
``Secret``: printing one, logging one or putting one in an f-string shows a
mask, so a stray ``log.debug("%s", obj)`` cannot leak it. Code that really
needs the value calls ``reveal()``, which is easy to grep for.
"""

from __future__ import annotations


class Secret:
    """An opaque secret string; ``str()``/``repr()`` are masked."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret holds a str")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        import hmac

        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> str:  # pragma: no cover - guard, not a feature
        raise TypeError("Secret is not picklable")

    def masked(self, visible: int = 4) -> str:
        """A hint for the UI: the last few characters, the rest hidden."""
        if len(self._value) <= visible * 3:
            return "•" * 8
        return "•" * 8 + self._value[-visible:]
