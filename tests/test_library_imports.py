"""The Python API is loaded lazily: `import tokenmgr.cli` stays free of requests and PySide6,
and `from tokenmgr import Accounts` never loads Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest


def loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint(' '.join(sorted(m for m in ('requests', 'PySide6', " \
                   "'oauthlib') if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    return set(done.stdout.split())


def test_the_cli_package_does_not_load_the_python_api_or_its_dependencies():
    assert loaded_after("import tokenmgr, tokenmgr.cli") == set()


def test_accounts_loads_without_qt_or_requests_until_a_session_is_made():
    assert loaded_after("from tokenmgr import Accounts, AccountEntry") == set()


def test_unknown_names_are_attribute_errors():
    import tokenmgr

    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = tokenmgr.Nope
