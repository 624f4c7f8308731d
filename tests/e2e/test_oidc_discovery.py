"""A provider given by its issuer alone, end to end: django-oauth-toolkit with OpenID
Connect on (issuer ``BASE/o``), ``tokenmgr connect`` in a subprocess, a scripted user in a
real browser, the real Secret Service. The endpoints, the device grant, the JWKS for the
ID token and the RFC 9207 ``iss`` all come from the discovered metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_helpers import tokenmgr
from tests.e2e.keyring_helpers import secret_service_items

pytestmark = pytest.mark.e2e


def write_issuer_provider(cli_env, text: str) -> None:
    path = Path(cli_env["XDG_CONFIG_HOME"]) / "tokenmgr" / "providers.toml"
    path.write_text(text, encoding="utf-8")


def stored_account(provider_id: str, tmp_path):
    from tokenmgr.store.keyring_access import KeyringAccess
    from tokenmgr.store.token_store import TokenStore

    store = TokenStore(KeyringAccess(), tmp_path / "probe.lock")
    (summary,) = [s for s in store.summaries() if s.provider_id == provider_id]
    return store.load(summary.key)


def test_connect_with_issuer_and_client_id_alone_verifies_the_id_token(
        cli_env, browser_user, authserver, tmp_path):
    write_issuer_provider(cli_env, f"""# only the issuer: everything else is discovered
[providers.corp]
issuer = "{authserver.base_url}/o"
client_id = "{authserver.public_client_id}"
scopes = ["openid", "profile", "email"]
account_name_field = "preferred_username"
account_id_field = "sub"
""")
    user = browser_user("approve", user="alice")
    done = tokenmgr({**cli_env, **user.env()}, "connect", "corp", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Connected corp:alice"
    account = stored_account("corp", tmp_path)
    assert account.tokens.id_token is not None  # kept only because it verified
    assert "openid" in account.tokens.scopes
    listed = tokenmgr(cli_env, "providers", "--json")
    assert '"id": "corp"' in listed.stdout


def test_device_grant_found_through_discovered_metadata(
        cli_env, browser_user, authserver):
    write_issuer_provider(cli_env, f"""
[providers.corp]
issuer = "{authserver.base_url}/o"
client_id = "{authserver.device_client_id}"
scopes = ["read", "profile"]
userinfo_url = "{authserver.userinfo_url}"
account_name_field = "username"
account_id_field = "id"
""")
    user = browser_user("device", user="alice")
    done = tokenmgr({**cli_env, **user.env()}, "connect", "corp", "--device", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Connected corp:alice"
    assert f"Enter it at {authserver.device_verification_url} " in done.stderr


def test_an_issuer_that_differs_from_the_metadata_is_refused_and_nothing_stored(
        cli_env, authserver):
    write_issuer_provider(cli_env, f"""
[providers.corp]
issuer = "{authserver.base_url}/o/"
client_id = "{authserver.public_client_id}"
""")
    done = tokenmgr(cli_env, "connect", "corp", "--no-browser", timeout=60)
    assert done.returncode == 5, (done.stdout, done.stderr)
    assert "another issuer" in done.stderr
    assert not any(label.startswith("account/") for label in secret_service_items())
