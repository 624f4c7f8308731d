"""The parser that turns any token endpoint answer into a ``TokenSet``.

Providers answer JSON, form-encoded (GitHub without ``Accept``), with
``expires_in`` as a number, a string or not at all, and with a granted scope
that differs from the one asked for. The parser accepts what is safe, stores
the scope actually granted, and raises one specific error for everything
else, so a bad answer never overwrites a good stored token.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from tokenmgr.errors import (
    InvalidGrantError,
    NetworkError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.secret import Secret
from tokenmgr.values.tokens import TokenSet

if TYPE_CHECKING:
    from tokenmgr.oauth.http import HttpResponse

__all__ = ["MAX_LIFETIME", "TokenSet", "decode_body", "parse_token_response",
           "raise_for_oauth_error"]

MAX_LIFETIME = 10 * 365 * 24 * 3600  # beyond this an expires_in is nonsense: no expiry


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_decode_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_body__mutmut)
def decode_body(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_orig(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_1(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = None
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_2(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode(None, "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_3(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", None).strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_4(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_5(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", ).strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_6(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("XXutf-8XX", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_7(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("UTF-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_8(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "XXreplaceXX").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_9(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "REPLACE").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_10(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_11(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(None)
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_12(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") and text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_13(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith(None) or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_14(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("XXjsonXX") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_15(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("JSON") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_16(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:2] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_17(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] not in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_18(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "XX{[XX":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_19(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = None
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_20(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(None)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_21(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                None) from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_22(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text or "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_23(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "XX=XX" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_24(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" not in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_25(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "XX<XX" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_26(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_27(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:2]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_28(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = None
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_29(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(None)
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_30(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(None, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_31(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=None))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_32(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_33(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, ))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_34(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=False))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_35(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            None)
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_36(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type and 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_37(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'XXno content typeXX'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_38(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'NO CONTENT TYPE'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_39(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if isinstance(data, dict):
        raise TokenResponseError("The provider's answer is not a JSON object.")
    return data


def x_decode_body__mutmut_40(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError(None)
    return data


def x_decode_body__mutmut_41(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("XXThe provider's answer is not a JSON object.XX")
    return data


def x_decode_body__mutmut_42(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("the provider's answer is not a json object.")
    return data


def x_decode_body__mutmut_43(response: HttpResponse) -> dict[str, Any]:
    """JSON, or form-encoded as GitHub sends without ``Accept: application/json``."""
    text = response.body.decode("utf-8", "replace").strip()
    if not text:
        raise TokenResponseError(f"The provider sent an empty answer (HTTP {response.status}).")
    if response.content_type.endswith("json") or text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            raise TokenResponseError(
                f"The provider's answer is not valid JSON (HTTP {response.status}).") from None
    elif "=" in text and "<" not in text[:1]:
        data = dict(parse_qsl(text, keep_blank_values=True))
    else:
        raise TokenResponseError(
            f"The provider's answer is neither JSON nor form data (HTTP {response.status}, "
            f"{response.content_type or 'no content type'}).")
    if not isinstance(data, dict):
        raise TokenResponseError("THE PROVIDER'S ANSWER IS NOT A JSON OBJECT.")
    return data

mutants_x_decode_body__mutmut['_mutmut_orig'] = x_decode_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_1'] = x_decode_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_2'] = x_decode_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_3'] = x_decode_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_4'] = x_decode_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_5'] = x_decode_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_6'] = x_decode_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_7'] = x_decode_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_8'] = x_decode_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_9'] = x_decode_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_10'] = x_decode_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_11'] = x_decode_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_12'] = x_decode_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_13'] = x_decode_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_14'] = x_decode_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_15'] = x_decode_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_16'] = x_decode_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_17'] = x_decode_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_18'] = x_decode_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_19'] = x_decode_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_20'] = x_decode_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_21'] = x_decode_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_22'] = x_decode_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_23'] = x_decode_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_24'] = x_decode_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_25'] = x_decode_body__mutmut_25 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_26'] = x_decode_body__mutmut_26 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_27'] = x_decode_body__mutmut_27 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_28'] = x_decode_body__mutmut_28 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_29'] = x_decode_body__mutmut_29 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_30'] = x_decode_body__mutmut_30 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_31'] = x_decode_body__mutmut_31 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_32'] = x_decode_body__mutmut_32 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_33'] = x_decode_body__mutmut_33 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_34'] = x_decode_body__mutmut_34 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_35'] = x_decode_body__mutmut_35 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_36'] = x_decode_body__mutmut_36 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_37'] = x_decode_body__mutmut_37 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_38'] = x_decode_body__mutmut_38 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_39'] = x_decode_body__mutmut_39 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_40'] = x_decode_body__mutmut_40 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_41'] = x_decode_body__mutmut_41 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_42'] = x_decode_body__mutmut_42 # type: ignore # mutmut generated
mutants_x_decode_body__mutmut['x_decode_body__mutmut_43'] = x_decode_body__mutmut_43 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_raise_for_oauth_error__mutmut)
def raise_for_oauth_error(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_orig(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_1(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status > 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_2(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 501:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_3(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(None)
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_4(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None or isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_5(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_6(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = None
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_7(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["XXerrorXX"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_8(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["ERROR"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_9(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = None
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_10(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get(None)
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_11(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("XXerror_descriptionXX")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_12(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("ERROR_DESCRIPTION")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_13(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_14(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if (isinstance(description, str)) and False else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_15(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if (isinstance(description, str)) or True else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_16(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error != "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_17(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "XXinvalid_grantXX":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_18(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "INVALID_GRANT":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_19(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(None, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_20(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, None)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_21(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_22(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, )
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_23(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(None, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_24(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, None)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_25(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_26(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, )
    if not 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_27(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if 200 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_28(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 201 <= response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_29(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 < response.status < 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_30(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status <= 300:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_31(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 301:
        raise TokenResponseError(f"The token endpoint answered HTTP {response.status}.")


def x_raise_for_oauth_error__mutmut_32(response: HttpResponse, data: dict[str, Any] | None) -> None:
    if response.status >= 500:
        raise NetworkError(f"The provider had an internal error (HTTP {response.status}).")
    if data is not None and isinstance(data.get("error"), str):
        error = data["error"]
        description = data.get("error_description")
        description = description if isinstance(description, str) else None
        if error == "invalid_grant":
            raise InvalidGrantError(error, description)
        raise TokenEndpointError(error, description)
    if not 200 <= response.status < 300:
        raise TokenResponseError(None)

mutants_x_raise_for_oauth_error__mutmut['_mutmut_orig'] = x_raise_for_oauth_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_1'] = x_raise_for_oauth_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_2'] = x_raise_for_oauth_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_3'] = x_raise_for_oauth_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_4'] = x_raise_for_oauth_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_5'] = x_raise_for_oauth_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_6'] = x_raise_for_oauth_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_7'] = x_raise_for_oauth_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_8'] = x_raise_for_oauth_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_9'] = x_raise_for_oauth_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_10'] = x_raise_for_oauth_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_11'] = x_raise_for_oauth_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_12'] = x_raise_for_oauth_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_13'] = x_raise_for_oauth_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_14'] = x_raise_for_oauth_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_15'] = x_raise_for_oauth_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_16'] = x_raise_for_oauth_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_17'] = x_raise_for_oauth_error__mutmut_17 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_18'] = x_raise_for_oauth_error__mutmut_18 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_19'] = x_raise_for_oauth_error__mutmut_19 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_20'] = x_raise_for_oauth_error__mutmut_20 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_21'] = x_raise_for_oauth_error__mutmut_21 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_22'] = x_raise_for_oauth_error__mutmut_22 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_23'] = x_raise_for_oauth_error__mutmut_23 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_24'] = x_raise_for_oauth_error__mutmut_24 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_25'] = x_raise_for_oauth_error__mutmut_25 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_26'] = x_raise_for_oauth_error__mutmut_26 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_27'] = x_raise_for_oauth_error__mutmut_27 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_28'] = x_raise_for_oauth_error__mutmut_28 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_29'] = x_raise_for_oauth_error__mutmut_29 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_30'] = x_raise_for_oauth_error__mutmut_30 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_31'] = x_raise_for_oauth_error__mutmut_31 # type: ignore # mutmut generated
mutants_x_raise_for_oauth_error__mutmut['x_raise_for_oauth_error__mutmut_32'] = x_raise_for_oauth_error__mutmut_32 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__expires_at__mutmut)
def _expires_at(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_orig(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_1(value: Any, now: float) -> float | None:
    if isinstance(value, bool) and value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_2(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is not None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_3(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = None
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_4(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(None)
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_5(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) and not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_6(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_7(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_8(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(None):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_9(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value >= MAX_LIFETIME:
        return None
    return now + max(0.0, float(value))


def x__expires_at__mutmut_10(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now - max(0.0, float(value))


def x__expires_at__mutmut_11(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(None, float(value))


def x__expires_at__mutmut_12(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, None)


def x__expires_at__mutmut_13(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(float(value))


def x__expires_at__mutmut_14(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, )


def x__expires_at__mutmut_15(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(1.0, float(value))


def x__expires_at__mutmut_16(value: Any, now: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if value > MAX_LIFETIME:
        return None
    return now + max(0.0, float(None))

mutants_x__expires_at__mutmut['_mutmut_orig'] = x__expires_at__mutmut_orig # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_1'] = x__expires_at__mutmut_1 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_2'] = x__expires_at__mutmut_2 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_3'] = x__expires_at__mutmut_3 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_4'] = x__expires_at__mutmut_4 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_5'] = x__expires_at__mutmut_5 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_6'] = x__expires_at__mutmut_6 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_7'] = x__expires_at__mutmut_7 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_8'] = x__expires_at__mutmut_8 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_9'] = x__expires_at__mutmut_9 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_10'] = x__expires_at__mutmut_10 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_11'] = x__expires_at__mutmut_11 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_12'] = x__expires_at__mutmut_12 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_13'] = x__expires_at__mutmut_13 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_14'] = x__expires_at__mutmut_14 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_15'] = x__expires_at__mutmut_15 # type: ignore # mutmut generated
mutants_x__expires_at__mutmut['x__expires_at__mutmut_16'] = x__expires_at__mutmut_16 # type: ignore # mutmut generated
mutants_x__scopes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__scopes__mutmut)
def _scopes(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", " ").split() if s)
    return requested


def x__scopes__mutmut_orig(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", " ").split() if s)
    return requested


def x__scopes__mutmut_1(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is not None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", " ").split() if s)
    return requested


def x__scopes__mutmut_2(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(None)
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", " ").split() if s)
    return requested


def x__scopes__mutmut_3(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(None) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", " ").split() if s)
    return requested


def x__scopes__mutmut_4(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(None))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", " ").split() if s)
    return requested


def x__scopes__mutmut_5(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(None)
    return requested


def x__scopes__mutmut_6(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(None, " ").split() if s)
    return requested


def x__scopes__mutmut_7(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", None).split() if s)
    return requested


def x__scopes__mutmut_8(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(" ").split() if s)
    return requested


def x__scopes__mutmut_9(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", ).split() if s)
    return requested


def x__scopes__mutmut_10(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace("XX,XX", " ").split() if s)
    return requested


def x__scopes__mutmut_11(value: Any, requested: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return requested  # RFC 6749 5.1: omitted means as requested
    if isinstance(value, list):
        return tuple(str(s) for s in value if str(s))
    if isinstance(value, str):
        return tuple(s for s in value.replace(",", "XX XX").split() if s)
    return requested

mutants_x__scopes__mutmut['_mutmut_orig'] = x__scopes__mutmut_orig # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_1'] = x__scopes__mutmut_1 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_2'] = x__scopes__mutmut_2 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_3'] = x__scopes__mutmut_3 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_4'] = x__scopes__mutmut_4 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_5'] = x__scopes__mutmut_5 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_6'] = x__scopes__mutmut_6 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_7'] = x__scopes__mutmut_7 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_8'] = x__scopes__mutmut_8 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_9'] = x__scopes__mutmut_9 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_10'] = x__scopes__mutmut_10 # type: ignore # mutmut generated
mutants_x__scopes__mutmut['x__scopes__mutmut_11'] = x__scopes__mutmut_11 # type: ignore # mutmut generated
mutants_x__token_type__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__token_type__mutmut)
def _token_type(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_orig(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_1(value: Any) -> str:
    if value is not None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_2(value: Any) -> str:
    if value is None:
        return "XXBearerXX"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_3(value: Any) -> str:
    if value is None:
        return "bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_4(value: Any) -> str:
    if value is None:
        return "BEARER"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_5(value: Any) -> str:
    if value is None:
        return "Bearer"
    if isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_6(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError(None)
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_7(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("XXThe token_type in the provider's answer is not a string.XX")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_8(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("the token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_9(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("THE TOKEN_TYPE IN THE PROVIDER'S ANSWER IS NOT A STRING.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_10(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = None
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_11(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().upper()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_12(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered != "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_13(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "XXbearerXX":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_14(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "BEARER":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_15(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "XXBearerXX"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_16(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_17(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "BEARER"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_18(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered != "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_19(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "XXdpopXX":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_20(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "DPOP":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_21(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError(None)
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_22(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("XXThe provider issued a DPoP-bound token; tokenmgr supports XX"
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_23(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("the provider issued a dpop-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_24(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("THE PROVIDER ISSUED A DPOP-BOUND TOKEN; TOKENMGR SUPPORTS "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_25(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "XXbearer tokens only.XX")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_26(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "BEARER TOKENS ONLY.")
    raise TokenResponseError(f"Unsupported token_type {value[:40]!r}; only bearer is supported.")


def x__token_type__mutmut_27(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(None)


def x__token_type__mutmut_28(value: Any) -> str:
    if value is None:
        return "Bearer"
    if not isinstance(value, str):
        raise TokenResponseError("The token_type in the provider's answer is not a string.")
    lowered = value.strip().lower()
    if lowered == "bearer":
        return "Bearer"
    if lowered == "dpop":
        raise TokenResponseError("The provider issued a DPoP-bound token; tokenmgr supports "
                                 "bearer tokens only.")
    raise TokenResponseError(f"Unsupported token_type {value[:41]!r}; only bearer is supported.")

mutants_x__token_type__mutmut['_mutmut_orig'] = x__token_type__mutmut_orig # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_1'] = x__token_type__mutmut_1 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_2'] = x__token_type__mutmut_2 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_3'] = x__token_type__mutmut_3 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_4'] = x__token_type__mutmut_4 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_5'] = x__token_type__mutmut_5 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_6'] = x__token_type__mutmut_6 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_7'] = x__token_type__mutmut_7 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_8'] = x__token_type__mutmut_8 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_9'] = x__token_type__mutmut_9 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_10'] = x__token_type__mutmut_10 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_11'] = x__token_type__mutmut_11 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_12'] = x__token_type__mutmut_12 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_13'] = x__token_type__mutmut_13 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_14'] = x__token_type__mutmut_14 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_15'] = x__token_type__mutmut_15 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_16'] = x__token_type__mutmut_16 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_17'] = x__token_type__mutmut_17 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_18'] = x__token_type__mutmut_18 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_19'] = x__token_type__mutmut_19 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_20'] = x__token_type__mutmut_20 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_21'] = x__token_type__mutmut_21 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_22'] = x__token_type__mutmut_22 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_23'] = x__token_type__mutmut_23 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_24'] = x__token_type__mutmut_24 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_25'] = x__token_type__mutmut_25 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_26'] = x__token_type__mutmut_26 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_27'] = x__token_type__mutmut_27 # type: ignore # mutmut generated
mutants_x__token_type__mutmut['x__token_type__mutmut_28'] = x__token_type__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_token_response__mutmut)
def parse_token_response(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_orig(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_1(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = None
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_2(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(None)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_3(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(None, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_4(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_5(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, )
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_6(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(None, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_7(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, None)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_8(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_9(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, )
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_10(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = None
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_11(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get(None)
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_12(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("XXaccess_tokenXX")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_13(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("ACCESS_TOKEN")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_14(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) and not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_15(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_16(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_17(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError(None)
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_18(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("XXThe provider's answer has no access_token.XX")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_19(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("the provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_20(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("THE PROVIDER'S ANSWER HAS NO ACCESS_TOKEN.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_21(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = None
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_22(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get(None)
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_23(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("XXrefresh_tokenXX")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_24(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("REFRESH_TOKEN")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_25(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = None
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_26(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get(None)
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_27(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("XXid_tokenXX")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_28(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("ID_TOKEN")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_29(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=None,
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_30(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=None,
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_31(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_32(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=None,
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_33(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=None,
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_34(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=None,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_35(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=None,
    )


def x_parse_token_response__mutmut_36(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_37(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_38(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_39(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_40(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_41(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_42(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        )


def x_parse_token_response__mutmut_43(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(None),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_44(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(None),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_45(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get(None)),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_46(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("XXtoken_typeXX")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_47(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("TOKEN_TYPE")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_48(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if (isinstance(refresh, str) and refresh) and False else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_49(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if (isinstance(refresh, str) and refresh) or True else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_50(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(None) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_51(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) or refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_52(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(None, now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_53(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), None),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_54(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_55(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), ),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_56(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get(None), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_57(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("XXexpires_inXX"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_58(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("EXPIRES_IN"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_59(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(None, requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_60(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), None),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_61(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_62(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), ),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_63(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get(None), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_64(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("XXscopeXX"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_65(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("SCOPE"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_66(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if (isinstance(id_token, str) and id_token) and False else None,
    )


def x_parse_token_response__mutmut_67(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if (isinstance(id_token, str) and id_token) or True else None,
    )


def x_parse_token_response__mutmut_68(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(None) if isinstance(id_token, str) and id_token else None,
    )


def x_parse_token_response__mutmut_69(
    response: HttpResponse, *, requested_scopes: tuple[str, ...], now: float
) -> TokenSet:
    try:
        data = decode_body(response)
    except TokenResponseError:
        raise_for_oauth_error(response, None)
        raise
    raise_for_oauth_error(response, data)
    access = data.get("access_token")
    if not isinstance(access, str) or not access.strip():
        raise TokenResponseError("The provider's answer has no access_token.")
    refresh = data.get("refresh_token")
    id_token = data.get("id_token")
    return TokenSet(
        access_token=Secret(access.strip()),
        token_type=_token_type(data.get("token_type")),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=_expires_at(data.get("expires_in"), now),
        scopes=_scopes(data.get("scope"), requested_scopes),
        obtained_at=now,
        id_token=Secret(id_token) if isinstance(id_token, str) or id_token else None,
    )

mutants_x_parse_token_response__mutmut['_mutmut_orig'] = x_parse_token_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_1'] = x_parse_token_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_2'] = x_parse_token_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_3'] = x_parse_token_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_4'] = x_parse_token_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_5'] = x_parse_token_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_6'] = x_parse_token_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_7'] = x_parse_token_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_8'] = x_parse_token_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_9'] = x_parse_token_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_10'] = x_parse_token_response__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_11'] = x_parse_token_response__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_12'] = x_parse_token_response__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_13'] = x_parse_token_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_14'] = x_parse_token_response__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_15'] = x_parse_token_response__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_16'] = x_parse_token_response__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_17'] = x_parse_token_response__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_18'] = x_parse_token_response__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_19'] = x_parse_token_response__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_20'] = x_parse_token_response__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_21'] = x_parse_token_response__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_22'] = x_parse_token_response__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_23'] = x_parse_token_response__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_24'] = x_parse_token_response__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_25'] = x_parse_token_response__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_26'] = x_parse_token_response__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_27'] = x_parse_token_response__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_28'] = x_parse_token_response__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_29'] = x_parse_token_response__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_30'] = x_parse_token_response__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_31'] = x_parse_token_response__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_32'] = x_parse_token_response__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_33'] = x_parse_token_response__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_34'] = x_parse_token_response__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_35'] = x_parse_token_response__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_36'] = x_parse_token_response__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_37'] = x_parse_token_response__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_38'] = x_parse_token_response__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_39'] = x_parse_token_response__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_40'] = x_parse_token_response__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_41'] = x_parse_token_response__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_42'] = x_parse_token_response__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_43'] = x_parse_token_response__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_44'] = x_parse_token_response__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_45'] = x_parse_token_response__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_46'] = x_parse_token_response__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_47'] = x_parse_token_response__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_48'] = x_parse_token_response__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_49'] = x_parse_token_response__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_50'] = x_parse_token_response__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_51'] = x_parse_token_response__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_52'] = x_parse_token_response__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_53'] = x_parse_token_response__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_54'] = x_parse_token_response__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_55'] = x_parse_token_response__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_56'] = x_parse_token_response__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_57'] = x_parse_token_response__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_58'] = x_parse_token_response__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_59'] = x_parse_token_response__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_60'] = x_parse_token_response__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_61'] = x_parse_token_response__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_62'] = x_parse_token_response__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_63'] = x_parse_token_response__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_64'] = x_parse_token_response__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_65'] = x_parse_token_response__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_66'] = x_parse_token_response__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_67'] = x_parse_token_response__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_68'] = x_parse_token_response__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_69'] = x_parse_token_response__mutmut_69 # type: ignore # mutmut generated
