"""The window runs the agent while it is open (issue 18): started off the UI thread
by build_window, serving scripts, stopped on quit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tokenmgr import accounts
from tokenmgr.agent import client
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
from tokenmgr.ui.app import build_window

pytestmark = pytest.mark.gui


@pytest.fixture
def runtime_dir(monkeypatch):
    folder = Path(tempfile.mkdtemp(prefix="tmw", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_window_serves_tokens_while_open_and_stops_on_quit(
        qtbot, qapp, service, monkeypatch, runtime_dir):
    service.store.save(Account(provider_id="example", account_id="9", name="win",
                               tokens=TokenSet(Secret("window-served")),
                               connected_at=time.time()))
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    monkeypatch.setenv("TOKENMGR_AGENT_ACK_MS", "20000")  # a loaded CI machine
    window = build_window(qapp)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.token_agent.server is not None, timeout=10000)
    socket_path = runtime_dir / "tokenmgr" / "agent.sock"
    request = client.token_request("example:win", via="agent", program="t", pid=os.getpid())
    reply = client.ask(request, path=str(socket_path), ack_deadline=5)
    assert reply["ok"] and reply["token"] == "window-served"
    # the real command: the account exists only in the window's (in-memory) store, so
    # this output can only have come from the window's agent
    done = subprocess.run([sys.executable, "-m", "tokenmgr", "token", "example:win"],
                          capture_output=True, text=True, timeout=60, env=dict(os.environ))
    assert (done.returncode, done.stdout) == (0, "window-served\n"), done.stderr
    # wired to quit: disconnecting warns (and fails the test) if it was not connected
    qapp.aboutToQuit.disconnect(window.token_agent.stop)
    window.token_agent.stop()
    assert not socket_path.exists()
    assert client.ask(request, path=str(socket_path)) is None
    window.runner.wait_for_done(5000)


def test_without_a_runtime_dir_the_window_opens_and_does_not_serve(
        qtbot, qapp, service, monkeypatch):
    monkeypatch.setattr(accounts, "build_default_service", lambda: service)
    window = build_window(qapp)
    qtbot.addWidget(window)
    window.token_agent.thread.join(10)
    assert window.token_agent.server is None
    assert "XDG_RUNTIME_DIR" in window.token_agent.error
    qapp.aboutToQuit.disconnect(window.token_agent.stop)
    window.runner.wait_for_done(5000)
