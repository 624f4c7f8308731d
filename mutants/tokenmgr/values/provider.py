"""``Provider``: everything tokenmgr knows about one authorization server.

Provider quirks are data here (which field names the account, whether the
redirect port is fixed, how revocation works), not branches in the flow code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

PROTOCOLS = ("oauth2", "oauth1")
CALLBACK_MODES = ("1.0a", "1.0", "oob")
SIGNATURE_METHODS = ("HMAC-SHA1", "HMAC-SHA256", "PLAINTEXT", "RSA-SHA1")
REDIRECT_MODES = ("loopback", "paste", "device")
REVOKE_METHODS = ("rfc7009", "github", "dropbox", "none")
TOKEN_AUTH_METHODS = ("post", "basic")


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    protocol: str = "oauth2"
    authorize_url: str | None = None
    token_url: str | None = None
    revoke_url: str | None = None
    revoke_method: str = "rfc7009"
    userinfo_url: str | None = None
    userinfo_method: str = "GET"
    account_name_field: str = "name"
    account_id_field: str = "id"
    scopes: tuple[str, ...] = ()
    client_id: str | None = None
    client_secret_required: bool = False
    token_auth: str = "post"
    pkce: bool = True
    redirect_port: int = 0
    redirect_path: str = "/callback"
    issuer: str | None = None
    refresh_sends_redirect_uri: bool = False
    extra_authorize_params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # OAuth 2 providers that cannot redirect to loopback: the code is pasted.
    redirect_mode: str = "loopback"
    paste_redirect_uri: str | None = None
    # RFC 8628: Connect with a user code instead of a redirect (redirect_mode "device").
    device_authorization_url: str | None = None
    # RFC 8414 / OIDC discovery: endpoints left out above are taken from here.
    discovery_url: str | None = None
    # OAuth 1
    request_token_url: str | None = None
    access_token_url: str | None = None
    callback_mode: str = "1.0a"
    signature_method: str = "HMAC-SHA1"
    rsa_key_file: str | None = None  # PEM private key for RSA-SHA1 (the user's own file)
    docs_url: str | None = None
    source: str = "preset"

    @property
    def is_configured(self) -> bool:
        if not self.client_id:
            return False
        if self.protocol == "oauth1":
            return bool(self.authorize_url and self.request_token_url and self.access_token_url)
        return bool(self.discovery_url or (self.authorize_url and self.token_url))

    @property
    def redirect_uri_to_register(self) -> str:
        """What the user registers in the provider's console (Configure shows it)."""
        if self.protocol == "oauth1" and self.callback_mode == "oob":
            return "oob"
        if self.redirect_mode == "paste" and self.paste_redirect_uri:
            return self.paste_redirect_uri
        port = f":{self.redirect_port}" if self.redirect_port else ""
        return f"http://127.0.0.1{port}{self.redirect_path}"

    def to_public_dict(self) -> dict[str, Any]:
        """Non-secret description for ``tokenmgr providers --json``."""
        return {
            "id": self.id,
            "name": self.name,
            "protocol": self.protocol,
            "configured": self.is_configured,
            "client_id": self.client_id,
            "scopes": list(self.scopes),
            "redirect_uri": self.redirect_uri_to_register,
            "source": self.source,
        }


def dig(data: Any, dotted: str) -> Any:
    """``dig({"name": {"display_name": "A"}}, "name.display_name") == "A"``."""
    current = data
    for part in dotted.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return None
        current = current[part]
    return current
