"""scripts/ensure-venv (used by scripts/run and scripts/test) runs pip only when the package
metadata changed, other extras are wanted, or the install is gone.

Runs the real script in a scratch checkout whose ``.venv/bin/python`` records what it is
asked to do and, for ``-m pip install``, lays out what an editable install leaves behind.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FAKE_PYTHON = """#!/usr/bin/env bash
echo "$*" >> "$(dirname "$0")/../../calls.log"
if [ "$1 $2 $3" = "-m pip install" ]; then
  mkdir -p "$(dirname "$0")/../lib/python3.11/site-packages/tokenmgr-0.1.0.dist-info"
  printf '#!/bin/sh\\n' > "$(dirname "$0")/tokenmgr"; chmod +x "$(dirname "$0")/tokenmgr"
fi
"""


@pytest.fixture
def checkout(tmp_path):
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "ensure-venv", tmp_path / "scripts" / "ensure-venv")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "tokenmgr"\n')
    (tmp_path / "tokenmgr").mkdir()
    (tmp_path / "tokenmgr" / "__init__.py").write_text('__version__ = "0.1.0"\n')
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    return tmp_path


def installs(checkout: Path, *extras: str) -> list[str]:
    """Run ensure-venv; return the pip installs it made."""
    log = checkout / "calls.log"
    log.unlink(missing_ok=True)
    subprocess.run(["bash", str(checkout / "scripts" / "ensure-venv"), *extras], check=True,
                   capture_output=True, timeout=60)
    calls = log.read_text().splitlines() if log.exists() else []
    return [c for c in calls if c.startswith("-m pip install")]


def test_second_launch_runs_no_pip(checkout):
    assert installs(checkout) == ["-m pip install -q --disable-pip-version-check -e ."]
    assert installs(checkout) == []


def test_test_extras_install_once_and_also_serve_the_app(checkout):
    assert installs(checkout) != []
    assert installs(checkout, "test") == [
        "-m pip install -q --disable-pip-version-check -e .[test]"]
    assert installs(checkout, "test") == []
    assert installs(checkout) == []  # the test install includes the app


@pytest.mark.parametrize("change", [
    lambda c: (c / "pyproject.toml").write_text('[project]\nname = "tokenmgr"\n# new dep\n'),
    lambda c: (c / "tokenmgr" / "__init__.py").write_text('__version__ = "0.2.0"\n'),
    lambda c: shutil.rmtree(next((c / ".venv" / "lib").rglob("tokenmgr-*.dist-info"))),
    lambda c: (c / ".venv" / "bin" / "tokenmgr").unlink(),
], ids=["pyproject", "version", "dist-info-gone", "command-gone"])
def test_changed_metadata_or_a_missing_install_reinstalls(checkout, change):
    installs(checkout)
    change(checkout)
    assert len(installs(checkout)) == 1
    assert installs(checkout) == []


def test_a_failed_install_is_retried_next_time(checkout):
    installs(checkout)
    (checkout / "pyproject.toml").write_text('[project]\nname = "tokenmgr"\nversion = "9"\n')
    python = checkout / ".venv" / "bin" / "python"
    working = python.read_text()
    python.write_text("#!/usr/bin/env bash\nexit 1\n")
    failed = subprocess.run(["bash", str(checkout / "scripts" / "ensure-venv")],
                            capture_output=True, timeout=60)
    assert failed.returncode != 0
    python.write_text(working)
    assert len(installs(checkout)) == 1
