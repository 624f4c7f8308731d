"""Run the tokenmgr CLI as a subprocess and point it at a test provider."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def write_provider(config_home: Path, authserver, client_id: str | None = None,
                   extra: str = "") -> None:
    folder = config_home / "tokenmgr"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "providers.toml").write_text(f"""
[providers.example]
name = "Example Corp"
protocol = "oauth2"
authorize_url = "{authserver.authorize_url}"
token_url = "{authserver.token_url}"
revoke_url = "{authserver.revoke_url}"
userinfo_url = "{authserver.userinfo_url}"
account_name_field = "username"
account_id_field = "id"
scopes = ["read", "profile"]
client_id = "{client_id or authserver.public_client_id}"
pkce = true
{extra}
""", encoding="utf-8")


def tokenmgr(env, *args, timeout=90, input_text=None):
    return subprocess.run([sys.executable, "-m", "tokenmgr", *args], env=env, text=True,
                          capture_output=True, timeout=timeout, input=input_text)
