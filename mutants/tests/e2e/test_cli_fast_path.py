"""``tokenmgr token`` for a valid token: no Qt, no requests, one keyring entry read."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.e2e.keyring_helpers import wipe_tokenmgr_items
from tokenmgr.accounts import build_default_service
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account

pytestmark = pytest.mark.e2e

PROBE = """
import sys
from tokenmgr.launcher import main
code = main(["token", "fast"])
heavy = sorted(m for m in ("PySide6", "requests", "requests_oauthlib", "oauthlib")
               if m in sys.modules)
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture
def seeded():
    wipe_tokenmgr_items()
    now = time.time()
    build_default_service().store.save(Account(
        provider_id="fast", account_id="7", name="speedy",
        tokens=TokenSet(Secret("fast-access-token"), refresh_token=Secret("fast-refresh"),
                        expires_at=now + 3600, obtained_at=now),
        connected_at=now))
    yield
    wipe_tokenmgr_items()


def test_token_for_a_valid_account_imports_no_qt_and_no_network_stack(seeded):
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=dict(os.environ), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "fast-access-token\n"
    assert "HEAVY=\n" in done.stderr


def test_importing_the_cli_loads_no_qt_and_no_requests():
    done = subprocess.run(
        [sys.executable, "-c", "import sys, tokenmgr.cli, tokenmgr.accounts; "
         "print(sorted(m for m in ('PySide6', 'requests', 'requests_oauthlib', 'keyring') "
         "if m in sys.modules))"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
