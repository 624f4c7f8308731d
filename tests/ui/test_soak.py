"""Soak: the real window (``build_window``, real Secret Service) with 1,000 accounts
lives through 500 reload ticks and 200 background tasks, and its memory settles.

The short profile runs in CI (about a minute or two here). The long one is for
hands: ``TOKENMGR_SOAK_TICKS=5000 TOKENMGR_SOAK_TASKS=2000 scripts/test
tests/ui/test_soak.py``. Growth is measured between tick 100 (caches warm) and
the last tick.
"""

from __future__ import annotations

import os
import uuid

import pytest
from PySide6.QtCore import QCoreApplication

from tokenmgr import accounts
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess, load_backend
from tokenmgr.store.schema import Account
from tokenmgr.store.token_store import TokenStore
from tokenmgr.ui.app import build_window
from tokenmgr.values.tokens import TokenSet

pytestmark = pytest.mark.gui

ACCOUNTS = int(os.environ.get("TOKENMGR_SOAK_ACCOUNTS", "1000"))
TICKS = int(os.environ.get("TOKENMGR_SOAK_TICKS", "500"))
TASKS = int(os.environ.get("TOKENMGR_SOAK_TASKS", "200"))
WARM_TICK = min(100, TICKS // 5)
NOW = 1_800_000_000.0


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def seed(store: TokenStore, count: int, due: int) -> None:
    """``count`` accounts through the store's own API; the first ``due`` expire
    within the refresh margin and have a refresh token."""
    store.save_many([
        Account(provider_id="soak", account_id=str(i), name=f"user{i:05}",
                tokens=TokenSet(
                    access_token=Secret(f"access-{i:05}-{'x' * 40}"),
                    refresh_token=Secret(f"refresh-{i:05}") if i < due else None,
                    expires_at=NOW + (60 if i < due else 3600 + i),
                    scopes=("read", "write")),
                profile={"email": f"user{i}@example.test"}, connected_at=NOW - 86400)
        for i in range(count)])


@pytest.fixture
def soak_service(tmp_path, httpserver, monkeypatch):
    httpserver.expect_request("/token", method="POST").respond_with_json({
        "access_token": "refreshed-" + "y" * 40, "refresh_token": "rotated",
        "token_type": "Bearer", "expires_in": 3600})
    config = tmp_path / "xdg-config" / "tokenmgr"
    config.mkdir(parents=True, exist_ok=True)
    (config / "providers.toml").write_text(
        '[providers.soak]\nname = "Soak Corp"\n'
        f'authorize_url = "{httpserver.url_for("/authorize")}"\n'
        f'token_url = "{httpserver.url_for("/token")}"\nclient_id = "soak-client"\n')
    access = KeyringAccess(load_backend(), service=f"tokenmgr-soak-{uuid.uuid4().hex[:8]}")
    store = TokenStore(access, tmp_path / "store.lock")
    service = accounts.AccountService(store, providers_file=config / "providers.toml",
                                      clock=lambda: NOW)
    seed(store, ACCOUNTS, due=TASKS // 2)
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    return service  # entries stay under their own service name in the session's throwaway keyring


@pytest.mark.timeout(600)
def test_window_survives_reload_ticks_and_background_tasks_with_stable_memory(
        qtbot, qapp, soak_service, httpserver):
    window = build_window(qapp)
    qtbot.addWidget(window)
    window._clock = lambda: NOW
    qtbot.waitUntil(lambda: window.model.account_count() == ACCOUNTS, timeout=60_000)
    reads_done: list[object] = []
    keys = [s.key for s in window.model.summaries()]
    samples: dict[int, int] = {}
    for tick in range(1, TICKS + 1):
        with qtbot.waitSignal(window.accounts_loaded, timeout=60_000):
            window.tick()  # set_now + reload; the first loads also start the due refreshes
        if tick <= TASKS // 2:  # the other half of the tasks: reads beside the refreshes
            key = keys[-tick]
            window.runner.submit(lambda key=key: window.service.copyable_credentials(key),
                                 reads_done.append, reads_done.append)
        if tick in (WARM_TICK, TICKS):
            window.runner.wait_for_done(60_000)
            QCoreApplication.processEvents()
            samples[tick] = rss_bytes()
    qtbot.waitUntil(lambda: window.runner.running == 0, timeout=60_000)
    refreshes = sum(1 for request, _ in httpserver.log if request.path == "/token")
    assert refreshes == TASKS // 2
    assert len(reads_done) == TASKS // 2
    assert all(isinstance(r, Secret) for r in reads_done), reads_done[:3]
    assert window.model.account_count() == ACCOUNTS
    growth = (samples[TICKS] - samples[WARM_TICK]) / samples[WARM_TICK]
    print(f"soak: {ACCOUNTS} accounts, {TICKS} ticks, {TASKS} tasks; RSS "
          f"{samples[WARM_TICK] / 2**20:.1f} MiB at tick {WARM_TICK} -> "
          f"{samples[TICKS] / 2**20:.1f} MiB at tick {TICKS} ({growth:+.1%})")
    assert growth < 0.10
    window.close()
