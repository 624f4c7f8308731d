"""The Flatpak manifest is complete: its files exist, it may reach the network and the
Secret Service, and the generated Python module holds a pinned wheel of every dependency
for each architecture (so flatpak-builder can build offline). flatpak-builder itself is not
run here: the runtimes cannot be downloaded on this machine (see the README)."""

from __future__ import annotations

import json
import re
import shlex
import tomllib

import yaml

from tests.packaging.builds import ROOT
from tokenmgr import APP_ID

MANIFEST = ROOT / "packaging" / f"{APP_ID}.yml"
REQUIREMENTS = ROOT / "packaging" / "python3-requirements.json"
ARCHES = ("x86_64", "aarch64")


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_manifest_names_the_app_and_its_permissions():
    m = manifest()
    assert m["app-id"] == APP_ID and m["command"] == "tokenmgr"
    assert m["base"] == "io.qt.PySide.BaseApp"
    assert {"--share=network", "--talk-name=org.freedesktop.secrets",
            "--socket=wayland", "--socket=fallback-x11"} <= set(m["finish-args"])
    assert not any(a.startswith(("--filesystem=home", "--filesystem=host"))
                   for a in m["finish-args"])


def test_every_file_the_manifest_installs_exists():
    m = manifest()
    assert m["modules"][0] == REQUIREMENTS.name and REQUIREMENTS.is_file()
    app = next(mod for mod in m["modules"] if isinstance(mod, dict) and mod["name"] == "tokenmgr")
    installed = [shlex.split(c)[2] for c in app["build-commands"] if c.startswith("install ")]
    assert len(installed) == 3
    assert [p for p in installed if not (ROOT / p).is_file()] == []


def test_generated_module_pins_a_wheel_of_every_dependency_for_every_arch():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {normalize(re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0])
              for r in [*project["project"]["dependencies"], *project["build-system"]["requires"]]}
    wanted -= {"pyside6-essentials"}  # from the BaseApp
    sources = json.loads(REQUIREMENTS.read_text(encoding="utf-8"))["sources"]
    for source in sources:
        assert source["url"].startswith("https://") and source["url"].endswith(".whl")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
    for arch in ARCHES:
        names = {normalize(s["url"].rsplit("/", 1)[-1].split("-")[0]) for s in sources
                 if arch in s.get("only-arches", ARCHES)}
        assert sorted(wanted - names) == [], (
            f"{arch}: run packaging/flatpak-pip-requirements after changing dependencies")
