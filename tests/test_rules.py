"""rules.toml: account by URL, git remote or directory; TOKENMGR_ACCOUNT first."""

from __future__ import annotations

import subprocess

import pytest

from tokenmgr.rules import RulesError, choose, dir_matches, git_remotes, load_rules, url_matches

RULES = """
[[rule]]
url = "github.com/acme/*"
account = "github:work"

[[rule]]
url = "github.com"
account = "github:me"
username = "x-access-token"

[[rule]]
remote = "*gitlab.example.com*acme/*"
account = "gitlab:work"

[[rule]]
dir = "{home}/src/client-*"
account = "google:client"
"""


@pytest.fixture
def rules_path(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text(RULES.format(home=tmp_path), encoding="utf-8")
    return path


def test_url_rules_match_host_and_path_glob_in_file_order(rules_path):
    choice = choose(url="https://github.com/acme/tool.git", path=rules_path, environ={})
    assert choice.account == "github:work"
    assert choice.reason == f"rule 1 in {rules_path}: url = 'github.com/acme/*'"
    other = choose(url="https://user@GitHub.com/someone/x", path=rules_path, environ={})
    assert (other.account, other.username) == ("github:me", "x-access-token")
    assert choose(url="https://gitlab.com/acme/x", path=rules_path, environ={}) is None


def test_dir_rules_match_the_directory_and_everything_below(rules_path, tmp_path):
    inside = tmp_path / "src" / "client-a" / "deep" / "er"
    inside.mkdir(parents=True)
    assert choose(cwd=str(inside), path=rules_path, environ={}).account == "google:client"
    assert choose(cwd=str(tmp_path / "src"), path=rules_path, environ={}) is None


def test_remote_rules_read_the_repositorys_remotes_also_from_a_worktree(rules_path, tmp_path):
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin",
                    "git@gitlab.example.com:acme/app.git"], check=True)
    (repo / "sub").mkdir()
    assert git_remotes(str(repo / "sub")) == ["git@gitlab.example.com:acme/app.git"]
    assert choose(cwd=str(repo / "sub"), path=rules_path, environ={}).account == "gitlab:work"
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t",
                    "commit", "-q", "--allow-empty", "-m", "x"], check=True)
    subprocess.run(["git", "-C", str(repo), "worktree", "add", "-q", str(tmp_path / "wt")],
                   check=True)
    assert choose(cwd=str(tmp_path / "wt"), path=rules_path, environ={}).account == \
        "gitlab:work"


def test_the_environment_overrides_every_rule(rules_path):
    choice = choose(url="https://github.com/acme/x", path=rules_path,
                    environ={"TOKENMGR_ACCOUNT": "slack:team"})
    assert choice.account == "slack:team" and "TOKENMGR_ACCOUNT" in choice.reason


def test_no_file_means_no_rules(tmp_path):
    assert load_rules(tmp_path / "absent.toml") == []
    assert choose(cwd=str(tmp_path), path=tmp_path / "absent.toml", environ={}) is None


@pytest.mark.parametrize(("text", "words"), [
    ("[[rule]]\naccount = 'a'\n", "rule 1 needs exactly one of url, remote or dir"),
    ("[[rule]]\nurl = 'x'\ndir = 'y'\naccount = 'a'\n", "exactly one"),
    ("[[rule]]\nurl = 'x'\n", "rule 1 names no account"),
    ("[[rule]]\nurl = 'x'\naccount = 'a'\n[[rule]]\nurl = 'y'\naccount = 3\n",
     "rule 2: account must be a non-empty string"),
    ("[[rule]]\nurl = 'x'\naccount = 'a'\nhost = 'h'\n", "unknown key 'host'"),
    ("[rules]\nx = 1\n", "unknown table 'rules'"),
    ("rule = 5\n", "write each rule as a [[rule]] table"),
    ("[[rule]\n", "rules.toml"),
])
def test_a_bad_rules_file_says_which_rule_and_why(tmp_path, text, words):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert words in str(caught.value) and str(path) in str(caught.value)


@pytest.mark.parametrize(("pattern", "url", "hit"), [
    ("github.com", "https://github.com/a/b", True),
    ("*.example.com", "https://git.example.com/x", True),
    ("*.example.com", "https://example.com/x", False),
    ("https://github.com/acme/*", "https://github.com/acme/tool", True),
    ("github.com/acme/*", "https://github.com/acmeinc/tool", False),
    ("127.0.0.1:8080/repo*", "http://127.0.0.1:8080/repo.git", True),
    ("127.0.0.1:8080", "http://127.0.0.1:9090/repo.git", False),
])
def test_url_patterns(pattern, url, hit):
    assert url_matches(pattern, url) is hit


def test_dir_patterns_expand_the_home(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert dir_matches("~/work", str(tmp_path / "work" / "x"))
    assert not dir_matches("~/work", str(tmp_path / "workshop"))
