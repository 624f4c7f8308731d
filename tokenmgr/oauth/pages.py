"""The small HTML pages the loopback catcher shows in the user's browser.

Provider-supplied text is HTML-escaped; no page carries the code, the state
or any third-party resource (SECURITY.md #8).
"""

from __future__ import annotations

import html
from functools import cache
from string import Template

from tokenmgr.resources import resource_path


@cache
def _template() -> Template:
    return Template(resource_path("pages", "callback.html").read_text(encoding="utf-8"))


def render_page(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(detail)
    ).encode("utf-8")
