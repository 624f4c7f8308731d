"""QR codes of links: the terminal drawing is the code's matrix, light-on-dark."""

from __future__ import annotations

from tokenmgr.qr import qr_matrix, qr_png, qr_text

URL = "https://idp.test/device?user_code=WDJB-MJHT"


def test_terminal_qr_draws_every_module_with_half_blocks_and_no_escapes():
    matrix = qr_matrix(URL)
    text = qr_text(URL)
    assert "\x1b" not in text
    lines = text.splitlines()
    size = len(matrix)
    assert all(len(line) == size + 4 for line in lines)  # quiet zone of 2 each side
    assert len(lines) == (size + 4 + 1) // 2
    # decode the drawing back: a dark module is drawn as "no block" (light on dark)
    top = {"█": False, "▀": False, "▄": True, " ": True}
    bottom = {"█": False, "▀": True, "▄": False, " ": True}
    rows = []
    for line in lines:
        rows.append([top[c] for c in line])
        rows.append([bottom[c] for c in line])
    drawn = [row[2:-2] for row in rows[2:2 + size]]
    assert drawn == matrix


def test_png_is_a_png():
    assert qr_png(URL)[:8] == b"\x89PNG\r\n\x1a\n"
