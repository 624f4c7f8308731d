"""Provider text made harmless for a terminal (SECURITY.md #30's rule, for the CLI and logs).

Account names, ``error_description`` and everything else a provider controls
reach the user's terminal through the CLI and the log. A raw ESC, CSI, OSC or
C1 byte there clears the screen, recolours it or sets the window title; bidi
overrides reorder what the user reads. ``plain()`` shows every such character
as a visible escape (``\\x1b``, ``\\u202e``) instead, so the text stays readable
and inert. ``--json`` output needs none of this: ``json.dumps`` already escapes
control characters, and the JSON stays exact.
"""

from __future__ import annotations

import re

# C0 controls (newline and tab too: every line printed is one line), DEL, C1
# controls, and the Unicode direction marks/overrides/isolates.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_BUT_NEWLINE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_BIDI}]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character shown as an escape, never sent raw.
    ``keep_newlines``: multi-line text (a traceback in a log) keeps its line breaks."""
    pattern = _UNSAFE_BUT_NEWLINE if keep_newlines else _UNSAFE
    return pattern.sub(_visible, str(text))


CENTURY = 100 * 365 * 86400


def format_duration(seconds: float) -> str:
    """``42 s``, ``42 min``, ``3 h 5 min``, ``2 d``: the one wording of a span, for the
    list, the detail pane, ``tokenmgr list`` and decoded token times alike."""
    if seconds >= CENTURY:
        return "over 100 years"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        hours, minutes = seconds // 3600, seconds % 3600 // 60
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{seconds // 86400} d"
