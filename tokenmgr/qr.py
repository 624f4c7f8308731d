"""QR codes of sign-in links, for a phone or another machine (issue 19, item 4).

``segno`` (pure Python, no dependencies) is imported only when a code is drawn.
The terminal form uses Unicode half blocks only — no escape sequences — so it
is safe to print anywhere; the window gets PNG bytes.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import segno


def _make(data: str) -> segno.QRCode:
    import segno  # deferred: only the recovery path pays for it

    return segno.make(data, error="l", micro=False)


def qr_text(data: str) -> str:
    """The QR code as lines of "█▀▄ " characters (two modules per line), quiet zone
    included; dark modules are drawn light-on-dark as terminals usually are."""
    code = _make(data)
    rows = [list(row) for row in code.matrix_iter(scale=1, border=2)]
    if len(rows) % 2:
        rows.append([0] * len(rows[0]))
    # a terminal shows text light on dark: draw the *light* modules, so it scans
    chars = {(0, 0): "█", (0, 1): "▀", (1, 0): "▄", (1, 1): " "}
    lines = []
    for top, bottom in zip(rows[::2], rows[1::2], strict=True):
        lines.append("".join(chars[(bool(t), bool(b))] for t, b in zip(top, bottom,
                                                                       strict=True)))
    return "\n".join(lines)


def qr_png(data: str, scale: int = 4) -> bytes:
    buffer = io.BytesIO()
    _make(data).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_matrix(data: str) -> list[list[bool]]:
    """The modules without quiet zone (True = dark), for tests and custom drawing."""
    return [[bool(m) for m in row] for row in _make(data).matrix_iter(scale=1, border=0)]
