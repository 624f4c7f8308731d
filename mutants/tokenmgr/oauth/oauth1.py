"""OAuth 1.0a and legacy 1.0 (RFC 5849) client: temporary credentials, authorize, token.

Signing is oauthlib's (through requests-oauthlib's ``OAuth1`` on the wire and
``oauthlib.oauth1.Client`` for headers users ask for); nothing here computes
a signature by hand. Request tokens live only in memory for one flow.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qsl, urlencode

from tokenmgr.errors import (
    NotConfiguredError,
    RevokeError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.http import HttpClient, HttpResponse
from tokenmgr.oauth.oauth2 import AccountInfo, parse_account
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.values.form import FormBody
from tokenmgr.values.provider import Provider, dig

OOB = "oob"
EXTRA_FIELDS = ("user_id", "screen_name", "username", "name", "uid", "account_id")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__pairs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__pairs__mutmut)
def _pairs(body: FormBody | Mapping[str, str]) -> list[tuple[str, str]]:
    """Every parameter in order: ``dup=x&dup=y`` is signed as two (never via a dict)."""
    return list(body.items()) if isinstance(body, Mapping) else list(body)


def x__pairs__mutmut_orig(body: FormBody | Mapping[str, str]) -> list[tuple[str, str]]:
    """Every parameter in order: ``dup=x&dup=y`` is signed as two (never via a dict)."""
    return list(body.items()) if isinstance(body, Mapping) else list(body)


def x__pairs__mutmut_1(body: FormBody | Mapping[str, str]) -> list[tuple[str, str]]:
    """Every parameter in order: ``dup=x&dup=y`` is signed as two (never via a dict)."""
    return list(body.items()) if (isinstance(body, Mapping)) and False else list(body)


def x__pairs__mutmut_2(body: FormBody | Mapping[str, str]) -> list[tuple[str, str]]:
    """Every parameter in order: ``dup=x&dup=y`` is signed as two (never via a dict)."""
    return list(body.items()) if (isinstance(body, Mapping)) or True else list(body)


def x__pairs__mutmut_3(body: FormBody | Mapping[str, str]) -> list[tuple[str, str]]:
    """Every parameter in order: ``dup=x&dup=y`` is signed as two (never via a dict)."""
    return list(None) if isinstance(body, Mapping) else list(body)


def x__pairs__mutmut_4(body: FormBody | Mapping[str, str]) -> list[tuple[str, str]]:
    """Every parameter in order: ``dup=x&dup=y`` is signed as two (never via a dict)."""
    return list(body.items()) if isinstance(body, Mapping) else list(None)

mutants_x__pairs__mutmut['_mutmut_orig'] = x__pairs__mutmut_orig # type: ignore # mutmut generated
mutants_x__pairs__mutmut['x__pairs__mutmut_1'] = x__pairs__mutmut_1 # type: ignore # mutmut generated
mutants_x__pairs__mutmut['x__pairs__mutmut_2'] = x__pairs__mutmut_2 # type: ignore # mutmut generated
mutants_x__pairs__mutmut['x__pairs__mutmut_3'] = x__pairs__mutmut_3 # type: ignore # mutmut generated
mutants_x__pairs__mutmut['x__pairs__mutmut_4'] = x__pairs__mutmut_4 # type: ignore # mutmut generated


@dataclass(frozen=True)
class RequestToken:
    token: Secret
    secret: Secret
    callback_confirmed: bool


@dataclass(frozen=True)
class OAuth1Grant:
    tokens: TokenSet
    extras: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
mutants_x__form__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__form__mutmut)
def _form(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_orig(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_1(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status > 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_2(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 501:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_3(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(None)
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_4(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = None
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_5(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode(None, "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_6(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", None).strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_7(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_8(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", ).strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_9(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("XXutf-8XX", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_10(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("UTF-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_11(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "XXreplaceXX").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_12(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "REPLACE").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_13(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = None
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_14(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if ("=" in text) and False else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_15(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if ("=" in text) or True else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_16(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(None) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_17(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(None, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_18(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=None)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_19(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_20(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, )) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_21(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=False)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_22(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "XX=XX" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_23(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" not in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_24(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_25(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 201 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_26(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 < response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_27(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status <= 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_28(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 301:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_29(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = None
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_30(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") and ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_31(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") and data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_32(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get(None) or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_33(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("XXoauth_problemXX") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_34(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("OAUTH_PROBLEM") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_35(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get(None) or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_36(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("XXerrorXX") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_37(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("ERROR") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_38(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or "XXXX"
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_39(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = None
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_40(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if (problem) and False else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_41(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if (problem) or True else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_42(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:81]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_43(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else "XXXX"
        raise TokenEndpointError(f"http_{response.status}",
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_44(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(None,
                                 f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_45(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 None)
    return data


def x__form__mutmut_46(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"the {what} request was refused{detail}")
    return data


def x__form__mutmut_47(response: HttpResponse, what: str) -> dict[str, str]:
    if response.status >= 500:
        from tokenmgr.errors import NetworkError

        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    text = response.body.decode("utf-8", "replace").strip()
    data = dict(parse_qsl(text, keep_blank_values=True)) if "=" in text else {}
    if not 200 <= response.status < 300:
        problem = data.get("oauth_problem") or data.get("error") or ""
        detail = f": {problem[:80]}" if problem else ""
        raise TokenEndpointError(f"http_{response.status}",
                                 )
    return data

mutants_x__form__mutmut['_mutmut_orig'] = x__form__mutmut_orig # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_1'] = x__form__mutmut_1 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_2'] = x__form__mutmut_2 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_3'] = x__form__mutmut_3 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_4'] = x__form__mutmut_4 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_5'] = x__form__mutmut_5 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_6'] = x__form__mutmut_6 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_7'] = x__form__mutmut_7 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_8'] = x__form__mutmut_8 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_9'] = x__form__mutmut_9 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_10'] = x__form__mutmut_10 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_11'] = x__form__mutmut_11 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_12'] = x__form__mutmut_12 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_13'] = x__form__mutmut_13 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_14'] = x__form__mutmut_14 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_15'] = x__form__mutmut_15 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_16'] = x__form__mutmut_16 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_17'] = x__form__mutmut_17 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_18'] = x__form__mutmut_18 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_19'] = x__form__mutmut_19 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_20'] = x__form__mutmut_20 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_21'] = x__form__mutmut_21 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_22'] = x__form__mutmut_22 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_23'] = x__form__mutmut_23 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_24'] = x__form__mutmut_24 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_25'] = x__form__mutmut_25 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_26'] = x__form__mutmut_26 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_27'] = x__form__mutmut_27 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_28'] = x__form__mutmut_28 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_29'] = x__form__mutmut_29 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_30'] = x__form__mutmut_30 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_31'] = x__form__mutmut_31 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_32'] = x__form__mutmut_32 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_33'] = x__form__mutmut_33 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_34'] = x__form__mutmut_34 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_35'] = x__form__mutmut_35 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_36'] = x__form__mutmut_36 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_37'] = x__form__mutmut_37 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_38'] = x__form__mutmut_38 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_39'] = x__form__mutmut_39 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_40'] = x__form__mutmut_40 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_41'] = x__form__mutmut_41 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_42'] = x__form__mutmut_42 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_43'] = x__form__mutmut_43 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_44'] = x__form__mutmut_44 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_45'] = x__form__mutmut_45 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_46'] = x__form__mutmut_46 # type: ignore # mutmut generated
mutants_x__form__mutmut['x__form__mutmut_47'] = x__form__mutmut_47 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁ_auth__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁauthorization_header__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁrequest_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁauthorization_url__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁaccess_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁfetch_account__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Clientǁrevoke__mutmut: MutantDict = {}  # type: ignore


class OAuth1Client:
    @_mutmut_mutated(mutants_xǁOAuth1Clientǁ__init____mutmut)
    def __init__(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_orig(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_1(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_2(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(None)
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_3(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None or provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_4(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is not None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_5(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method == "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_6(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "XXRSA-SHA1XX":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_7(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "rsa-sha1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_8(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(None)
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_9(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = None
        self._secret = consumer_secret
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_10(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = None
        self._http = http
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_11(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = None
        self._clock = clock
    def xǁOAuth1Clientǁ__init____mutmut_12(self, provider: Provider, consumer_secret: Secret | None, http: HttpClient,
                 *, clock: Callable[[], float] = time.time) -> None:
        if not provider.is_configured:
            raise NotConfiguredError(f"{provider.name} has no consumer key yet: configure it.")
        if consumer_secret is None and provider.signature_method != "RSA-SHA1":
            raise NotConfiguredError(f"{provider.name} needs its consumer secret: configure it.")
        self.provider = provider
        self._secret = consumer_secret
        self._http = http
        self._clock = None

    # --- signing ---------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁ_rsa_key__mutmut)
    def _rsa_key(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_orig(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_1(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method == "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_2(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "XXRSA-SHA1XX":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_3(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "rsa-sha1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_4(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = None
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_5(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(None).expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_6(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file and "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_7(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "XXXX").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_8(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding=None)
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_9(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="XXasciiXX")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_10(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ASCII")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_11(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                None) from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_12(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(None)!r} cannot be read "
                f"({type(exc).__name__}).") from None

    # --- signing ---------------------------------------------------------------

    def xǁOAuth1Clientǁ_rsa_key__mutmut_13(self) -> str | None:
        """The PEM private key for RSA-SHA1, read from the user's file when signing."""
        if self.provider.signature_method != "RSA-SHA1":
            return None
        from pathlib import Path

        path = Path(self.provider.rsa_key_file or "").expanduser()
        try:
            return path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotConfiguredError(
                f"{self.provider.name}: the RSA key file {str(path)!r} cannot be read "
                f"({type(None).__name__}).") from None

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁ_auth__mutmut)
    def _auth(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_orig(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_1(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            None,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_2(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_3(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_4(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_5(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=None, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_6(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_7(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=None, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_8(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=None,
        )

    def xǁOAuth1Clientǁ_auth__mutmut_9(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_10(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_11(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_12(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_13(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_14(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_15(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_16(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, )

    def xǁOAuth1Clientǁ_auth__mutmut_17(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if (self._secret) and False else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_18(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if (self._secret) or True else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_19(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if (token) and False else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_20(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if (token) or True else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_21(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if (token_secret) and False else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_22(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if (token_secret) or True else None,
            callback_uri=callback, verifier=verifier.reveal() if verifier else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_23(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if (verifier) and False else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    def xǁOAuth1Clientǁ_auth__mutmut_24(self, token: Secret | None = None, token_secret: Secret | None = None,
              callback: str | None = None, verifier: Secret | None = None) -> Any:
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.provider.client_id,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=token.reveal() if token else None,
            resource_owner_secret=token_secret.reveal() if token_secret else None,
            callback_uri=callback, verifier=verifier.reveal() if (verifier) or True else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁauthorization_header__mutmut)
    def authorization_header(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_orig(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_1(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(None)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_2(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = None
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_3(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            None,
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_4(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=None, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_5(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=None, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_6(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=None,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_7(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_8(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=None,
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_9(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_10(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=None, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_11(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=None,
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_12(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_13(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_14(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_15(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_16(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_17(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_18(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_19(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_20(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_21(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id and "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_22(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "XXXX",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_23(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if (self._secret) and False else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_24(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if (self._secret) or True else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_25(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if (tokens.token_secret) and False else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_26(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if (tokens.token_secret) or True else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_27(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = None
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_28(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if (body) and False else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_29(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if (body) or True else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_30(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"XXContent-TypeXX": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_31(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"content-type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_32(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"CONTENT-TYPE": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_33(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "XXapplication/x-www-form-urlencodedXX"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_34(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "APPLICATION/X-WWW-FORM-URLENCODED"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_35(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = None
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_36(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(None, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_37(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=None,  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_38(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_39(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=None)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_40(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_41(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_42(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_43(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   )
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_44(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.lower(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_45(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if (body) and False else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_46(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if (body) or True else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_47(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(None) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_48(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(None)) if body else None,
                                   headers=headers)
        return str(signed["Authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_49(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(None)

    def xǁOAuth1Clientǁauthorization_header__mutmut_50(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["XXAuthorizationXX"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_51(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["authorization"])

    def xǁOAuth1Clientǁauthorization_header__mutmut_52(self, tokens: TokenSet, method: str, url: str,
                             body: FormBody | Mapping[str, str] | None = None, *,
                             nonce: str | None = None, timestamp: str | None = None,
                             realm: str | None = None) -> str:
        """``OAuth …`` for a request the user will send themselves (``tokenmgr header``).

        ``nonce``/``timestamp`` are fresh unless given (reproducible signatures)."""
        from oauthlib.oauth1 import Client

        self._check_plaintext(url)
        client = Client(
            self.provider.client_id or "",
            nonce=nonce, timestamp=timestamp, realm=realm,
            client_secret=self._secret.reveal() if self._secret else None,
            resource_owner_key=tokens.access_token.reveal(),
            resource_owner_secret=tokens.token_secret.reveal() if tokens.token_secret else None,
            signature_method=self.provider.signature_method, rsa_key=self._rsa_key(),
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
        _, signed, _ = client.sign(url, http_method=method.upper(),  # type: ignore[arg-type]
                                   body=urlencode(_pairs(body)) if body else None,
                                   headers=headers)
        return str(signed["AUTHORIZATION"])

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut)
    def _check_plaintext(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_orig(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_1(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" or urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_2(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method != "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_3(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "XXPLAINTEXTXX" and urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_4(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "plaintext" and urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_5(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(None).scheme != "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_6(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme == "https":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_7(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "XXhttpsXX":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_8(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "HTTPS":
            raise TokenResponseError("PLAINTEXT signatures are sent only over HTTPS.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_9(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError(None)

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_10(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError("XXPLAINTEXT signatures are sent only over HTTPS.XX")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_11(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError("plaintext signatures are sent only over https.")

    def xǁOAuth1Clientǁ_check_plaintext__mutmut_12(self, url: str) -> None:
        from urllib.parse import urlsplit

        if self.provider.signature_method == "PLAINTEXT" and urlsplit(url).scheme != "https":
            raise TokenResponseError("PLAINTEXT SIGNATURES ARE SENT ONLY OVER HTTPS.")

    # --- the three legs ---------------------------------------------------------

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁrequest_token__mutmut)
    def request_token(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_orig(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_1(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = None
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_2(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url and ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_3(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or "XXXX"
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_4(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(None)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_5(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = None
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_6(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(None, url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_7(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", None, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_8(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=None)
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_9(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_10(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_11(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, )
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_12(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("XXPOSTXX", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_13(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("post", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_14(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=None))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_15(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = None
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_16(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(None, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_17(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, None)
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_18(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form("request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_19(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, )
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_20(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "XXrequest-tokenXX")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_21(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "REQUEST-TOKEN")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_22(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = None
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_23(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get(None), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_24(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("XXoauth_tokenXX"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_25(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("OAUTH_TOKEN"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_26(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get(None)
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_27(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("XXoauth_token_secretXX")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_28(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("OAUTH_TOKEN_SECRET")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_29(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token and secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_30(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_31(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is not None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_32(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError(None)
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_33(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("XXThe request-token answer has no oauth_token.XX")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_34(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("the request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_35(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("THE REQUEST-TOKEN ANSWER HAS NO OAUTH_TOKEN.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_36(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = None
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_37(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").upper() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_38(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get(None, "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_39(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", None).lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_40(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_41(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", ).lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_42(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("XXoauth_callback_confirmedXX", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_43(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("OAUTH_CALLBACK_CONFIRMED", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_44(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "XXXX").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_45(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() != "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_46(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "XXtrueXX"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_47(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "TRUE"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_48(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None or not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_49(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_50(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_51(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                None)
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_52(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "XXThe provider did not confirm the callback (oauth_callback_confirmed): it XX"
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_53(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "the provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_54(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "THE PROVIDER DID NOT CONFIRM THE CALLBACK (OAUTH_CALLBACK_CONFIRMED): IT "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_55(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "XXspeaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.XX")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_56(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks oauth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_57(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "SPEAKS OAUTH 1.0, NOT 1.0A; SET CALLBACK_MODE = \"1.0\" FOR IT.")
        return RequestToken(Secret(token), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_58(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(None, Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_59(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), None, confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_60(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), None)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_61(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_62(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_63(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(secret), )

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_64(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(None), Secret(secret), confirmed)

    # --- the three legs ---------------------------------------------------------

    def xǁOAuth1Clientǁrequest_token__mutmut_65(self, callback: str | None) -> RequestToken:
        """Leg 1. ``callback`` None = legacy 1.0 (no callback here); ``"oob"`` = PIN mode."""
        url = self.provider.request_token_url or ""
        self._check_plaintext(url)
        response = self._http.request("POST", url, auth=self._auth(callback=callback))
        data = _form(response, "request-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The request-token answer has no oauth_token.")
        confirmed = data.get("oauth_callback_confirmed", "").lower() == "true"
        if callback is not None and not confirmed:
            raise TokenResponseError(
                "The provider did not confirm the callback (oauth_callback_confirmed): it "
                "speaks OAuth 1.0, not 1.0a; set callback_mode = \"1.0\" for it.")
        return RequestToken(Secret(token), Secret(None), confirmed)

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁauthorization_url__mutmut)
    def authorization_url(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_orig(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_1(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = None
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_2(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"XXoauth_tokenXX": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_3(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"OAUTH_TOKEN": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_4(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_5(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = None
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_6(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["XXoauth_callbackXX"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_7(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["OAUTH_CALLBACK"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_8(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = None
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_9(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url and ""
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_10(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or "XXXX"
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_11(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") - urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_12(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base - ("&" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_13(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if ("?" in base) and False else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_14(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if ("?" in base) or True else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_15(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("XX&XX" if "?" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_16(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "XX?XX" in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_17(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" not in base else "?") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_18(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "XX?XX") + urlencode(params)

    def xǁOAuth1Clientǁauthorization_url__mutmut_19(self, request_token: RequestToken,
                          legacy_callback: str | None = None) -> str:
        """Leg 2 (in the browser). Legacy 1.0 passes the callback here."""
        params = {"oauth_token": request_token.token.reveal()}
        if legacy_callback is not None:
            params["oauth_callback"] = legacy_callback
        base = self.provider.authorize_url or ""
        return base + ("&" if "?" in base else "?") + urlencode(None)

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁaccess_token__mutmut)
    def access_token(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_orig(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_1(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = None
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_2(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url and ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_3(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or "XXXX"
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_4(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(None)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_5(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = None
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_6(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            None, url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_7(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", None, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_8(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=None)
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_9(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_10(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_11(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, )
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_12(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "XXPOSTXX", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_13(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "post", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_14(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(None, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_15(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, None,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_16(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_17(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_18(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_19(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         ))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_20(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if (verifier) and False else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_21(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if (verifier) or True else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_22(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = None
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_23(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(None, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_24(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, None)
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_25(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form("access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_26(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, )
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_27(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "XXaccess-tokenXX")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_28(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "ACCESS-TOKEN")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_29(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = None
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_30(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get(None), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_31(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("XXoauth_tokenXX"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_32(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("OAUTH_TOKEN"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_33(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get(None)
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_34(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("XXoauth_token_secretXX")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_35(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("OAUTH_TOKEN_SECRET")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_36(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token and secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_37(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_38(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is not None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_39(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError(None)
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_40(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("XXThe access-token answer has no oauth_token.XX")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_41(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("the access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_42(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("THE ACCESS-TOKEN ANSWER HAS NO OAUTH_TOKEN.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_43(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = None
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_44(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:201] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_45(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k not in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_46(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = None
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_47(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=None, token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_48(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type=None,
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_49(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=None, obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_50(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=None)
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_51(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_52(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_53(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_54(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), )
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_55(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(None), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_56(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="XXOAuth1XX",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_57(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="oauth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_58(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAUTH1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_59(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(None), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_60(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(None, MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_61(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, None)

    def xǁOAuth1Clientǁaccess_token__mutmut_62(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(MappingProxyType(extras))

    def xǁOAuth1Clientǁaccess_token__mutmut_63(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, )

    def xǁOAuth1Clientǁaccess_token__mutmut_64(self, request_token: RequestToken, verifier: Secret | None) -> OAuth1Grant:
        """Leg 3: exchange the (single-use) request token, with the verifier in 1.0a."""
        url = self.provider.access_token_url or ""
        self._check_plaintext(url)
        response = self._http.request(
            "POST", url, auth=self._auth(request_token.token, request_token.secret,
                                         verifier=verifier if verifier else None))
        data = _form(response, "access-token")
        token, secret = data.get("oauth_token"), data.get("oauth_token_secret")
        if not token or secret is None:
            raise TokenResponseError("The access-token answer has no oauth_token.")
        extras = {k: v[:200] for k, v in data.items() if k in EXTRA_FIELDS}
        tokens = TokenSet(access_token=Secret(token), token_type="OAuth1",
                          token_secret=Secret(secret), obtained_at=self._clock())
        return OAuth1Grant(tokens, MappingProxyType(None))

    # --- after sign-in ---------------------------------------------------------

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁfetch_account__mutmut)
    def fetch_account(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_orig(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_1(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = None
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_2(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = None
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_3(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                None, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_4(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, None,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_5(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=None)
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_6(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_7(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_8(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                )
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_9(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(None, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_10(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, None))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_11(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_12(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, ))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_13(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(None, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_14(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, None)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_15(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_16(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, )
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_17(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = None
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_18(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(None, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_19(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, None)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_20(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_21(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, )
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_22(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = None
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_23(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) and name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_24(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(None, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_25(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, None) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_26(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_27(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, ) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_28(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_29(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                None)
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_30(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(None, str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_31(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), None, MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_32(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), None)

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_33(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_34(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_35(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), )

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_36(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(None), str(name), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_37(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(None), MappingProxyType(dict(grant.extras)))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_38(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(None))

    # --- after sign-in ---------------------------------------------------------

    def xǁOAuth1Clientǁfetch_account__mutmut_39(self, grant: OAuth1Grant) -> AccountInfo:
        """From the account endpoint if configured, else from the access-token answer."""
        p = self.provider
        if p.userinfo_url:
            response = self._http.request(
                p.userinfo_method, p.userinfo_url,
                auth=self._auth(grant.tokens.access_token, grant.tokens.token_secret))
            return parse_account(p, response)
        name = dig(grant.extras, p.account_name_field)
        account_id = dig(grant.extras, p.account_id_field) or name
        if not name:
            raise TokenResponseError(
                f"{p.name} did not say who the token is for (no {p.account_name_field!r}).")
        return AccountInfo(str(account_id), str(name), MappingProxyType(dict(None)))

    @_mutmut_mutated(mutants_xǁOAuth1Clientǁrevoke__mutmut)
    def revoke(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_orig(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_1(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url and self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_2(self, tokens: TokenSet) -> None:
        if self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_3(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method != "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_4(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "XXnoneXX":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_5(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "NONE":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_6(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(None)
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_7(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = None
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_8(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            None, self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_9(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", None,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_10(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=None)
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_11(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_12(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_13(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            )
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_14(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "XXPOSTXX", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_15(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "post", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_16(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(None, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_17(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, None))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_18(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_19(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, ))
        if not 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_20(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if 200 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_21(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 201 <= response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_22(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 < response.status < 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_23(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status <= 300:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_24(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 301:
            raise RevokeError(
                f"{self.provider.name} did not revoke the token (HTTP {response.status}).")

    def xǁOAuth1Clientǁrevoke__mutmut_25(self, tokens: TokenSet) -> None:
        if not self.provider.revoke_url or self.provider.revoke_method == "none":
            raise RevokeError(f"{self.provider.name} offers no way to revoke tokens.")
        response = self._http.request(
            "POST", self.provider.revoke_url,
            auth=self._auth(tokens.access_token, tokens.token_secret))
        if not 200 <= response.status < 300:
            raise RevokeError(
                None)

mutants_xǁOAuth1Clientǁ__init____mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ__init____mutmut['xǁOAuth1Clientǁ__init____mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁ__init____mutmut_12 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_rsa_key__mutmut['xǁOAuth1Clientǁ_rsa_key__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁ_rsa_key__mutmut_13 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁ_auth__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_14'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_15'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_16'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_17'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_18'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_19'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_20'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_21'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_22'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_23'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_auth__mutmut['xǁOAuth1Clientǁ_auth__mutmut_24'] = OAuth1Client.xǁOAuth1Clientǁ_auth__mutmut_24 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁauthorization_header__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_14'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_15'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_16'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_17'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_18'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_19'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_20'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_21'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_22'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_23'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_24'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_25'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_26'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_27'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_28'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_29'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_30'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_31'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_32'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_33'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_34'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_35'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_36'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_37'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_38'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_39'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_40'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_41'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_42'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_43'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_44'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_45'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_45 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_46'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_46 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_47'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_47 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_48'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_48 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_49'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_49 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_50'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_50 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_51'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_51 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_header__mutmut['xǁOAuth1Clientǁauthorization_header__mutmut_52'] = OAuth1Client.xǁOAuth1Clientǁauthorization_header__mutmut_52 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁ_check_plaintext__mutmut['xǁOAuth1Clientǁ_check_plaintext__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁ_check_plaintext__mutmut_12 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁrequest_token__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_14'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_15'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_16'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_17'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_18'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_19'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_20'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_21'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_22'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_23'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_24'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_25'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_26'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_27'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_28'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_29'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_30'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_31'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_32'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_33'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_34'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_35'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_36'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_37'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_38'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_39'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_40'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_41'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_42'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_43'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_44'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_45'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_45 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_46'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_46 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_47'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_47 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_48'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_48 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_49'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_49 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_50'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_50 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_51'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_51 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_52'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_52 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_53'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_53 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_54'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_54 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_55'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_55 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_56'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_56 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_57'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_57 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_58'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_58 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_59'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_59 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_60'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_60 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_61'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_61 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_62'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_62 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_63'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_63 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_64'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_64 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrequest_token__mutmut['xǁOAuth1Clientǁrequest_token__mutmut_65'] = OAuth1Client.xǁOAuth1Clientǁrequest_token__mutmut_65 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁauthorization_url__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_14'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_15'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_16'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_17'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_18'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁauthorization_url__mutmut['xǁOAuth1Clientǁauthorization_url__mutmut_19'] = OAuth1Client.xǁOAuth1Clientǁauthorization_url__mutmut_19 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁaccess_token__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_14'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_15'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_16'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_17'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_18'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_19'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_20'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_21'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_22'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_23'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_24'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_25'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_26'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_27'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_28'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_29'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_30'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_31'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_32'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_33'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_34'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_35'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_36'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_37'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_38'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_39'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_40'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_41'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_42'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_43'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_43 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_44'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_44 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_45'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_45 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_46'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_46 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_47'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_47 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_48'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_48 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_49'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_49 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_50'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_50 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_51'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_51 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_52'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_52 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_53'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_53 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_54'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_54 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_55'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_55 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_56'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_56 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_57'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_57 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_58'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_58 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_59'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_59 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_60'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_60 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_61'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_61 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_62'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_62 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_63'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_63 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁaccess_token__mutmut['xǁOAuth1Clientǁaccess_token__mutmut_64'] = OAuth1Client.xǁOAuth1Clientǁaccess_token__mutmut_64 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁfetch_account__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_14'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_15'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_16'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_17'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_18'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_19'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_20'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_21'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_22'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_23'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_24'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_25'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_26'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_27'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_28'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_29'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_30'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_31'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_32'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_33'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_34'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_35'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_36'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_37'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_38'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁfetch_account__mutmut['xǁOAuth1Clientǁfetch_account__mutmut_39'] = OAuth1Client.xǁOAuth1Clientǁfetch_account__mutmut_39 # type: ignore # mutmut generated

mutants_xǁOAuth1Clientǁrevoke__mutmut['_mutmut_orig'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_1'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_2'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_3'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_4'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_5'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_6'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_7'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_8'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_9'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_10'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_11'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_12'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_13'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_14'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_15'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_16'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_17'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_18'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_19'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_20'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_21'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_22'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_23'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_24'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth1Clientǁrevoke__mutmut['xǁOAuth1Clientǁrevoke__mutmut_25'] = OAuth1Client.xǁOAuth1Clientǁrevoke__mutmut_25 # type: ignore # mutmut generated
