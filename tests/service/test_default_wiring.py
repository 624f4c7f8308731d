"""``build_default_service``: the real wiring the window and the CLI start from — the
session's Secret Service, the user's settings.toml and providers.toml, the lock file and
the on-disk hint in the XDG dirs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from keyring.backends import SecretService

from tests.service.support import make_account
from tokenmgr.accounts import DEFAULT_REFRESH_MARGIN, build_default_service
from tokenmgr.store.keyring_access import SERVICE
from tokenmgr.store.schema import INDEX_ENTRY

pytestmark = pytest.mark.real_backend_policy  # the real allow-list admits the real backend


def config_dir() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "tokenmgr"


def cache_dir() -> Path:
    return Path(os.environ["XDG_CACHE_HOME"]) / "tokenmgr"


def test_the_refresh_margin_comes_from_settings_toml():
    config_dir().mkdir(parents=True)
    (config_dir() / "settings.toml").write_text("[refresh]\nmargin_seconds = 120\n")
    assert build_default_service().refresh_margin == 120


def test_without_settings_the_margin_is_the_default():
    assert build_default_service().refresh_margin == DEFAULT_REFRESH_MARGIN == 300


def test_configure_writes_the_users_providers_toml():
    service = build_default_service()
    assert service.providers_file == config_dir() / "providers.toml"
    service.configure("github", "Iv1.client", None)
    assert "Iv1.client" in (config_dir() / "providers.toml").read_text(encoding="utf-8")


def test_accounts_go_to_the_secret_service_with_the_lock_and_hint_in_the_cache_dir():
    service = build_default_service()
    account = make_account("wiring-1", "wired", provider_id="tokenmgr-test")
    index_before = SecretService.Keyring().get_password(SERVICE, INDEX_ENTRY)
    service.store.save(account)
    try:
        stored = SecretService.Keyring().get_password(SERVICE,
                                                      "account/tokenmgr-test/wiring-1")
        assert stored is not None and json.loads(stored)["name"] == "wired"
        hint = json.loads((cache_dir() / "accounts-hint.json").read_text(encoding="utf-8"))
        assert ["tokenmgr-test", "wiring-1", "wired"] in hint["accounts"]
        assert (cache_dir() / "store.lock").exists()
        # a second service (another process) finds it through the hint
        assert build_default_service().account("tokenmgr-test:wired") == account
    finally:
        service.disconnect(account.key)
        if index_before is None:  # leave the session's keyring as it was
            SecretService.Keyring().delete_password(SERVICE, INDEX_ENTRY)
    assert SecretService.Keyring().get_password(
        SERVICE, "account/tokenmgr-test/wiring-1") is None
