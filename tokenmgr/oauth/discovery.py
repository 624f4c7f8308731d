"""Authorization-server metadata (RFC 8414 / OpenID Connect Discovery).

A provider may give only ``issuer`` (a company's own OpenID provider): the
metadata is read from ``{issuer}/.well-known/openid-configuration``, falling
back to RFC 8414's ``/.well-known/oauth-authorization-server`` (inserted before
the issuer's path), and its ``issuer`` must equal the configured one byte for
byte. A ``discovery_url`` may name the document directly instead.
The endpoints the configuration leaves out are filled from the metadata, and when the
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
from types import MappingProxyType
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
    "jwks_uri": "jwks_uri",
}
# Shown by "Other provider…" and kept on the Provider for display, never trusted blindly.
SHOWN = ("code_challenge_methods_supported", "grant_types_supported",
         "authorization_response_iss_parameter_supported",
         "id_token_signing_alg_values_supported", "scopes_supported")
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def rfc8414_url(issuer: str) -> str:
    """RFC 8414 section 3: the well-known segment goes between host and path."""
    parts = urlsplit(issuer)
    path = parts.path.rstrip("/")
    return f"{parts.scheme}://{parts.netloc}/.well-known/oauth-authorization-server{path}"


def candidate_urls(provider: Provider) -> list[str]:
    if provider.discovery_url:
        return [provider.discovery_url]
    if not provider.issuer:
        return []
    return [provider.issuer.rstrip("/") + "/.well-known/openid-configuration",
            rfc8414_url(provider.issuer)]


def _cache_file(cache_dir: Path, provider: Provider) -> Path:
    return cache_dir / "discovery" / f"{provider.id}.json"


def _read_cache(path: Path, url: str, now: float) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_bytes())  # written as ASCII JSON (json's default)
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
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps({"url": url, "fetched_at": now, "metadata": metadata})
                         .encode())
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


def fetch_first(http: HttpClient, urls: list[str]) -> tuple[str, dict[str, Any]]:
    """The first of ``urls`` that answers a metadata document (OIDC, then RFC 8414)."""
    last: TokenResponseError | None = None
    for url in urls:
        try:
            return url, fetch_metadata(http, url)
        except TokenResponseError as exc:
            last = exc
    raise last or TokenResponseError("No metadata address is known.")


def apply_metadata(provider: Provider, metadata: dict[str, Any]) -> Provider:
    """Fill the endpoints the provider's own config leaves out; require RFC 9207 ``iss``
    when advertised. The metadata's issuer must live on the discovery URL's host."""
    issuer = metadata.get("issuer")
    if provider.issuer is not None:
        if issuer != provider.issuer:  # byte for byte, trailing slash included
            raise TokenResponseError(
                f"{provider.name}'s metadata names another issuer ({str(issuer)[:120]!r}) "
                f"than the configured {provider.issuer!r}; refusing it.")
    else:
        discovery_host = urlsplit(provider.discovery_url or "").hostname
        if not isinstance(issuer, str) or urlsplit(issuer).hostname != discovery_host:
            raise TokenResponseError(
                f"{provider.name}'s metadata names another issuer than its discovery address.")
    fills: dict[str, Any] = {"issuer": issuer,
                             "metadata": MappingProxyType({k: metadata[k] for k in SHOWN
                                                          if k in metadata})}
    for field_name, key in ENDPOINTS.items():
        value = metadata.get(key)
        if getattr(provider, field_name) is None and isinstance(value, str) and value:
            try:
                fills[field_name] = check_endpoint(value)
            except InsecureEndpointError as exc:
                raise TokenResponseError(f"{provider.name}'s metadata: {exc}") from None
    if metadata.get("authorization_response_iss_parameter_supported") is True:
        fills["redirect_iss"] = True
    algs = metadata.get("id_token_signing_alg_values_supported")
    if not provider.id_token_algs and isinstance(algs, list):
        fills["id_token_algs"] = tuple(a for a in algs if isinstance(a, str) and a != "none")
    if provider.locale_param is None and metadata.get("ui_locales_supported"):
        fills["locale_param"] = "ui_locales"  # OIDC Discovery 3: the provider honours it
    return replace(provider, **fills)


def describe(metadata: dict[str, Any]) -> dict[str, Any]:
    """What "Other provider…" shows after Test: plain values, nothing executable."""
    grants = metadata.get("grant_types_supported")
    methods = metadata.get("code_challenge_methods_supported")
    return {
        "issuer": metadata.get("issuer"),
        "authorization_endpoint": metadata.get("authorization_endpoint"),
        "token_endpoint": metadata.get("token_endpoint"),
        "userinfo_endpoint": metadata.get("userinfo_endpoint"),
        "revocation_endpoint": metadata.get("revocation_endpoint"),
        "device_authorization_endpoint": metadata.get("device_authorization_endpoint"),
        "pkce_methods": [m for m in methods if isinstance(m, str)]
        if isinstance(methods, list) else [],
        "device_grant": bool(metadata.get("device_authorization_endpoint"))
        or (isinstance(grants, list) and DEVICE_GRANT in grants),
        "revocation": bool(metadata.get("revocation_endpoint")),
        "iss_parameter": metadata.get("authorization_response_iss_parameter_supported") is True,
    }


def probe_issuer(http: HttpClient, issuer: str) -> dict[str, Any]:
    """Fetch (never from the cache) and check an issuer's metadata: the Test button."""
    check_endpoint(issuer)
    probe = Provider(id="probe", name=issuer, issuer=issuer)
    url, metadata = fetch_first(http, candidate_urls(probe))
    apply_metadata(probe, metadata)  # the same checks a Connect makes
    return {"metadata_url": url, **describe(metadata)}


def discover(provider: Provider, http: Callable[[], HttpClient], cache_dir: Path | None,
             clock: Callable[[], float] = time.time, *, refresh: bool = False) -> Provider:
    """``provider`` with its metadata applied (cached a day; ``refresh`` refetches),
    or as it is when it names no metadata (see ``Provider.discovery_endpoint``)."""
    if not provider.discovery_endpoint:
        return provider
    urls = candidate_urls(provider)
    key = " ".join(urls)
    now = clock()
    cache = _cache_file(cache_dir, provider) if cache_dir is not None else None
    metadata = None if refresh or cache is None else _read_cache(cache, key, now)
    if metadata is None:
        _, metadata = fetch_first(http(), urls)
        found = apply_metadata(provider, metadata)  # never cache what fails the checks
        if cache is not None:
            _write_cache(cache, key, now, metadata)
        return found
    return apply_metadata(provider, metadata)
