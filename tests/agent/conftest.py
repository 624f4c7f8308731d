"""An agent on a real Unix socket in a short private dir, over the in-memory keyring."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest

from tokenmgr.access_log import AccessLog
from tokenmgr.accounts import AccountService
from tokenmgr.agent.broker import TokenBroker
from tokenmgr.agent.server import AgentServer
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import KeyringAccess
from tokenmgr.store.schema import Account
from tokenmgr.store.token_store import TokenStore


@pytest.fixture
def agent_dir():
    """Socket paths must stay under 108 bytes: not inside pytest's long tmp_path."""
    folder = Path(tempfile.mkdtemp(prefix="tma", dir="/tmp")) / "tokenmgr"
    yield folder
    shutil.rmtree(folder.parent, ignore_errors=True)


def make_store(memory_keyring, tmp_path: Path) -> TokenStore:
    return TokenStore(KeyringAccess(memory_keyring, deadline=5.0), tmp_path / "store.lock",
                      hint_path=tmp_path / "hint.json")


def account(token: str = "tok-1", expires_in: float | None = 3600.0, name: str = "alice",
            account_id: str = "1") -> Account:
    now = time.time()
    return Account(provider_id="example", account_id=account_id, name=name,
                   tokens=TokenSet(Secret(token), refresh_token=Secret("refresh"),
                                   expires_at=None if expires_in is None else now + expires_in,
                                   obtained_at=now),
                   connected_at=now)


@pytest.fixture
def agent_store(memory_keyring, tmp_path):
    return make_store(memory_keyring, tmp_path)


@pytest.fixture
def access_log(tmp_path):
    return AccessLog(tmp_path / "access")


@pytest.fixture
def running_agent(agent_dir, agent_store, access_log):
    """A real AgentServer with a real TokenBroker; yields (server, service)."""
    service = AccountService(agent_store, providers_file=None)
    broker = TokenBroker(service, access_log, kind="test")
    server = AgentServer(broker.handle, agent_dir, kind="test")
    server.start()
    yield server, service
    server.stop()
