"""Refresh at scale against the rotating django-oauth-toolkit server (issue 14):
`tokenmgr refresh --all` interrupted by SIGINT or SIGTERM at random moments never loses a
grant; two processes refresh two accounts at the same time, but one account only once.

Grants come from the server's test-only ``/test/issue-grants`` (no browser: each run must
be cheap); every refresh goes through DOT's real token endpoint, which rotates the refresh
token (``ROTATE_REFRESH_TOKEN``) and answers ``invalid_grant`` for a spent one.
"""

from __future__ import annotations

import contextlib
import json
import random
import signal
import subprocess
import sys
import time

import pytest

from tests.e2e.cli_helpers import tokenmgr
from tokenmgr.accounts import build_default_service
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account

pytestmark = pytest.mark.e2e

RUNS = 30
SEED = 14
USER = "bob"


def store_grants(authserver, count: int, *, expired: bool = False) -> list[Account]:
    """``count`` accounts of the ``example`` provider, each on its own live grant."""
    now = time.time()
    store = build_default_service().store  # the same XDG dirs as cli_env's processes
    accounts = []
    for i, grant in enumerate(authserver.issue_grants(USER, count)):
        expires_at = now - 10 if expired else now + grant["expires_in"]
        account = Account(
            provider_id="example", account_id=f"g{i}", name=f"grant{i}", connected_at=now,
            tokens=TokenSet(Secret(grant["access_token"]),
                            refresh_token=Secret(grant["refresh_token"]),
                            expires_at=expires_at, obtained_at=expires_at - 3600,
                            scopes=("read", "profile")))
        store.save(account)
        accounts.append(account)
    return accounts


def launch(env, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tokenmgr", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def listed(env) -> dict[str, str]:
    done = tokenmgr(env, "list", "--json")
    assert done.returncode == 0, done.stderr
    return {a["name"]: a["status"] for a in json.loads(done.stdout)["accounts"]}


@pytest.fixture
def fresh_server(authserver):
    authserver.revoke_all(USER)
    authserver.clear_token_requests()
    yield authserver
    authserver.set_token_delay(0)
    authserver.revoke_all(USER)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_refresh_all_interrupted_at_random_moments_never_loses_a_grant(
        cli_env, fresh_server, signum):
    server = fresh_server
    store_grants(server, 3)
    server.set_token_delay(0.3)  # the provider has rotated; its answer is on the way
    started = time.time()
    calibration = launch(cli_env, "refresh", "--all")
    _, err = calibration.communicate(timeout=60)
    assert calibration.returncode == 0, err
    duration = time.time() - started
    exchange_from = min(r["start"] for r in server.token_requests()) - started
    rng = random.Random(SEED + signum)
    outcomes = {"deferred": 0, "before the exchange or after": 0, "finished first": 0}
    for run in range(RUNS):
        # half the moments anywhere in the run, half while refreshes talk to the provider
        low = 0.0 if run % 2 else exchange_from
        proc = launch(cli_env, "refresh", "--all")
        try:
            proc.wait(timeout=rng.uniform(low, duration))
        except subprocess.TimeoutExpired:
            proc.send_signal(signum)
        else:
            outcomes["finished first"] += 1
        _, err = proc.communicate(timeout=90)
        if "finishing the refresh in progress" in err:
            outcomes["deferred"] += 1
            assert proc.returncode == 2, err  # quit after the save, as interrupted
        elif proc.returncode != 0:
            outcomes["before the exchange or after"] += 1
        assert "needs to be re-connected" not in err, (run, err)
    print(f"\n{signal.Signals(signum).name}: {RUNS} runs, {outcomes}")
    server.set_token_delay(0)
    done = tokenmgr(cli_env, "refresh", "--all")  # every grant still refreshes
    assert done.returncode == 0, done.stderr
    assert sorted(done.stderr.splitlines()) == [f"Refreshed example:grant{i}" for i in range(3)]
    assert listed(cli_env) == {f"grant{i}": "active" for i in range(3)}
    assert server.token_counts(USER)["refresh"] == 3
    assert outcomes["deferred"] >= 3  # the test did hit the exchange


def test_ctrl_c_while_the_main_thread_talks_to_the_provider_waits_for_the_save(
        cli_env, fresh_server):
    """``tokenmgr refresh ACCOUNT`` exchanges on the main thread, where Ctrl-C would
    otherwise raise inside the HTTP call, after the provider spent the refresh token."""
    server = fresh_server
    store_grants(server, 1)
    server.set_token_delay(0.4)
    rng = random.Random(SEED)
    deferred = 0
    for run in range(10):
        server.clear_token_requests()
        proc = launch(cli_env, "refresh", "example:grant0")
        while not server.token_requests():  # until the request reached the provider
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.02)
            assert proc.poll() is None, proc.communicate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=rng.uniform(0, 0.4))  # within the answer's delay
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        deferred += "finishing the refresh in progress" in err
        assert "needs to be re-connected" not in err, (run, err)
    server.set_token_delay(0)
    done = tokenmgr(cli_env, "refresh", "example:grant0")
    assert done.returncode == 0, done.stderr
    assert deferred >= 1


def test_two_processes_refresh_two_accounts_at_the_same_time(cli_env, fresh_server):
    server = fresh_server
    store_grants(server, 2)
    server.clear_token_requests()
    server.set_token_delay(1.5)
    procs = [launch(cli_env, "refresh", f"example:grant{i}") for i in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    first, second = sorted(server.token_requests(), key=lambda r: r["start"])
    assert first["refresh_token"] != second["refresh_token"]
    assert second["start"] < first["end"]  # the server saw both at once
    assert listed(cli_env) == {"grant0": "active", "grant1": "active"}


def test_two_processes_wanting_one_account_spend_its_refresh_token_once(cli_env, fresh_server):
    server = fresh_server
    (account,) = store_grants(server, 1, expired=True)
    server.clear_token_requests()
    server.set_token_delay(1.0)
    procs = [launch(cli_env, "token", "example:grant0") for _ in range(2)]
    outputs = [proc.communicate(timeout=60) for proc in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    printed = {out.strip() for out, _ in outputs}
    assert len(printed) == 1 and account.tokens.access_token.reveal() not in printed
    requests_seen = server.token_requests()
    assert [r["refresh_token"] for r in requests_seen] == [
        account.tokens.refresh_token.reveal()]  # one exchange for both processes
    assert server.me(printed.pop()).status_code == 200
    assert server.token_counts(USER)["refresh"] == 1  # the grant lives on
