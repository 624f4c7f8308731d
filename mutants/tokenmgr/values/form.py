"""A form body as the ordered list of ``(key, value)`` pairs it is on the wire.

``dup=x&dup=y`` is two parameters, and an OAuth 1 signature covers both
(RFC 5849 §3.4.1.3). A dict keeps only the last, so the signature would cover
``dup=y`` alone and the provider answers 401: bodies stay pairs end to end,
from the CLI's ``--data`` and the window's Sign dialog to the signer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

FormPair = tuple[str, str]
FormBody = Sequence[FormPair]


def form_pairs(items: Iterable[str]) -> list[FormPair]:
    """``["a=1", "a=2", "flag"]`` → ``[("a", "1"), ("a", "2"), ("flag", "")]``, in order."""
    pairs: list[FormPair] = []
    for item in items:
        key, _, value = item.partition("=")
        pairs.append((key, value))
    return pairs
