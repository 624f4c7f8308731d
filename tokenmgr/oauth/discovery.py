"""Authorization-server metadata (RFC 8414 / OpenID Connect Discovery).

A provider may give only ``discovery_url`` (a company's own OpenID provider):
the endpoints it leaves out are filled from the metadata, and when the
metadata advertises ``authorization_response_iss_parameter_supported`` the
redirect must carry that ``iss`` (RFC 9207, SECURITY 10). Fetching is network
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


def _cache_file(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir / "discovery" / f"{provider.id}.json"


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


def fetch_metadata(http: HttpClient, url: str) -> dict[str, Any]:
    response = http.request("GET", url, headers={"Accept": "application/json"})
    if response.status != 200:
        raise TokenResponseError(f"The provider's metadata answered HTTP {response.status}.")
    data = response.json()
    if not isinstance(data, dict):
        raise TokenResponseError("The provider's metadata is not a JSON object.")
    return data


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
