"""Three processes that all read the same near-expiry token before any of them
refreshes: the cross-process lock makes exactly one refresh request reach the
provider (SECURITY.md #16). Without the lock all three would spend the rotating
refresh token; this test fails then (the old one passed with no lock at all,
because the processes rarely overlapped)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.e2e.authserver.control import AuthServer
from tests.e2e.cli_helpers import write_provider
from tests.e2e.test_lifecycle import accounts, connect

pytestmark = pytest.mark.e2e

# Reads the token, says "ready", waits for "go", then goes on: the parent releases all
# three only once every one of them holds the same old token.
READER = """
import sys
from tokenmgr.accounts import build_default_service
from tokenmgr.values.keys import Selector

service = build_default_service()
real_load = service.store.load
first = [True]

def load(key):
    account = real_load(key)
    if first[0]:
        first[0] = False
        print("ready", flush=True)
        sys.stdin.readline()
    return account

service.store.load = load
print(service.token_for_selector(Selector("example")).reveal(), flush=True)
"""


def token_requests(server: AuthServer) -> int:
    return server.log().count('"POST /o/token/')


def test_processes_holding_the_same_old_token_refresh_it_once(tmp_path, browser_user,
                                                               cli_env):
    with AuthServer.start(access_token_expire_seconds=60) as short:  # within the margin
        write_provider(tmp_path / "xdg-config", short)
        connect(cli_env, browser_user, "alice")
        before = token_requests(short)
        procs = [subprocess.Popen([sys.executable, "-c", READER], env=cli_env, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for _ in range(3)]
        try:
            for proc in procs:
                assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
            for proc in procs:  # release all three at once
                proc.stdin.write("go\n")
                proc.stdin.close()
            outputs = [(proc.stdout.read(), proc.stderr.read()) for proc in procs]
            for proc in procs:
                proc.wait(timeout=60)
        finally:
            for proc in procs:
                proc.kill()
                proc.wait()
                for pipe in (proc.stdin, proc.stdout, proc.stderr):
                    pipe.close()
        assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in outputs]
        printed = {out.strip() for out, _ in outputs}
        assert len(printed) == 1  # all got the one refreshed token
        assert token_requests(short) - before == 1  # one refresh request, not three
        (after,) = accounts(cli_env)
        assert after["status"] == "active"
        assert short.me(printed.pop()).status_code == 200
