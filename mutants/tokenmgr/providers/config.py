"""Load provider presets and the user's ``providers.toml``, reporting bad entries.

A user table with a preset's id is merged over the preset key by key (so the
user usually writes only ``client_id``). A bad entry is reported with file,
line and key and skipped; the rest load, so the window always opens.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from tokenmgr.errors import ConfigError, InsecureEndpointError
from tokenmgr.resources import resource_path
from tokenmgr.values.provider import (
    CALLBACK_MODES,
    PROTOCOLS,
    REDIRECT_MODES,
    REVOKE_METHODS,
    SIGNATURE_METHODS,
    TOKEN_AUTH_METHODS,
    Provider,
)
from tokenmgr.values.transport import check_endpoint

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_STR_FIELDS = {
    "name", "protocol", "authorize_url", "token_url", "revoke_url", "revoke_method",
    "userinfo_url", "userinfo_method", "account_name_field", "account_id_field", "client_id",
    "token_auth", "redirect_path", "issuer", "docs_url", "redirect_mode", "paste_redirect_uri",
    "request_token_url", "access_token_url", "callback_mode", "signature_method",
    "rsa_key_file", "device_authorization_url", "discovery_url",
}
_BOOL_FIELDS = {"client_secret_required", "pkce", "refresh_sends_redirect_uri"}
_URL_FIELDS = ("authorize_url", "token_url", "revoke_url", "userinfo_url",
               "request_token_url", "access_token_url", "device_authorization_url",
               "discovery_url")
_KNOWN = {f.name for f in fields(Provider)} - {"id", "source"}
_CHOICES = {
    "protocol": PROTOCOLS,
    "revoke_method": REVOKE_METHODS,
    "token_auth": TOKEN_AUTH_METHODS,
    "userinfo_method": ("GET", "POST"),
    "callback_mode": CALLBACK_MODES,
    "signature_method": SIGNATURE_METHODS,
    "redirect_mode": REDIRECT_MODES,
}


@dataclass
class ProviderCatalog:
    providers: dict[str, Provider] = field(default_factory=dict)
    errors: list[ConfigError] = field(default_factory=list)

    def get(self, provider_id: str) -> Provider | None:
        return self.providers.get(provider_id)


def _line_of(text: str, provider_id: str, key: str | None) -> int | None:
    """Find the line of ``key`` in ``[providers.ID]`` (tomllib gives no positions)."""
    header = re.compile(r"^\s*\[\s*providers\s*\.\s*\"?" + re.escape(provider_id) + r"\"?\s*\]")
    in_table = False
    for number, line in enumerate(text.splitlines(), start=1):
        if header.match(line):
            if key is None:
                return number
            in_table = True
            continue
        if in_table and line.lstrip().startswith("["):
            in_table = False
        if in_table and key is not None and re.match(
                r"^\s*\"?" + re.escape(key) + r"\"?\s*=", line):
            return number
    return None


def _error(path: Path, text: str, provider_id: str, key: str | None, message: str) -> ConfigError:
    line = _line_of(text, provider_id, key)
    where = f"{path}" + (f", line {line}" if line else "")
    what = f"providers.{provider_id}" + (f".{key}" if key else "")
    return ConfigError(f"{where}: {what}: {message}")


def _check_value(key: str, value: Any) -> str | None:
    """Return a problem description, or None when ``value`` fits ``key``."""
    if key not in _KNOWN:
        return "unknown key"
    if key in _STR_FIELDS and not isinstance(value, str):
        return "must be a string"
    if key in _BOOL_FIELDS and not isinstance(value, bool):
        return "must be true or false"
    if key == "scopes" and not (isinstance(value, list) and all(isinstance(s, str) for s in value)):
        return "must be a list of strings"
    if key == "redirect_port" and not (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 65535
    ):
        return "must be a port number (0 for any free port)"
    if key == "extra_authorize_params" and not (
        isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    ):
        return "must be a table of strings"
    if key in _CHOICES and value not in _CHOICES[key]:
        return "must be one of " + ", ".join(_CHOICES[key])
    if key in _URL_FIELDS:
        try:
            check_endpoint(value.replace("{client_id}", "x"))
        except InsecureEndpointError as exc:
            return str(exc)
    if key == "redirect_path" and not value.startswith("/"):
        return "must start with /"
    return None


def _build(provider_id: str, table: dict[str, Any], source: str) -> Provider:
    kwargs = dict(table)
    kwargs["scopes"] = tuple(kwargs.get("scopes", ()))
    extra = dict(kwargs.get("extra_authorize_params", {}))
    kwargs["extra_authorize_params"] = MappingProxyType(extra)
    kwargs.setdefault("name", provider_id)
    return Provider(id=provider_id, source=source, **kwargs)


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return text, data


def load_catalog(user_file: Path | None, presets_file: Path | None = None) -> ProviderCatalog:
    catalog = ProviderCatalog()
    presets_path = presets_file or resource_path("providers.toml")
    _, presets = _read(presets_path)
    merged: dict[str, tuple[dict[str, Any], str]] = {
        pid: (dict(table), "preset") for pid, table in presets.get("providers", {}).items()
    }
    if user_file is not None and user_file.is_file():
        try:
            text, data = _read(user_file)
        except (ConfigError, OSError, UnicodeDecodeError) as exc:
            catalog.errors.append(exc if isinstance(exc, ConfigError)
                                  else ConfigError(f"{user_file}: cannot be read: {exc}"))
            data, text = {}, ""
        unknown_top = set(data) - {"providers"}
        for key in sorted(unknown_top):
            catalog.errors.append(ConfigError(f"{user_file}: {key}: unknown top-level key"))
        providers = data.get("providers", {})
        if not isinstance(providers, dict):
            catalog.errors.append(ConfigError(f"{user_file}: providers: must be a table"))
            providers = {}
        for pid, table in providers.items():
            problem = _validate_table(user_file, text, pid, table)
            if problem is not None:
                catalog.errors.append(problem)
                continue
            base = merged.get(pid, ({}, ""))[0]
            merged[pid] = ({**base, **table}, str(user_file))
    for pid, (table, source) in merged.items():
        whole_problem = _whole_entry_problem(table)
        if whole_problem:
            catalog.errors.append(ConfigError(f"{source}: providers.{pid}: {whole_problem}"))
            continue
        catalog.providers[pid] = _build(pid, table, source)
    return catalog


def _whole_entry_problem(table: dict[str, Any]) -> str | None:
    """Checks that span keys (after merging a user table over a preset)."""
    oauth1 = table.get("protocol", "oauth2") == "oauth1"
    needed = (("request_token_url", "authorize_url", "access_token_url") if oauth1
              else () if table.get("discovery_url") else ("authorize_url", "token_url"))
    missing = [k for k in needed if not table.get(k)]
    if missing:
        return "missing " + ", ".join(missing)
    if oauth1 and table.get("signature_method") == "PLAINTEXT":
        plain = [k for k in _URL_FIELDS if table.get(k) and not table[k].startswith("https://")]
        if plain:
            return "PLAINTEXT signatures are allowed only when every endpoint is https"
    if oauth1 and table.get("signature_method") == "RSA-SHA1" and not table.get("rsa_key_file"):
        return "signature_method = \"RSA-SHA1\" needs rsa_key_file (a PEM private key)"
    if table.get("redirect_mode") == "device" and not table.get("device_authorization_url"):
        return "redirect_mode = \"device\" needs device_authorization_url"
    if table.get("redirect_mode") == "paste" and not table.get("paste_redirect_uri"):
        return "redirect_mode = \"paste\" needs paste_redirect_uri"
    return None


def _validate_table(path: Path, text: str, pid: str, table: Any) -> ConfigError | None:
    if not _ID.match(pid):
        return _error(path, text, pid, None,
                      "ids are lower-case letters, digits, '-' and '_'")
    if not isinstance(table, dict):
        return _error(path, text, pid, None, "must be a table")
    for key, value in table.items():
        problem = _check_value(key, value)
        if problem is not None:
            return _error(path, text, pid, key, problem)
    return None


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""
