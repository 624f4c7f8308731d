"""Accounts connected once for the `tokenmgr api` and Python API tests."""

from __future__ import annotations

import os
from pathlib import Path

from tests.e2e.browser_user import BrowserUser
from tests.e2e.cli_helpers import tokenmgr, write_provider
from tests.e2e.keyring_helpers import wipe_tokenmgr_items
from tests.e2e.oauth1_browser import OAuth1BrowserUser

# Repeated keys, non-ASCII, and every character that means something in a URL or form.
TRICKY = [("tag", "café ü"), ("tag", "naïve"), ("note", "a&b=c?d/e#f%g+h i;j,k@l$m!")]
TRICKY_ARGS = [arg for k, v in TRICKY for arg in ("-d", f"{k}={v}")]
PAIRS = [list(p) for p in TRICKY]


def add_oauth1_provider(env, server, pid: str, *, method: str = "HMAC-SHA1") -> None:
    with open(f"{env['XDG_CONFIG_HOME']}/tokenmgr/providers.toml", "a", encoding="utf-8") as f:
        f.write(f"""
[providers.{pid}]
name = "X (test, {method})"
protocol = "oauth1"
request_token_url = "{server.request_token_url}"
authorize_url = "{server.authorize_url}"
access_token_url = "{server.access_token_url}"
revoke_url = "{server.invalidate_url}"
account_name_field = "screen_name"
account_id_field = "user_id"
client_id = "{server.consumer_key}"
signature_method = "{method}"
api_base_url = "{server.base_url}"
""")
    done = tokenmgr(env, "configure", pid, "--client-secret-stdin",
                    input_text=server.consumer_secret + "\n")
    assert done.returncode == 0, done.stderr


def connected_env(root: Path, authserver, oauth1server, user: str = "bob") -> dict[str, str]:
    """CLI environment in ``root`` with `example` (OAuth 2, api_base_url = the server's
    /api) and `xapi` (OAuth 1) connected as ``user`` through the real browser and Secret
    Service; `xapi256` is the same consumer signing with HMAC-SHA256 (not connected)."""
    wipe_tokenmgr_items()
    write_provider(root / "xdg-config", authserver,
                   extra=f'api_base_url = "{authserver.base_url}/api"')
    env = {**os.environ, "XDG_CONFIG_HOME": str(root / "xdg-config"),
           "XDG_CACHE_HOME": str(root / "xdg-cache")}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    add_oauth1_provider(env, oauth1server, "xapi")
    add_oauth1_provider(env, oauth1server, "xapi256", method="HMAC-SHA256")
    browser = BrowserUser(root / "b1.json", action="approve", user=user, password=None,
                          detach=False, timeout=60)
    done = tokenmgr({**env, **browser.env()}, "connect", "example", "--timeout", "90")
    assert done.returncode == 0, done.stderr
    browser = OAuth1BrowserUser(root / "b2.json", action="approve", user=user, password=None,
                                detach=False, timeout=60)
    done = tokenmgr({**env, **browser.env()}, "connect", "xapi", "--timeout", "90")
    assert done.returncode == 0, done.stderr
    return env
