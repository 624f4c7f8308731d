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
REVOKE_METHODS = ("rfc7009", "github", "dropbox", "slack", "none")
TOKEN_AUTH_METHODS = ("post", "basic")
# How the provider matches a loopback redirect (RFC 8252 7.3 says any port; not all do).
LOOPBACK_RULES = ("any-port", "fixed-port", "exact")
REDIRECT_HOSTS = ("127.0.0.1", "localhost")
# Named token-answer hooks (tokenmgr/oauth/token_hooks.py): quirks as data, not branches.
TOKEN_RESPONSE_HOOKS = ("standard", "slack")
USERINFO_AUTH_SCHEMES = ("Bearer", "OAuth")
# Values a preset asks for at Configure; its URLs name them as {tenant} or {base_url}.
ASKABLE = ("base_url", "tenant", "issuer")


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
    # --- catalogue data (issue 16) ---
    loopback: str = "any-port"
    redirect_host: str = "127.0.0.1"
    # RFC 9207: the redirect must carry ``iss`` == issuer (advertised by the metadata,
    # or known from the provider's docs, e.g. Discord).
    redirect_iss: bool = False
    jwks_uri: str | None = None
    id_token_algs: tuple[str, ...] = ()
    token_response: str = "standard"
    scope_param: str = "scope"
    scope_separator: str = " "
    userinfo_auth_scheme: str = "Bearer"
    # What Configure asks for (``ask``) and the answers/defaults (``parameters``).
    ask: tuple[str, ...] = ()
    parameters: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Discovered metadata worth showing (PKCE methods, grants); not configuration.
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # Token health: documented refresh-token limits, with the page that says so.
    refresh_token_lifetime_days: int | None = None  # absolute, from the authorization
    refresh_token_inactivity_days: int | None = None  # from the last refresh (or connect)
    refresh_token_limits_source: str | None = None
    refresh_token_limits_note: str | None = None  # when the limit applies, in words
    # The username git sends with an access token as password (tokenmgr git-credential).
    git_username: str | None = None
    # `tokenmgr api ACCOUNT /path` and the Python API resolve relative URLs against this.
    api_base_url: str | None = None
    # OAuth 1 "Sign in with …" (X's /oauth/authenticate: no consent page for users who
    # approved before): used instead of authorize_url when use_authenticate_url is set.
    authenticate_url: str | None = None
    use_authenticate_url: bool = False
    # The authorize parameter that carries the desktop's language (OIDC ui_locales,
    # Dropbox locale); unset: none is sent.
    locale_param: str | None = None
    source: str = "preset"

    @property
    def is_configured(self) -> bool:
        return not self.missing

    @property
    def missing(self) -> tuple[str, ...]:
        """What Configure still has to supply (the client secret, kept in the keyring,
        is checked by the service: see ``AccountService.provider_missing``)."""
        wanted = [name.replace("_", " ") for name in self.ask
                  if not (self.parameters.get(name) or (name == "issuer" and self.issuer))]
        if not self.client_id:
            wanted.insert(0, "client id")
        if wanted:
            return tuple(wanted)
        if self.protocol == "oauth1":
            ok = self.authorize_url and self.request_token_url and self.access_token_url
        else:
            ok = self.discovery_endpoint or (self.authorize_url and self.token_url)
        return () if ok else ("endpoints",)

    @property
    def discovery_endpoint(self) -> str | None:
        """Where the metadata is: ``discovery_url``, or derived from ``issuer`` alone
        when the configuration does not name the endpoints itself."""
        if self.discovery_url:
            return self.discovery_url
        if self.issuer and not (self.authorize_url and self.token_url):
            return self.issuer.rstrip("/") + "/.well-known/openid-configuration"
        return None

    @property
    def expected_redirect_issuer(self) -> str | None:
        return self.issuer if self.redirect_iss else None

    @property
    def redirect_uri_to_register(self) -> str:
        """What the user registers in the provider's console (Configure shows it)."""
        if self.protocol == "oauth1" and self.callback_mode == "oob":
            return "oob"
        if self.redirect_mode == "paste" and self.paste_redirect_uri:
            return self.paste_redirect_uri
        port = f":{self.redirect_port}" if self.redirect_port else ""
        return f"http://{self.redirect_host}{port}{self.redirect_path}"

    def to_public_dict(self) -> dict[str, Any]:
        """Non-secret description for ``tokenmgr providers --json``."""
        return {
            "id": self.id,
            "name": self.name,
            "protocol": self.protocol,
            "configured": self.is_configured,
            "missing": list(self.missing),
            "issuer": self.issuer,
            "docs_url": self.docs_url,
            "loopback": self.loopback,
            "ask": list(self.ask),
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
