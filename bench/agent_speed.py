"""Benchmark: ``tokenmgr token ACCOUNT`` with the agent running, and without it.

Prints one line per figure: ``name value floor ratio target`` (milliseconds,
medians of fresh processes, paired and interleaved in the same run); tokenmgr
runs as the ``tokenmgr`` command a user types (pip's console script):

- ``token_via_agent``: vs. the keyring floor
  ``python -c "import keyring; keyring.get_password(S, U)"`` (target <= 0.15);
- ``token_via_agent_vs_gh``: vs. ``gh auth token`` with a hand-written
  hosts.yml (target <= 0.6; skipped when ``gh`` is not installed);
- ``token_without_agent``: vs. the same floor (target <= 0.8).

Each figure is measured twice: with this checkout's ``.venv`` (an editable
install, whose import hook alone costs every Python process ~15 ms of
start-up) and as installed from a wheel (``installed_`` rows): a temporary venv
holding a copy of the package laid out as a wheel installs it, which sees the
dependencies of ``.venv`` through a ``.pth`` path line. Floor and tokenmgr
always run on the same interpreter.

Run it inside a throwaway keyring: ``bench/run``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "21"))
TOKEN = "bench-access-token-0123456789"


def seed() -> None:
    from tokenmgr.accounts import build_default_service
    from tokenmgr.oauth.tokens import TokenSet
    from tokenmgr.secret import Secret
    from tokenmgr.store.schema import Account

    now = time.time()
    build_default_service().store.save(Account(
        provider_id="bench", account_id="1", name="bench-user",
        tokens=TokenSet(Secret(TOKEN), expires_at=now + 86400,
                        refresh_token=Secret("bench-refresh"), obtained_at=now),
        connected_at=now))
    import keyring

    keyring.set_password("tokenmgr-bench", "probe", "floor-value")


CPU: dict[str, list[float]] = {}


def timed(cmd: list[str], env: dict[str, str], expect: str | None = None,
          name: str | None = None) -> float:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if name is not None:  # the process's own CPU time: what load does not inflate
        CPU.setdefault(name, []).append(after.ru_utime + after.ru_stime
                                        - before.ru_utime - before.ru_stime)
    if done.returncode != 0 or (expect is not None and done.stdout.strip() != expect):
        raise SystemExit(f"{cmd} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def medians(commands: dict[str, tuple[list[str], dict[str, str], str | None]]) -> dict:
    for cmd, env, expect in commands.values():  # warm the page cache and .pyc files
        timed(cmd, env, expect)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, (cmd, env, expect) in commands.items():
            times[name].append(timed(cmd, env, expect, name))
    return {name: statistics.median(values) for name, values in times.items()}


def gh_env(base: dict[str, str]) -> dict[str, str] | None:
    if shutil.which("gh") is None:
        return None
    folder = Path(tempfile.mkdtemp())
    TEMPORARY.append(folder)
    (folder / "hosts.yml").write_text(
        "github.com:\n    oauth_token: gho_benchtoken0123456789\n    user: bench\n"
        "    git_protocol: https\n", encoding="utf-8")
    env = {k: v for k, v in base.items() if not k.startswith(("GH_", "GITHUB_"))}
    env["GH_CONFIG_DIR"] = str(folder)
    return env


def wait_for_socket(path: Path, agent: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while not path.exists():
        if agent.poll() is not None or time.monotonic() > deadline:
            detail = agent.stderr.read() if agent.stderr else ""
            raise SystemExit(f"the agent did not start: {detail}")
        time.sleep(0.02)


def installed_python() -> str:
    """A venv with tokenmgr installed as from a wheel (no editable import hook)."""
    import site
    import sysconfig

    root = Path(tempfile.mkdtemp(prefix="tmvenv"))
    TEMPORARY.append(root)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; "
                              "print(sysconfig.get_paths()['purelib'])"], check=True,
                             capture_output=True, text=True).stdout.strip()
    repo = Path(__file__).resolve().parent.parent
    shutil.copytree(repo / "tokenmgr", Path(purelib) / "tokenmgr",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(repo / "resources", root / "share" / "tokenmgr" / "resources")
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    deps = deps or [sysconfig.get_paths()["purelib"]]
    (Path(purelib) / "zz-dev-dependencies.pth").write_text("\n".join(deps) + "\n")
    subprocess.run([str(python), "-m", "compileall", "-q", str(Path(purelib) / "tokenmgr")],
                   check=True)
    script = root / "bin" / "tokenmgr"  # what pip writes for [project.scripts]
    script.write_text(f"#!{python}\n" + CONSOLE_SCRIPT, encoding="utf-8")
    script.chmod(0o755)
    return str(python)


TEMPORARY: list[Path] = []  # removed at the end

CONSOLE_SCRIPT = """# -*- coding: utf-8 -*-
import re
import sys
from tokenmgr.launcher import main
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(main())
"""


def row(name: str, value: float, floor: float, target: float) -> None:
    print(f"{name} {value * 1000:.1f} {floor * 1000:.1f} {value / floor:.3f} {target}")


def commands_for(python: str, base: dict[str, str], with_agent: dict[str, str],
                 prefix: str) -> dict[str, tuple[list[str], dict[str, str], str | None]]:
    without = {k: v for k, v in base.items() if k != "XDG_RUNTIME_DIR"}
    floor_cmd = [python, "-c", "import keyring; keyring.get_password('tokenmgr-bench', 'probe')"]
    token_cmd = [str(Path(python).parent / "tokenmgr"), "token", "bench"]
    return {f"{prefix}floor": (floor_cmd, base, None),
            f"{prefix}agent": (token_cmd, with_agent, TOKEN),
            f"{prefix}keyring": (token_cmd, without, TOKEN)}


def main() -> int:
    seed()
    runtime = Path(tempfile.mkdtemp(prefix="tmb"))
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "XDG_RUNTIME_DIR")}
    with_agent = {**base, "XDG_RUNTIME_DIR": str(runtime)}
    agent = subprocess.Popen([sys.executable, "-m", "tokenmgr", "agent"], env=with_agent,
                             stderr=subprocess.PIPE, text=True)
    outside = Path(tempfile.mkdtemp())  # not the checkout: -m must find the installed copy
    try:
        wait_for_socket(runtime / "tokenmgr" / "agent.sock", agent)
        commands = commands_for(sys.executable, base, with_agent, "")
        installed = installed_python()
        commands |= commands_for(installed, base, with_agent, "installed_")
        gh = gh_env(base)
        if gh is not None:
            commands["gh"] = (["gh", "auth", "token"], gh, "gho_benchtoken0123456789")
        os.chdir(outside)
        m = medians(commands)
    finally:
        agent.terminate()
        agent.wait(timeout=30)
        for folder in (runtime, outside, *TEMPORARY):
            shutil.rmtree(folder, ignore_errors=True)
    print(f"# runs={RUNS}; name value_ms floor_ms ratio target")
    for prefix in ("", "installed_"):
        row(f"{prefix}token_via_agent", m[f"{prefix}agent"], m[f"{prefix}floor"], 0.15)
        if "gh" in m:
            row(f"{prefix}token_via_agent_vs_gh", m[f"{prefix}agent"], m["gh"], 0.6)
        row(f"{prefix}token_without_agent", m[f"{prefix}keyring"], m[f"{prefix}floor"], 0.8)
    if "gh" not in m:
        print("# token_via_agent_vs_gh skipped: gh is not installed")
    cpu = {name: statistics.median(values) * 1000 for name, values in CPU.items()}
    print("# CPU ms of the process itself (median; the agent's and the keyring daemon's "
          "work not included): " + ", ".join(f"{k}={v:.1f}" for k, v in cpu.items()))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp())
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    os.environ.setdefault("XDG_STATE_HOME", tempfile.mkdtemp())
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
