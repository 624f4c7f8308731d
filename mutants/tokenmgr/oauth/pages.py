"""The small HTML pages the loopback catcher shows in the user's browser.

Provider-supplied text is HTML-escaped; no page carries the code, the state
or any third-party resource (SECURITY.md #8).
"""

from __future__ import annotations

import html
from functools import cache
from string import Template

from tokenmgr.resources import resource_path


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@cache
def _template() -> Template:
    return Template(resource_path("pages", "callback.html").read_text(encoding="utf-8"))
mutants_x_render_page__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_render_page__mutmut)
def render_page(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_orig(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_1(title: str, message: str, detail: str = "XXXX") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_2(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(detail)
    ).encode(None)


def x_render_page__mutmut_3(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=None, message=html.escape(message), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_4(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=None, detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_5(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=None
    ).encode("utf-8")


def x_render_page__mutmut_6(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        message=html.escape(message), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_7(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_8(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), ).encode("utf-8")


def x_render_page__mutmut_9(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(None), message=html.escape(message), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_10(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(None), detail=html.escape(detail)
    ).encode("utf-8")


def x_render_page__mutmut_11(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(None)
    ).encode("utf-8")


def x_render_page__mutmut_12(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(detail)
    ).encode("XXutf-8XX")


def x_render_page__mutmut_13(title: str, message: str, detail: str = "") -> bytes:
    return _template().substitute(
        title=html.escape(title), message=html.escape(message), detail=html.escape(detail)
    ).encode("UTF-8")

mutants_x_render_page__mutmut['_mutmut_orig'] = x_render_page__mutmut_orig # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_1'] = x_render_page__mutmut_1 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_2'] = x_render_page__mutmut_2 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_3'] = x_render_page__mutmut_3 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_4'] = x_render_page__mutmut_4 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_5'] = x_render_page__mutmut_5 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_6'] = x_render_page__mutmut_6 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_7'] = x_render_page__mutmut_7 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_8'] = x_render_page__mutmut_8 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_9'] = x_render_page__mutmut_9 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_10'] = x_render_page__mutmut_10 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_11'] = x_render_page__mutmut_11 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_12'] = x_render_page__mutmut_12 # type: ignore # mutmut generated
mutants_x_render_page__mutmut['x_render_page__mutmut_13'] = x_render_page__mutmut_13 # type: ignore # mutmut generated
