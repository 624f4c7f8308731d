"""Account by context: ``$XDG_CONFIG_HOME/tokenmgr/rules.toml`` (standard library only).

Each ``[[rule]]`` names an ``account`` and one condition; the first rule that
matches wins::

    [[rule]]
    url = "github.com/acme/*"        # host (glob) and optional path glob of a URL
    account = "github:work"

    [[rule]]
    remote = "*gitlab.com*:acme/*"   # a remote URL of the git repository around the cwd
    account = "gitlab:work"
    username = "oauth2"              # optional: the git username (else the preset's)

    [[rule]]
    dir = "~/src/personal"           # the directory (glob) or anything below it
    account = "github:me"

``TOKENMGR_ACCOUNT`` overrides every rule. Nothing global is ever switched:
the choice depends only on the URL, the directory and the environment.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from tokenmgr.errors import ConfigError

KINDS = ("url", "remote", "dir")
ENV_OVERRIDE = "TOKENMGR_ACCOUNT"


class RulesError(ConfigError):
    """rules.toml cannot be used; says which rule and why."""


@dataclass(frozen=True)
class Rule:
    number: int  # 1-based position in the file
    kind: str
    pattern: str
    account: str
    username: str | None = None

    def describe(self, path: Path | None) -> str:
        where = f" in {path}" if path else ""
        return f"rule {self.number}{where}: {self.kind} = {self.pattern!r}"


@dataclass(frozen=True)
class Choice:
    account: str
    reason: str
    username: str | None = None


def rules_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "tokenmgr" / "rules.toml"


def load_rules(path: Path) -> list[Rule]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read ({exc}).") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path}: {exc}.") from None
    unknown = sorted(set(data) - {"rule"})
    if unknown:
        raise RulesError(f"{path}: unknown table {unknown[0]!r}; rules are [[rule]] tables.")
    tables = data.get("rule", [])
    if not isinstance(tables, list):
        raise RulesError(f"{path}: write each rule as a [[rule]] table.")
    return [_rule(path, number, table) for number, table in enumerate(tables, start=1)]


def _rule(path: Path, number: int, table: object) -> Rule:
    if not isinstance(table, dict):
        raise RulesError(f"{path}: rule {number} is not a table.")
    extra = sorted(set(table) - {*KINDS, "account", "username"})
    if extra:
        raise RulesError(f"{path}: rule {number} has an unknown key {extra[0]!r} "
                         f"(known: account, username, {', '.join(KINDS)}).")
    kinds = [k for k in KINDS if k in table]
    if len(kinds) != 1:
        raise RulesError(f"{path}: rule {number} needs exactly one of url, remote or dir.")
    values = {k: table.get(k) for k in (kinds[0], "account", "username")}
    for key, value in values.items():
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise RulesError(f"{path}: rule {number}: {key} must be a non-empty string.")
    if values["account"] is None:
        raise RulesError(f"{path}: rule {number} names no account.")
    return Rule(number, kinds[0], str(values[kinds[0]]), str(values["account"]),
                values["username"])


def _split_url(url: str) -> tuple[str, str]:
    """(lower-case host, path without the leading slash) of a URL or ``host/path``."""
    rest = url.split("://", 1)[1] if "://" in url else url
    host, _, path = rest.partition("/")
    host = host.rpartition("@")[2].lower()
    return host, path.split("?", 1)[0]


def url_matches(pattern: str, url: str) -> bool:
    host_pattern, path_pattern = _split_url(pattern)
    host, path = _split_url(url)
    if not fnmatchcase(host, host_pattern):
        return False
    return not path_pattern or fnmatchcase(path, path_pattern)


def dir_matches(pattern: str, directory: str) -> bool:
    """The directory or one of its parents matches the glob (``~`` expanded)."""
    expanded = os.path.normpath(os.path.expanduser(pattern))
    current = os.path.normpath(os.path.abspath(directory))
    while True:
        if fnmatchcase(current, expanded):
            return True
        parent = os.path.dirname(current)
        if parent == current:
            return False
        current = parent


def git_remotes(directory: str) -> list[str]:
    """Remote URLs of the repository around ``directory``, read from its config
    (no ``git`` process: this runs on the ``tokenmgr token`` fast path)."""
    current = os.path.abspath(directory)
    while True:
        dot_git = os.path.join(current, ".git")
        if os.path.exists(dot_git):
            return _remotes_in(_git_common_dir(dot_git))
        parent = os.path.dirname(current)
        if parent == current:
            return []
        current = parent


def _git_common_dir(dot_git: str) -> str:
    if os.path.isfile(dot_git):  # a worktree or submodule: "gitdir: PATH"
        try:
            with open(dot_git, encoding="utf-8") as handle:
                target = handle.read().strip().removeprefix("gitdir:").strip()
        except OSError:
            return dot_git
        dot_git = os.path.join(os.path.dirname(dot_git), target)
    try:
        with open(os.path.join(dot_git, "commondir"), encoding="utf-8") as handle:
            return os.path.normpath(os.path.join(dot_git, handle.read().strip()))
    except OSError:
        return dot_git


def _remotes_in(git_dir: str) -> list[str]:
    try:
        with open(os.path.join(git_dir, "config"), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    urls, in_remote = [], False
    for raw in lines:
        line = raw.strip()
        if line.startswith("["):
            in_remote = line.lower().startswith("[remote ")
        elif in_remote and line.partition("=")[0].strip().lower() == "url":
            urls.append(line.partition("=")[2].strip().strip('"'))
    return urls


def choose(*, url: str | None = None, cwd: str | None = None,
           rules: list[Rule] | None = None, path: Path | None = None,
           environ: dict[str, str] | None = None) -> Choice | None:
    """The account for this URL and/or directory, and why; None if nothing chooses."""
    env = os.environ if environ is None else environ
    if env.get(ENV_OVERRIDE):
        return Choice(env[ENV_OVERRIDE], f"the {ENV_OVERRIDE} environment variable")
    if rules is None:
        path = path or rules_file()
        rules = load_rules(path)
    remotes: list[str] | None = None
    for rule in rules:
        if rule.kind == "url":
            hit = url is not None and url_matches(rule.pattern, url)
        elif cwd is None:
            hit = False
        elif rule.kind == "dir":
            hit = dir_matches(rule.pattern, cwd)
        else:
            remotes = git_remotes(cwd) if remotes is None else remotes
            hit = any(fnmatchcase(remote, rule.pattern) for remote in remotes)
        if hit:
            return Choice(rule.account, rule.describe(path), rule.username)
    return None
