"""Several processes on one store (window + CLI, or two scripts): nothing is lost, and a
rotating refresh token is spent once (SECURITY.md #16 and #26)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.e2e.authserver.control import AuthServer
from tests.e2e.cli_helpers import write_provider
from tests.e2e.keyring_helpers import secret_service_value
from tests.e2e.test_lifecycle import accounts, connect

pytestmark = pytest.mark.e2e

WRITER = """
import sys, time
from tokenmgr.accounts import build_default_service
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
store = build_default_service().store
prefix, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    store.save(Account(provider_id="bulk", account_id=f"{prefix}{i}", name=f"{prefix}{i}",
                       tokens=TokenSet(Secret(f"tok-{prefix}{i}")), connected_at=time.time()))
"""


def test_two_processes_saving_at_once_lose_no_account(cli_env):
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, prefix, "12"], env=cli_env,
                              stderr=subprocess.PIPE, text=True) for prefix in ("a", "b")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    names = sorted(a["name"] for a in accounts(cli_env))
    assert names == sorted([f"a{i}" for i in range(12)] + [f"b{i}" for i in range(12)])


def test_two_processes_refreshing_one_account_spend_the_refresh_token_once(
        tmp_path, browser_user, cli_env):
    with AuthServer.start(access_token_expire_seconds=60) as short:
        write_provider(tmp_path / "xdg-config", short)
        connect(cli_env, browser_user, "alice")
        (account,) = accounts(cli_env)
        entry = f"account/example/{account['account_id']}"
        first = json.loads(secret_service_value(entry))["tokens"]["access_token"]
        procs = [subprocess.Popen([sys.executable, "-m", "tokenmgr", "token", "example"],
                                  env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(3)]
        outputs = [proc.communicate(timeout=120) for proc in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in outputs]
        printed = {out.strip() for out, _ in outputs}
        assert len(printed) == 1 and first not in printed  # one refresh, seen by all
        (after,) = accounts(cli_env)
        assert after["status"] == "active"
        assert short.me(printed.pop()).status_code == 200
        assert short.token_counts("alice")["refresh"] == 1  # the grant was not revoked
