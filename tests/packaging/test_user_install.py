"""The wheel, installed with ``pip install --user`` into a scratch PYTHONUSERBASE, runs from
there: resources come from the installed package, not from a checkout or ``sys.prefix``.

The scratch install is of tokenmgr alone (``--no-deps``); its dependencies are lent from this
test venv's site-packages through PYTHONPATH, which processes no ``.pth`` files, so the venv's
editable tokenmgr stays invisible and every ``tokenmgr`` module comes from the user site.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.packaging import builds
from tests.packaging.launch import window_comes_up
from tokenmgr import APP_ID

pytestmark = [pytest.mark.install, pytest.mark.timeout(900)]  # builds the wheel first


def test_the_wheel_carries_every_file_under_the_resources_folder():
    shipped = {n for n in zipfile.ZipFile(builds.wheel()).namelist()}
    folder = builds.ROOT / "tokenmgr" / "resources"
    on_disk = {str(p.relative_to(builds.ROOT)) for p in folder.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert sorted(on_disk - shipped) == []


@pytest.fixture(scope="module")
def user_install(tmp_path_factory):
    userbase = tmp_path_factory.mktemp("userbase")
    base_python = getattr(sys, "_base_executable", sys.executable)
    env = {**os.environ, "PYTHONUSERBASE": str(userbase),
           "PYTHONPATH": sysconfig.get_path("purelib"),  # the venv's deps (and its pip)
           "PIP_BREAK_SYSTEM_PACKAGES": "1",  # a scratch user base, never the system's
           "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run([base_python, "-m", "pip", "install", "--user", "--no-deps",
                           "--ignore-installed", "-q", str(builds.wheel())],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return userbase, env, base_python


def test_installed_in_the_user_site_and_imported_from_there(user_install, tmp_path):
    userbase, env, base_python = user_install
    done = subprocess.run(
        [base_python, "-c", "import site, tokenmgr.resources as r; "
         "print(site.ENABLE_USER_SITE, r.__file__, r.resource_path('providers.toml'))"],
        env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    enabled, module, presets = done.stdout.split()
    assert enabled == "True"
    assert Path(module).is_relative_to(userbase) and Path(presets).is_relative_to(userbase)
    assert (userbase / "bin" / "tokenmgr").is_file()
    # No data files of its own in ~/.local/share: a menu entry there would carry a bare
    # `Exec=tokenmgr` that `desktop-entry install` could not tell from a user's own file.
    assert not (userbase / "share").exists()


def test_providers_runs_from_the_user_install(user_install, tmp_path):
    userbase, env, _ = user_install
    done = subprocess.run([str(userbase / "bin" / "tokenmgr"), "providers", "--json"],
                          env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "github" in {p["id"] for p in json.loads(done.stdout)["providers"]}


def test_the_window_opens_offscreen_from_the_user_install(user_install, tmp_path):
    userbase, env, _ = user_install
    log = window_comes_up([str(userbase / "bin" / "tokenmgr")],
                          {**env, "XDG_STATE_HOME": str(tmp_path / "state")})
    assert "Traceback" not in log


def test_desktop_entry_points_at_the_user_installed_command(user_install, tmp_path):
    userbase, env, _ = user_install
    command = userbase / "bin" / "tokenmgr"
    done = subprocess.run([str(command), "desktop-entry", "install"],
                          env={**env, "XDG_DATA_HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    desktop = (tmp_path / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={command}\n" in desktop
