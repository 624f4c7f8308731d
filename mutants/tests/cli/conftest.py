from __future__ import annotations

import pytest

from tokenmgr.logsetup import remove_logging


@pytest.fixture(autouse=True)
def _drop_cli_log_handler():
    """main() installs a stderr handler bound to capsys' stream; drop it after each test."""
    yield
    remove_logging()
