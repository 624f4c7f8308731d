"""Real ``git`` through ``tokenmgr git-credential`` against a local HTTP git endpoint
that accepts only a token the django-oauth-toolkit server accepts; rules and ``which``."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.e2e.agent_helpers import RunningAgent, agent_env, cleanup, seed
from tests.e2e.cli_helpers import tokenmgr, write_provider
from tests.e2e.keyring_helpers import secret_service_value
from tests.e2e.test_lifecycle import accounts, connect
from tokenmgr.access_log import default_log

pytestmark = pytest.mark.e2e


class GitEndpoint:
    """Dumb-HTTP git: serves a bare repo's files to Basic auth whose password the
    authorization server accepts as a bearer token (401 otherwise)."""

    def __init__(self, repo: Path, authserver) -> None:
        self.seen: list[tuple[str, int]] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                user, password = "", ""
                header = self.headers.get("Authorization", "")
                if header.startswith("Basic "):
                    user, _, password = base64.b64decode(header[6:]).decode().partition(":")
                status = authserver.me(password).status_code if password else 401
                endpoint.seen.append((user, status))
                path = repo / self.path.split("?", 1)[0].removeprefix("/repo.git/")
                if status != 200:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="test"')
                    self.end_headers()
                elif path.is_file():
                    body = path.read_bytes()
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.send_response(404)
                    self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/repo.git"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def git_endpoint(tmp_path, authserver):
    repo = tmp_path / "repo.git"
    work = tmp_path / "work"
    subprocess.run(["git", "init", "-q", "--bare", str(repo)], check=True)
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run(["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t",
                    "commit", "-q", "--allow-empty", "-m", "first"], check=True)
    subprocess.run(["git", "-C", str(work), "push", "-q", str(repo), "HEAD:refs/heads/main"],
                   check=True)
    subprocess.run(["git", "-C", str(repo), "update-server-info"], check=True)
    endpoint = GitEndpoint(repo, authserver)
    yield endpoint
    endpoint.close()


def git_env(env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "gitconfig"
    config.write_text(f"""[credential]
\thelper = "!'{sys.executable}' -m tokenmgr git-credential"
\tuseHttpPath = true
""", encoding="utf-8")
    return {**env, "GIT_CONFIG_GLOBAL": str(config), "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "", "SSH_ASKPASS": ""}


def write_rules(env: dict[str, str], text: str) -> None:
    path = Path(env["XDG_CONFIG_HOME"]) / "tokenmgr" / "rules.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("use_agent", [False, True], ids=["keyring", "agent"])
def test_git_gets_a_fresh_token_through_the_helper_and_the_endpoint_accepts_it(
        cli_env, browser_user, authserver, git_endpoint, tmp_path, use_agent):
    write_provider(Path(cli_env["XDG_CONFIG_HOME"]), authserver,
                   extra='git_username = "oauth2"')
    connect(cli_env, browser_user, "alice")
    (account,) = accounts(cli_env)
    host_path = git_endpoint.url.split("://", 1)[1]
    write_rules(cli_env, f'[[rule]]\nurl = "{host_path}"\naccount = "example:alice"\n')
    env, runtime = agent_env(cli_env) if use_agent else (dict(cli_env), None)
    running = RunningAgent(env) if use_agent else None
    try:
        done = subprocess.run(["git", "ls-remote", git_endpoint.url],
                              env=git_env(env, tmp_path), capture_output=True, text=True,
                              timeout=120)
    finally:
        if running:
            running.stop()
        if runtime:
            cleanup(runtime)
    assert done.returncode == 0, done.stderr
    assert "refs/heads/main" in done.stdout
    assert ("oauth2", 200) in git_endpoint.seen  # the preset's git username, a live token
    read = default_log().last(f"example:{account['account_id']}")
    assert (read.via, read.program) == ("git", "git-remote-http")  # git's HTTP transport


def test_a_host_no_rule_names_gets_nothing_from_the_helper(cli_env, git_endpoint, tmp_path):
    seed()
    write_rules(cli_env, '[[rule]]\nurl = "github.com"\naccount = "seeded"\n')
    done = subprocess.run(["git", "ls-remote", git_endpoint.url], env=git_env(cli_env, tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert git_endpoint.seen and all(user == "" for user, _ in git_endpoint.seen)
    assert default_log().last("seeded:77") is None


def test_get_answers_the_protocol_and_store_and_erase_touch_nothing(cli_env):
    account = seed()
    write_rules(cli_env, '[[rule]]\nurl = "git.example.com/team/*"\naccount = "seeded:sam"\n'
                         'username = "bot"\n')
    before = secret_service_value("account/seeded/77")
    done = tokenmgr(cli_env, "git-credential", "get",
                    input_text="protocol=https\nhost=git.example.com\npath=team/app.git\n\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"username=bot\npassword=seeded-token\n"
                           f"password_expiry_utc={int(account.tokens.expires_at)}\n")
    for operation in ("store", "erase"):
        done = tokenmgr(cli_env, "git-credential", operation, input_text=(
            "protocol=https\nhost=git.example.com\nusername=bot\npassword=seeded-token\n\n"))
        assert (done.returncode, done.stdout) == (0, "")
    assert secret_service_value("account/seeded/77") == before
    helptext = tokenmgr(cli_env, "git-credential", "--help").stdout
    assert "store and erase do nothing" in " ".join(helptext.split())


def test_which_and_token_without_an_account_follow_the_rules(cli_env, tmp_path):
    seed()
    seed(token="other-token", provider_id="other", name="olga")
    project = tmp_path / "projects" / "acme" / "src"
    project.mkdir(parents=True)
    write_rules(cli_env, f'[[rule]]\nurl = "api.acme.test/v2/*"\naccount = "other"\n\n'
                         f'[[rule]]\ndir = "{tmp_path}/projects/acme"\naccount = "seeded"\n')
    which = tokenmgr(cli_env, "which", "--url", "https://api.acme.test/v2/users")
    assert which.stdout.splitlines()[0] == "other"
    assert "rule 1" in which.stdout and "url = 'api.acme.test/v2/*'" in which.stdout
    which = tokenmgr(cli_env, "which", "--cwd", str(project))
    assert which.stdout.splitlines() == [
        "seeded", f"chosen by rule 2 in {cli_env['XDG_CONFIG_HOME']}/tokenmgr/rules.toml: "
                  f"dir = '{tmp_path}/projects/acme'"]
    here = subprocess.run([sys.executable, "-m", "tokenmgr", "token"], cwd=project, env={
        **cli_env, "PYTHONPATH": os.getcwd()}, capture_output=True, text=True, timeout=60)
    assert here.stdout == "seeded-token\n", here.stderr
    override = subprocess.run([sys.executable, "-m", "tokenmgr", "token"], cwd=project, env={
        **cli_env, "PYTHONPATH": os.getcwd(), "TOKENMGR_ACCOUNT": "other"},
        capture_output=True, text=True, timeout=60)
    assert override.stdout == "other-token\n", override.stderr
    nowhere = tokenmgr(cli_env, "which", "--cwd", str(tmp_path))
    assert nowhere.returncode == 3 and "No rule in" in nowhere.stderr
    nothing = subprocess.run([sys.executable, "-m", "tokenmgr", "token"], cwd=tmp_path, env={
        **cli_env, "PYTHONPATH": os.getcwd()}, capture_output=True, text=True, timeout=60)
    assert (nothing.returncode, nothing.stdout) == (3, "")
    assert "no rule" in nothing.stderr and "tokenmgr which" in nothing.stderr
    log = json.loads(tokenmgr(cli_env, "log", "--json").stdout)["reads"]
    assert [(r["account"], r["via"]) for r in log] == [("seeded:sam", "cli"),
                                                      ("other:olga", "cli")]


def test_a_bad_rules_file_is_reported_clearly(cli_env):
    write_rules(cli_env, "[[rule]]\naccount = 'x'\n")
    done = tokenmgr(cli_env, "which")
    assert done.returncode == 2
    assert "rule 1 needs exactly one of url, remote or dir" in done.stderr
