"""Which endpoints may be called: HTTPS everywhere, plain HTTP on loopback only.

oauthlib's own check can only be relaxed process-wide through
``OAUTHLIB_INSECURE_TRANSPORT``, which would also allow ``http://`` to any
host. tokenmgr never sets it, ignores it if the user's environment sets it,
and applies this narrower rule itself before any request is made.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from tokenmgr.errors import InsecureEndpointError

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint(url: str) -> str:
    """Return ``url`` if it may carry OAuth traffic, else raise InsecureEndpointError."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise InsecureEndpointError(f"Not a valid URL: {url!r}") from None
    if parts.username or parts.password:
        raise InsecureEndpointError("Endpoint URLs must not carry credentials")
    if not host:
        raise InsecureEndpointError(f"Endpoint URL has no host: {url!r}")
    if parts.scheme == "https":
        return url
    if parts.scheme == "http" and is_loopback_host(host):
        return url
    if parts.scheme == "http":
        raise InsecureEndpointError(
            f"Refusing plain http:// to {host}: only https, or http on a loopback address"
        )
    raise InsecureEndpointError(f"Unsupported URL scheme {parts.scheme!r} in {url!r}")
