"""The agent end to end: a real ``tokenmgr agent`` process, the real Secret Service, the
django-oauth-toolkit server; the CLI, ``run`` and the access log through it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from tests.e2e.agent_helpers import RunningAgent, agent_env, cleanup, seed
from tests.e2e.cli_helpers import tokenmgr
from tests.e2e.test_lifecycle import accounts, connect
from tokenmgr.access_log import default_log
from tokenmgr.accounts import build_default_service

pytestmark = pytest.mark.e2e


@pytest.fixture
def with_agent_env(cli_env):
    env, runtime = agent_env(cli_env)
    yield env
    cleanup(runtime)


@pytest.fixture
def agent(with_agent_env):
    running = RunningAgent(with_agent_env)
    yield running
    running.stop()


def last_read(key: str):
    return default_log().last(key)


def token_posts(authserver) -> int:
    return authserver.log().count("POST /o/token/")


def test_the_agent_serves_the_cli_a_token_the_server_accepts_then_stops_on_sigterm(
        cli_env, with_agent_env, browser_user, authserver):
    connect(cli_env, browser_user, "alice")
    (account,) = accounts(cli_env)
    key = f"example:{account['account_id']}"
    running = RunningAgent(with_agent_env)
    done = tokenmgr(with_agent_env, "token", "example")
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert authserver.me(token).status_code == 200
    assert last_read(key).via == "agent"
    header = tokenmgr(with_agent_env, "header", "example")
    assert header.stdout == f"Bearer {token}\n"
    logged = running.stop()
    assert running.process.returncode == 0
    assert not running.socket.exists()
    assert "served example:alice" in logged and token not in logged
    again = tokenmgr(with_agent_env, "token", "example")  # no agent: the keyring
    assert again.stdout.strip() == token and last_read(key).via == "cli"


def test_twenty_concurrent_calls_on_an_expiring_token_refresh_once_at_the_provider(
        cli_env, with_agent_env, browser_user, authserver):
    connect(cli_env, browser_user, "alice")
    (listed,) = accounts(cli_env)
    service = build_default_service()
    stored = service.store.load(f"example:{listed['account_id']}")
    expiring = replace(stored, tokens=replace(stored.tokens,
                                              expires_at=stored.tokens.expires_at - 3500))
    service.store.save(expiring)  # 100 s left: inside the 300 s refresh margin
    running = RunningAgent(with_agent_env)
    try:
        before = token_posts(authserver)
        procs = [subprocess.Popen([sys.executable, "-m", "tokenmgr", "token", "example"],
                                  env=with_agent_env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(20)]
        outputs = [proc.communicate(timeout=120) for proc in procs]
    finally:
        running.stop()
    assert [p.returncode for p in procs] == [0] * 20, [err for _, err in outputs]
    printed = {out.strip() for out, _ in outputs}
    assert len(printed) == 1
    fresh = printed.pop()
    assert fresh != stored.tokens.access_token.reveal()
    assert token_posts(authserver) - before == 1  # exactly one refresh at the provider
    assert authserver.me(fresh).status_code == 200
    reads = default_log().reads(stored.key)
    assert [r.via for r in reads[-20:]] == ["agent"] * 20


CHILD = """
import os, sys, urllib.request
request = urllib.request.Request(sys.argv[1], headers={
    "Authorization": "Bearer " + os.environ[sys.argv[2]]})
print(urllib.request.urlopen(request, timeout=30).status, os.environ.get("TOKENMGR_RUN"))
sys.exit(int(sys.argv[3]))
"""


@pytest.mark.parametrize("use_agent", [False, True], ids=["keyring", "agent"])
def test_run_gives_the_child_a_token_the_server_accepts_and_its_exit_status(
        cli_env, with_agent_env, browser_user, authserver, use_agent):
    connect(cli_env, browser_user, "alice")
    (account,) = accounts(cli_env)
    env = with_agent_env if use_agent else cli_env
    running = RunningAgent(with_agent_env) if use_agent else None
    try:
        done = tokenmgr(env, "run", "--account", "example=API_TOKEN", "--",
                        sys.executable, "-c", CHILD, authserver.userinfo_url, "API_TOKEN", "7")
        assert (done.returncode, done.stdout) == (7, "200 1\n"), done.stderr
        default = tokenmgr(env, "run", "--account", "example", "--", sys.executable, "-c",
                           CHILD, authserver.userinfo_url, "TOKENMGR_TOKEN", "0")
        assert (default.returncode, default.stdout) == (0, "200 1\n"), default.stderr
    finally:
        if running:
            running.stop()
    read = last_read(f"example:{account['account_id']}")
    assert read.via == "run" and read.program == os.path.basename(sys.executable)


def test_run_refreshes_for_min_valid_and_refuses_what_it_cannot_promise(
        cli_env, browser_user, authserver):
    connect(cli_env, browser_user, "alice")
    (account,) = accounts(cli_env)
    old = tokenmgr(cli_env, "token", "example").stdout.strip()
    show = [sys.executable, "-c", "import os; print(os.environ['TOKENMGR_TOKEN'])"]
    done = tokenmgr(cli_env, "run", "--account", "example", "--min-valid", "3500", "--",
                    *show)
    # the 3600 s token is a few seconds old: 3500 s more needs no refresh yet ...
    assert done.returncode == 0 and done.stdout.strip() == old, done.stderr
    service = build_default_service()
    stored = service.store.load(f"example:{account['account_id']}")
    service.store.save(replace(stored, tokens=replace(
        stored.tokens, expires_at=stored.tokens.expires_at - 1000)))
    done = tokenmgr(cli_env, "run", "--account", "example", "--min-valid", "3500", "--",
                    *show)
    fresh = done.stdout.strip()  # ... 2600 s left is not enough: refreshed first
    assert done.returncode == 0 and fresh != old and authserver.me(fresh).status_code == 200
    done = tokenmgr(cli_env, "run", "--account", "example", "--min-valid", "7200", "--",
                    *show)
    assert done.returncode == 2 and done.stdout == ""
    assert "valid for less than --min-valid 7200 s" in done.stderr


def test_run_passes_signals_through_and_refuses_to_nest(cli_env):
    seed()
    killed = tokenmgr(cli_env, "run", "--account", "seeded", "--", sys.executable, "-c",
                      "import os, signal; os.kill(os.getpid(), signal.SIGTERM)")
    assert killed.returncode == -15  # the child's own death, not a wrapper's exit code
    nested = tokenmgr(cli_env, "run", "--account", "seeded", "--", sys.executable, "-m",
                      "tokenmgr", "run", "--account", "seeded", "--", "true")
    assert nested.returncode == 2 and "does not nest" in nested.stderr
    missing = tokenmgr(cli_env, "run", "--account", "seeded", "--", "no-such-command-x")
    assert missing.returncode == 127 and "command not found" in missing.stderr
    two = tokenmgr(cli_env, "run", "--account", "seeded", "--account", "seeded", "--", "true")
    assert two.returncode == 2 and "name each variable" in two.stderr


def test_a_second_agent_refuses_naming_the_first(agent, with_agent_env):
    second = tokenmgr(with_agent_env, "agent", timeout=60)
    assert second.returncode == 1
    assert f"pid {agent.process.pid}, headless" in second.stderr
    assert agent.process.poll() is None and agent.socket.exists()


def test_an_unknown_account_gets_the_agents_clear_error_and_no_fallback(agent, with_agent_env):
    seed()
    done = tokenmgr(with_agent_env, "token", "nosuch")
    assert (done.returncode, done.stdout) == (3, "")
    assert "No account matches 'nosuch' (accounts: seeded:sam)" in done.stderr


def test_the_fast_path_through_the_agent_imports_only_the_standard_library(
        agent, with_agent_env):
    seed()
    probe = ("import sys\nfrom tokenmgr.launcher import main\ncode = main(['token', 'seeded'])\n"
             "heavy = sorted(m for m in ('PySide6', 'requests', 'oauthlib', 'keyring', "
             "'argparse', 'tokenmgr.accounts', 'tokenmgr.cli', 'json', 'socket', 'typing') "
             "if m in sys.modules)\nprint('HEAVY=' + ','.join(heavy), file=sys.stderr)\n"
             "sys.exit(code)")
    done = subprocess.run([sys.executable, "-S", "-c", probe], capture_output=True, text=True,
                          env={**with_agent_env, "PYTHONPATH": os.getcwd()}, timeout=60)
    assert done.returncode == 0 and done.stdout == "seeded-token\n", done.stderr
    assert "HEAVY=\n" in done.stderr
    assert last_read("seeded:77").via == "agent"


def test_a_hostile_socket_is_never_trusted_and_the_keyring_answers(with_agent_env, tmp_path):
    import socket

    seed()
    folder = os.path.join(with_agent_env["XDG_RUNTIME_DIR"], "tokenmgr")
    os.makedirs(folder, mode=0o700)
    garbage = socket.socket(socket.AF_UNIX)
    garbage.bind(os.path.join(folder, "agent.sock"))
    garbage.listen(4)
    import threading

    def answer():
        conn, _ = garbage.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b'{"v":1,"ack":true}\n{"v":1,"ok":true,"token":"evil",'
                         b'"expires_at":1}\n')

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        done = tokenmgr(with_agent_env, "token", "seeded")
    finally:
        thread.join(30)
        garbage.close()
    assert done.stdout == "seeded-token\n" and "evil" not in done.stdout + done.stderr
    assert last_read("seeded:77").via == "cli"


def test_list_json_and_log_show_who_read_each_token(cli_env, with_agent_env):
    seed()
    fresh = tokenmgr(cli_env, "list", "--json")
    (listed,) = json.loads(fresh.stdout)["accounts"]
    assert listed["last_used_at"] is None and listed["last_used_by"] is None
    assert tokenmgr(cli_env, "token", "seeded").returncode == 0
    running = RunningAgent(with_agent_env)
    try:
        assert tokenmgr(with_agent_env, "token", "seeded").returncode == 0
    finally:
        running.stop()
    (listed,) = json.loads(tokenmgr(cli_env, "list", "--json").stdout)["accounts"]
    assert listed["last_used_by"]["via"] == "agent"
    assert listed["last_used_by"]["program"] == os.path.basename(sys.executable)[:15]
    assert listed["last_used_at"].endswith("Z")
    log = tokenmgr(cli_env, "log", "seeded")
    lines = log.stdout.splitlines()
    assert len(lines) == 2 and "via cli" in lines[0] and "via agent" in lines[1]
    assert "seeded-token" not in log.stdout
    as_json = json.loads(tokenmgr(cli_env, "log", "--json").stdout)
    assert [r["via"] for r in as_json["reads"]] == ["cli", "agent"]
