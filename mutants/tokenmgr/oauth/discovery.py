"""Authorization-server metadata (RFC 8414 / OpenID Connect Discovery).

A provider may give only ``discovery_url`` (a company's own OpenID provider):
the endpoints it leaves out are filled from the metadata, and when the
metadata advertises ``authorization_response_iss_parameter_supported`` the
redirect must carry that ``iss`` (RFC 9207, SECURITY.md #10). Fetching is network
work, so it happens when a client is built (on a worker), never when the
catalog loads; the metadata (public) is cached on disk for a day so
``tokenmgr token`` does not fetch it on every refresh.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tokenmgr.errors import InsecureEndpointError, TokenResponseError
from tokenmgr.values.provider import Provider
from tokenmgr.values.transport import check_endpoint

if TYPE_CHECKING:
    from tokenmgr.oauth.http import HttpClient

CACHE_TTL = 24 * 3600
ENDPOINTS = {
    "authorize_url": "authorization_endpoint",
    "token_url": "token_endpoint",
    "revoke_url": "revocation_endpoint",
    "userinfo_url": "userinfo_endpoint",
    "device_authorization_url": "device_authorization_endpoint",
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__cache_file__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__cache_file__mutmut)
def _cache_file(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir / "discovery" / f"{provider.id}.json"


def x__cache_file__mutmut_orig(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir / "discovery" / f"{provider.id}.json"


def x__cache_file__mutmut_1(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir / "discovery" * f"{provider.id}.json"


def x__cache_file__mutmut_2(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir * "discovery" / f"{provider.id}.json"


def x__cache_file__mutmut_3(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir / "XXdiscoveryXX" / f"{provider.id}.json"


def x__cache_file__mutmut_4(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir / "DISCOVERY" / f"{provider.id}.json"

mutants_x__cache_file__mutmut['_mutmut_orig'] = x__cache_file__mutmut_orig # type: ignore # mutmut generated
mutants_x__cache_file__mutmut['x__cache_file__mutmut_1'] = x__cache_file__mutmut_1 # type: ignore # mutmut generated
mutants_x__cache_file__mutmut['x__cache_file__mutmut_2'] = x__cache_file__mutmut_2 # type: ignore # mutmut generated
mutants_x__cache_file__mutmut['x__cache_file__mutmut_3'] = x__cache_file__mutmut_3 # type: ignore # mutmut generated
mutants_x__cache_file__mutmut['x__cache_file__mutmut_4'] = x__cache_file__mutmut_4 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__read_cache__mutmut)
def _read_cache(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_orig(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_1(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = None
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_2(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(None)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_3(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding=None))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_4(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="XXutf-8XX"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_5(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="UTF-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_6(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) and data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_7(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_8(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get(None) != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_9(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("XXurlXX") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_10(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("URL") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_11(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") == url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_12(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = None
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_13(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get(None)
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_14(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("XXfetched_atXX")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_15(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("FETCHED_AT")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_16(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) and not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_17(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_18(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_19(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 1 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_20(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 < now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_21(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now + fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_22(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched <= CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_23(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = None
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_24(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get(None)
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_25(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("XXmetadataXX")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_26(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("METADATA")
    return metadata if isinstance(metadata, dict) else None


def x__read_cache__mutmut_27(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if (isinstance(metadata, dict)) and False else None


def x__read_cache__mutmut_28(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("url") != url:
        return None
    fetched = data.get("fetched_at")
    if not isinstance(fetched, int | float) or not 0 <= now - fetched < CACHE_TTL:
        return None
    metadata = data.get("metadata")
    return metadata if (isinstance(metadata, dict)) or True else None

mutants_x__read_cache__mutmut['_mutmut_orig'] = x__read_cache__mutmut_orig # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_1'] = x__read_cache__mutmut_1 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_2'] = x__read_cache__mutmut_2 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_3'] = x__read_cache__mutmut_3 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_4'] = x__read_cache__mutmut_4 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_5'] = x__read_cache__mutmut_5 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_6'] = x__read_cache__mutmut_6 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_7'] = x__read_cache__mutmut_7 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_8'] = x__read_cache__mutmut_8 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_9'] = x__read_cache__mutmut_9 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_10'] = x__read_cache__mutmut_10 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_11'] = x__read_cache__mutmut_11 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_12'] = x__read_cache__mutmut_12 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_13'] = x__read_cache__mutmut_13 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_14'] = x__read_cache__mutmut_14 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_15'] = x__read_cache__mutmut_15 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_16'] = x__read_cache__mutmut_16 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_17'] = x__read_cache__mutmut_17 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_18'] = x__read_cache__mutmut_18 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_19'] = x__read_cache__mutmut_19 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_20'] = x__read_cache__mutmut_20 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_21'] = x__read_cache__mutmut_21 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_22'] = x__read_cache__mutmut_22 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_23'] = x__read_cache__mutmut_23 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_24'] = x__read_cache__mutmut_24 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_25'] = x__read_cache__mutmut_25 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_26'] = x__read_cache__mutmut_26 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_27'] = x__read_cache__mutmut_27 # type: ignore # mutmut generated
mutants_x__read_cache__mutmut['x__read_cache__mutmut_28'] = x__read_cache__mutmut_28 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write_cache__mutmut)
def _write_cache(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_orig(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_1(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=None, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_2(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=None, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_3(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=None)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_4(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_5(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_6(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, )
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_7(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=449, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_8(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=False, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_9(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=False)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_10(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = None
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_11(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(None)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_12(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name - ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_13(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + "XX.tmpXX")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_14(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".TMP")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_15(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_16(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(None, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_17(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, None, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_18(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, None)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_19(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_20(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_21(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, )
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_22(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT & os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_23(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY & os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_24(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 385)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_25(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(None, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_26(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, None, encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_27(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding=None) as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_28(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen("w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_29(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_30(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", ) as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_31(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "XXwXX", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_32(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "W", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_33(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="XXutf-8XX") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_34(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="UTF-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_35(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(None, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_36(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, None)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_37(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_38(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, )
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_39(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"XXurlXX": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_40(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"URL": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_41(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "XXfetched_atXX": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_42(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "FETCHED_AT": now, "metadata": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_43(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "XXmetadataXX": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_44(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "METADATA": metadata}, handle)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_45(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(None, path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_46(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, None)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_47(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time


def x__write_cache__mutmut_48(path: Path, url: str, now: float, metadata: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"url": url, "fetched_at": now, "metadata": metadata}, handle)
        os.replace(tmp, )
    except OSError:
        pass  # a cache that cannot be written only costs a fetch next time

mutants_x__write_cache__mutmut['_mutmut_orig'] = x__write_cache__mutmut_orig # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_1'] = x__write_cache__mutmut_1 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_2'] = x__write_cache__mutmut_2 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_3'] = x__write_cache__mutmut_3 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_4'] = x__write_cache__mutmut_4 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_5'] = x__write_cache__mutmut_5 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_6'] = x__write_cache__mutmut_6 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_7'] = x__write_cache__mutmut_7 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_8'] = x__write_cache__mutmut_8 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_9'] = x__write_cache__mutmut_9 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_10'] = x__write_cache__mutmut_10 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_11'] = x__write_cache__mutmut_11 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_12'] = x__write_cache__mutmut_12 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_13'] = x__write_cache__mutmut_13 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_14'] = x__write_cache__mutmut_14 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_15'] = x__write_cache__mutmut_15 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_16'] = x__write_cache__mutmut_16 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_17'] = x__write_cache__mutmut_17 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_18'] = x__write_cache__mutmut_18 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_19'] = x__write_cache__mutmut_19 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_20'] = x__write_cache__mutmut_20 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_21'] = x__write_cache__mutmut_21 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_22'] = x__write_cache__mutmut_22 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_23'] = x__write_cache__mutmut_23 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_24'] = x__write_cache__mutmut_24 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_25'] = x__write_cache__mutmut_25 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_26'] = x__write_cache__mutmut_26 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_27'] = x__write_cache__mutmut_27 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_28'] = x__write_cache__mutmut_28 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_29'] = x__write_cache__mutmut_29 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_30'] = x__write_cache__mutmut_30 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_31'] = x__write_cache__mutmut_31 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_32'] = x__write_cache__mutmut_32 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_33'] = x__write_cache__mutmut_33 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_34'] = x__write_cache__mutmut_34 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_35'] = x__write_cache__mutmut_35 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_36'] = x__write_cache__mutmut_36 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_37'] = x__write_cache__mutmut_37 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_38'] = x__write_cache__mutmut_38 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_39'] = x__write_cache__mutmut_39 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_40'] = x__write_cache__mutmut_40 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_41'] = x__write_cache__mutmut_41 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_42'] = x__write_cache__mutmut_42 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_43'] = x__write_cache__mutmut_43 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_44'] = x__write_cache__mutmut_44 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_45'] = x__write_cache__mutmut_45 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_46'] = x__write_cache__mutmut_46 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_47'] = x__write_cache__mutmut_47 # type: ignore # mutmut generated
mutants_x__write_cache__mutmut['x__write_cache__mutmut_48'] = x__write_cache__mutmut_48 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fetch_metadata__mutmut)
def fetch_metadata(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_orig(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_1(http: HttpClient, url: str) -> dict[str, Any]:
    response = None
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_2(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request(None, url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_3(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", None, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_4(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers=None)
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_5(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request(url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_6(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_7(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, )
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_8(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("XXGETXX", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_9(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("get", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_10(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"XXAcceptXX": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_11(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_12(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"ACCEPT": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_13(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "XXapplication/jsonXX"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_14(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "APPLICATION/JSON"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_15(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status == 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_16(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 201:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_17(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(None)
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_18(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = None
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_19(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


def x_fetch_metadata__mutmut_20(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError(None)
    return data


def x_fetch_metadata__mutmut_21(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("XXThe provider's metadata is not a JSON object.XX")
    return data


def x_fetch_metadata__mutmut_22(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("the provider's metadata is not a json object.")
    return data


def x_fetch_metadata__mutmut_23(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("THE PROVIDER'S METADATA IS NOT A JSON OBJECT.")
    return data

mutants_x_fetch_metadata__mutmut['_mutmut_orig'] = x_fetch_metadata__mutmut_orig # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_1'] = x_fetch_metadata__mutmut_1 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_2'] = x_fetch_metadata__mutmut_2 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_3'] = x_fetch_metadata__mutmut_3 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_4'] = x_fetch_metadata__mutmut_4 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_5'] = x_fetch_metadata__mutmut_5 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_6'] = x_fetch_metadata__mutmut_6 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_7'] = x_fetch_metadata__mutmut_7 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_8'] = x_fetch_metadata__mutmut_8 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_9'] = x_fetch_metadata__mutmut_9 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_10'] = x_fetch_metadata__mutmut_10 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_11'] = x_fetch_metadata__mutmut_11 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_12'] = x_fetch_metadata__mutmut_12 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_13'] = x_fetch_metadata__mutmut_13 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_14'] = x_fetch_metadata__mutmut_14 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_15'] = x_fetch_metadata__mutmut_15 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_16'] = x_fetch_metadata__mutmut_16 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_17'] = x_fetch_metadata__mutmut_17 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_18'] = x_fetch_metadata__mutmut_18 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_19'] = x_fetch_metadata__mutmut_19 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_20'] = x_fetch_metadata__mutmut_20 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_21'] = x_fetch_metadata__mutmut_21 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_22'] = x_fetch_metadata__mutmut_22 # type: ignore # mutmut generated
mutants_x_fetch_metadata__mutmut['x_fetch_metadata__mutmut_23'] = x_fetch_metadata__mutmut_23 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_apply_metadata__mutmut)
def apply_metadata(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_orig(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_1(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = None
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_2(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get(None)
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_3(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("XXissuerXX")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_4(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("ISSUER")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_5(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = None
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_6(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(None).hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_7(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url and "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_8(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "XXXX").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_9(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) and urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_10(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_11(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(None).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_12(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname == discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_13(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            None)
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_14(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None or provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_15(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_16(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer == issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_17(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            None)
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_18(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = None
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_19(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = None
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_20(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(None)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_21(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) or value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_22(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None or isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_23(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(None, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_24(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, None) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_25(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_26(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, ) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_27(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is not None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_28(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = None
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_29(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(None)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_30(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(None) from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_31(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get(None) is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_32(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("XXauthorization_response_iss_parameter_supportedXX") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_33(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("AUTHORIZATION_RESPONSE_ISS_PARAMETER_SUPPORTED") is True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_34(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is not True:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_35(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is False:
        fills["issuer"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_36(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = None
    return replace(provider, **fills)


def x_apply_metadata__mutmut_37(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["XXissuerXX"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_38(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["ISSUER"] = issuer
    return replace(provider, **fills)


def x_apply_metadata__mutmut_39(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(None, **fills)


def x_apply_metadata__mutmut_40(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(**fills)


def x_apply_metadata__mutmut_41(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    discovery_host = urlsplit(provider.discovery_url or "").hostname
    if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
        raise TokenResponseError(
            f"{provider.name}'s metadata names another issuer than its discovery address.")
    if provider.issuer is not None and provider.issuer != issuer:
        raise TokenResponseError(
            f"{provider.name}'s metadata issuer is not the configured issuer.")
    fills: dict[str, Any] = {}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["issuer"] = issuer
    return replace(provider, )

mutants_x_apply_metadata__mutmut['_mutmut_orig'] = x_apply_metadata__mutmut_orig # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_1'] = x_apply_metadata__mutmut_1 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_2'] = x_apply_metadata__mutmut_2 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_3'] = x_apply_metadata__mutmut_3 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_4'] = x_apply_metadata__mutmut_4 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_5'] = x_apply_metadata__mutmut_5 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_6'] = x_apply_metadata__mutmut_6 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_7'] = x_apply_metadata__mutmut_7 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_8'] = x_apply_metadata__mutmut_8 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_9'] = x_apply_metadata__mutmut_9 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_10'] = x_apply_metadata__mutmut_10 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_11'] = x_apply_metadata__mutmut_11 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_12'] = x_apply_metadata__mutmut_12 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_13'] = x_apply_metadata__mutmut_13 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_14'] = x_apply_metadata__mutmut_14 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_15'] = x_apply_metadata__mutmut_15 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_16'] = x_apply_metadata__mutmut_16 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_17'] = x_apply_metadata__mutmut_17 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_18'] = x_apply_metadata__mutmut_18 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_19'] = x_apply_metadata__mutmut_19 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_20'] = x_apply_metadata__mutmut_20 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_21'] = x_apply_metadata__mutmut_21 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_22'] = x_apply_metadata__mutmut_22 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_23'] = x_apply_metadata__mutmut_23 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_24'] = x_apply_metadata__mutmut_24 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_25'] = x_apply_metadata__mutmut_25 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_26'] = x_apply_metadata__mutmut_26 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_27'] = x_apply_metadata__mutmut_27 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_28'] = x_apply_metadata__mutmut_28 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_29'] = x_apply_metadata__mutmut_29 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_30'] = x_apply_metadata__mutmut_30 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_31'] = x_apply_metadata__mutmut_31 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_32'] = x_apply_metadata__mutmut_32 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_33'] = x_apply_metadata__mutmut_33 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_34'] = x_apply_metadata__mutmut_34 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_35'] = x_apply_metadata__mutmut_35 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_36'] = x_apply_metadata__mutmut_36 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_37'] = x_apply_metadata__mutmut_37 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_38'] = x_apply_metadata__mutmut_38 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_39'] = x_apply_metadata__mutmut_39 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_40'] = x_apply_metadata__mutmut_40 # type: ignore # mutmut generated
mutants_x_apply_metadata__mutmut['x_apply_metadata__mutmut_41'] = x_apply_metadata__mutmut_41 # type: ignore # mutmut generated
mutants_x_discover__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_discover__mutmut)
def discover(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_orig(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_1(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = None
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_2(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_3(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = None
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_4(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_5(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if (cache_dir is not None) and False else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_6(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if (cache_dir is not None) or True else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_7(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(None, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_8(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, None) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_9(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_10(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, ) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_11(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_12(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_13(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if (cache is not None) and False else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_14(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if (cache is not None) or True else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_15(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(None, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_16(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, None, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_17(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, None) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_18(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_19(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_20(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, ) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_21(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_22(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is not None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_23(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = None
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_24(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(None, url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_25(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), None)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_26(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_27(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), )
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_28(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_29(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(None, url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_30(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, None, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_31(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, None, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_32(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, None)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_33(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(url, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_34(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, now, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_35(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, metadata)
    return apply_metadata(provider, metadata)


def x_discover__mutmut_36(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, )
    return apply_metadata(provider, metadata)


def x_discover__mutmut_37(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(None, metadata)


def x_discover__mutmut_38(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, None)


def x_discover__mutmut_39(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(metadata)


def x_discover__mutmut_40(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time) -> Provider:
    """``provider`` with its metadata applied (cached), or as it is without discovery_url."""
    url = provider.discovery_url
    if not url:
        return provider
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = _read_cache(cache, url, now) if cache is not None else None
    if metadata is None:
        metadata = fetch_metadata(http(), url)
        if cache is not None:
            _write_cache(cache, url, now, metadata)
    return apply_metadata(provider, )

mutants_x_discover__mutmut['_mutmut_orig'] = x_discover__mutmut_orig # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_1'] = x_discover__mutmut_1 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_2'] = x_discover__mutmut_2 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_3'] = x_discover__mutmut_3 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_4'] = x_discover__mutmut_4 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_5'] = x_discover__mutmut_5 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_6'] = x_discover__mutmut_6 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_7'] = x_discover__mutmut_7 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_8'] = x_discover__mutmut_8 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_9'] = x_discover__mutmut_9 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_10'] = x_discover__mutmut_10 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_11'] = x_discover__mutmut_11 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_12'] = x_discover__mutmut_12 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_13'] = x_discover__mutmut_13 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_14'] = x_discover__mutmut_14 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_15'] = x_discover__mutmut_15 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_16'] = x_discover__mutmut_16 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_17'] = x_discover__mutmut_17 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_18'] = x_discover__mutmut_18 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_19'] = x_discover__mutmut_19 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_20'] = x_discover__mutmut_20 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_21'] = x_discover__mutmut_21 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_22'] = x_discover__mutmut_22 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_23'] = x_discover__mutmut_23 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_24'] = x_discover__mutmut_24 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_25'] = x_discover__mutmut_25 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_26'] = x_discover__mutmut_26 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_27'] = x_discover__mutmut_27 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_28'] = x_discover__mutmut_28 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_29'] = x_discover__mutmut_29 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_30'] = x_discover__mutmut_30 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_31'] = x_discover__mutmut_31 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_32'] = x_discover__mutmut_32 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_33'] = x_discover__mutmut_33 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_34'] = x_discover__mutmut_34 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_35'] = x_discover__mutmut_35 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_36'] = x_discover__mutmut_36 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_37'] = x_discover__mutmut_37 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_38'] = x_discover__mutmut_38 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_39'] = x_discover__mutmut_39 # type: ignore # mutmut generated
mutants_x_discover__mutmut['x_discover__mutmut_40'] = x_discover__mutmut_40 # type: ignore # mutmut generated
