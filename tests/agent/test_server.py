"""The agent's socket against real clients: permissions, peers, garbage, hangs,
stale sockets, two agents, errors — and the client's fallbacks (None: read the
keyring) in each bad case."""

from __future__ import annotations

import os
import socket
import stat
import threading
import time

import pytest

from tests.agent.conftest import account, make_store
from tokenmgr.accounts import AccountService
from tokenmgr.agent import client, protocol
from tokenmgr.agent.broker import TokenBroker
from tokenmgr.agent.peercred import check_same_user
from tokenmgr.agent.server import AgentError, AgentRunningError, AgentServer, prepare_dir


def ask(server, selector="example", **kwargs):
    request = client.token_request(selector, via="agent", program="pytest", pid=os.getpid())
    return client.ask(request, path=str(server.path), ack_deadline=5.0, **kwargs)


def test_directory_0700_socket_0600_and_a_token_served(running_agent):
    server, service = running_agent
    service.store.save(account("tok-1"))
    assert stat.S_IMODE(os.stat(server.folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(server.path).st_mode) == 0o600
    reply = ask(server)
    assert reply["ok"] and reply["token"] == "tok-1"
    assert reply["account"] == "example:alice" and reply["key"] == "example:1"


def test_a_loose_directory_is_tightened_and_another_users_is_refused(agent_dir):
    agent_dir.mkdir(mode=0o755)
    os.chmod(agent_dir, 0o755)  # noqa: S103 - the unsafe state under test
    prepare_dir(agent_dir)
    assert stat.S_IMODE(os.stat(agent_dir).st_mode) == 0o700
    if os.getuid() != 0:
        pytest.skip("chown to another user needs root")
    os.chown(agent_dir, os.getuid() + 4242, -1)
    with pytest.raises(AgentError, match="not a directory owned by you"):
        prepare_dir(agent_dir)


def test_a_peer_of_another_uid_gets_nothing_and_the_client_falls_back(
        agent_dir, agent_store, access_log):
    agent_store.save(account("tok-1"))
    calls = []

    def handler(request, peer):
        calls.append(request)
        return {"ok": True}

    wrong_uid = lambda cred: check_same_user(cred, expected_uid=os.getuid() + 1)  # noqa: E731
    with AgentServer(handler, agent_dir, kind="test", check_peer=wrong_uid) as server:
        assert ask(server) is None
    assert calls == []


def test_the_client_trusts_no_agent_of_another_uid(running_agent, capsys, access_log):
    server, service = running_agent
    service.store.save(account("tok-1"))
    assert ask(server, expected_uid=os.getuid() + 1) is None
    assert "ignoring the agent socket" in capsys.readouterr().err
    assert access_log.account_keys() == []  # nothing was even requested


def raw_exchange(path, payload: bytes) -> list[bytes]:
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(5)
        sock.connect(str(path))
        sock.sendall(payload)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data.splitlines()


@pytest.mark.parametrize("payload", [
    b"GET / HTTP/1.1\r\n\r\n", b"\xff\x00garbage\n", b'{"v": 2, "op": "token"}\n',
    b'{"v": 1, "op": "token", "account": 5}\n', b"x" * (protocol.MAX_LINE + 10),
])
def test_garbage_gets_an_error_reply_and_the_agent_keeps_serving(running_agent, payload):
    server, service = running_agent
    service.store.save(account("tok-1"))
    (line,) = raw_exchange(server.path, payload)
    reply = protocol.decode(line)
    assert reply["ok"] is False and reply["fallback"] is True
    assert reply["error"].startswith("bad request")
    assert "garbage" not in reply["error"] and "GET" not in reply["error"]
    assert ask(server)["token"] == "tok-1"


def test_a_silent_client_is_dropped_after_the_read_deadline(agent_dir, agent_store, access_log):
    agent_store.save(account("tok-1"))
    broker = TokenBroker(AccountService(agent_store, providers_file=None), access_log, kind="t")
    with AgentServer(broker.handle, agent_dir, kind="t", read_deadline=0.2) as server:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(10)
            sock.connect(str(server.path))
            assert sock.recv(100) == b""  # closed by the agent, nothing sent
        with socket.socket(socket.AF_UNIX) as sock:  # a trickle does not extend the deadline
            sock.settimeout(10)
            sock.connect(str(server.path))
            closed = False
            for _ in range(200):  # one byte per 50 ms: 10 s, far past the 0.2 s deadline
                try:
                    sock.sendall(b" ")
                    sock.settimeout(0.05)
                    closed = sock.recv(100) == b""
                except TimeoutError:
                    continue
                except OSError:
                    closed = True
                break
            assert closed  # dropped without a reply
        assert ask(server)["token"] == "tok-1"


def test_an_unknown_account_is_a_clear_error_with_its_exit_code(running_agent):
    server, service = running_agent
    service.store.save(account("tok-1"))
    reply = ask(server, "nosuch")
    assert reply == {"v": 1, "ok": False, "exit_code": 3,
                     "error": "No account matches 'nosuch' (accounts: example:alice)."}


def test_a_needs_reconnect_account_is_refused_not_served(running_agent):
    from dataclasses import replace

    server, service = running_agent
    service.store.save(replace(account("tok-1"), status="needs_reconnect"))
    reply = ask(server)
    assert reply["ok"] is False and reply["exit_code"] == 4 and "token" not in reply


class FakeAgent:
    """A socket that answers as told (or not at all): the hostile or hung agent."""

    def __init__(self, path, answer: bytes | None, hang_after_ack: bool = False):
        self.path = path
        self.answer = answer
        self.hang_after_ack = hang_after_ack
        self.release = threading.Event()
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.bind(str(path))
        self.sock.listen(4)
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        conn, _ = self.sock.accept()
        with conn:
            conn.recv(65536)
            if self.hang_after_ack:
                conn.sendall(protocol.encode({"ack": True}))
            elif self.answer is not None:
                conn.sendall(self.answer)
            self.release.wait(30)

    def close(self):
        self.release.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def fake_agent(agent_dir):
    prepare_dir(agent_dir)
    made = []

    def make(answer, **kwargs):
        made.append(FakeAgent(agent_dir / "agent.sock", answer, **kwargs))
        return made[-1]

    yield make
    for fake in made:
        fake.close()


def test_a_hung_agent_costs_only_the_ack_deadline(fake_agent, capsys):
    fake = fake_agent(None)
    start = time.monotonic()
    request = client.token_request("example", via="agent")
    assert client.ask(request, path=str(fake.path), ack_deadline=0.05,
                      reply_deadline=60) is None
    assert time.monotonic() - start < 30  # the 60 s reply deadline was never waited for
    assert "did not answer in time" in capsys.readouterr().err


def test_an_agent_that_hangs_after_acknowledging_meets_the_reply_deadline(fake_agent):
    fake = fake_agent(None, hang_after_ack=True)
    request = client.token_request("example", via="agent")
    assert client.ask(request, path=str(fake.path), ack_deadline=5, reply_deadline=0.1) is None


@pytest.mark.parametrize("answer", [
    b"garbage\n",
    protocol.encode({"ack": True}) + b"{not json\n",
    protocol.encode({"ack": True}) + b'{"v": 2, "ok": true, "token": "t"}\n',
    protocol.encode({"ack": True}) + protocol.encode({"ok": True, "token": "stale-token",
                                                      "expires_at": time.time() - 5}),
    protocol.encode({"ack": True}) + protocol.encode({"ok": True, "token": ""}),
    protocol.encode({"ack": True}) + protocol.encode({"ok": False, "error": "x"}),
])
def test_garbage_wrong_versions_and_stale_tokens_from_an_agent_are_never_used(
        fake_agent, answer):
    fake = fake_agent(answer)
    request = client.token_request("example", via="agent")
    assert client.ask(request, path=str(fake.path), ack_deadline=5, reply_deadline=5) is None


def test_a_stale_socket_is_skipped_by_clients_and_replaced_by_the_next_agent(
        agent_dir, agent_store, access_log, capsys):
    prepare_dir(agent_dir)
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(agent_dir / "agent.sock"))
    dead.close()  # the file stays, nobody listens: what a killed agent leaves
    request = client.token_request("example", via="agent")
    assert client.ask(request, path=str(agent_dir / "agent.sock")) is None
    assert capsys.readouterr().err == ""  # no agent is normal: silent fallback
    agent_store.save(account("tok-1"))
    broker = TokenBroker(AccountService(agent_store, providers_file=None), access_log, kind="t")
    with AgentServer(broker.handle, agent_dir, kind="t") as server:
        assert ask(server)["token"] == "tok-1"


def test_a_second_agent_refuses_and_names_the_first(running_agent, agent_store, access_log):
    server, _ = running_agent
    second = AgentServer(lambda r, p: {"ok": True}, server.folder, kind="headless")
    with pytest.raises(AgentRunningError) as caught:
        second.start()
    assert f"pid {os.getpid()}, test" in str(caught.value)
    assert str(server.path) in str(caught.value)
    assert ask(server)["ok"] is False  # the first still serves (no account: its error)


def test_stop_removes_the_socket_and_frees_the_place(agent_dir):
    first = AgentServer(lambda r, p: {"ok": True}, agent_dir, kind="one")
    first.start()
    first.stop()
    first.stop()  # idempotent
    assert not (agent_dir / "agent.sock").exists()
    second = AgentServer(lambda r, p: {"ok": True}, agent_dir, kind="two")
    second.start()
    second.stop()


def test_reads_are_logged_with_the_caller_and_never_the_token(running_agent, access_log):
    server, service = running_agent
    service.store.save(account("tok-secret-1"))
    ask(server)
    (read,) = access_log.reads("example:1")
    assert (read.program, read.pid, read.via, read.account) == \
        ("pytest", os.getpid(), "agent", "example:alice")
    assert "tok-secret-1" not in access_log.path_for("example:1").read_text()


def test_a_write_by_another_process_is_seen_at_once(running_agent, memory_keyring, tmp_path):
    server, _ = running_agent
    other = make_store(memory_keyring, tmp_path)  # same keyring and hint: another process
    other.save(account("tok-1"))
    assert ask(server)["token"] == "tok-1"
    assert ask(server)["token"] == "tok-1"  # from the agent's memory
    other.save(account("tok-2"))  # e.g. `tokenmgr refresh` elsewhere
    assert ask(server)["token"] == "tok-2"
    other.delete("example:1")
    assert ask(server)["exit_code"] == 3


def test_a_cached_token_is_not_served_once_it_is_inside_the_margin(
        running_agent, memory_keyring, tmp_path):
    server, service = running_agent
    service.store.save(account("tok-1", expires_in=3600))
    assert ask(server)["token"] == "tok-1"
    service.refresh_margin = 4000  # now the cached token is "about to expire"
    reply = ask(server)
    assert reply["ok"] is False and "token" not in reply  # a refresh was tried ...
    assert "Unknown provider 'example'" in reply["error"]  # ... and needs the provider


def test_the_change_stamp_moves_after_a_deletes_last_write(agent_store):
    """A reader that cached between a delete's index write and its entry removal
    must see the stamp move once more (else it could serve a deleted account)."""
    agent_store.save(account("tok-1"))
    during = []
    real_delete = agent_store.keyring.delete

    def delete(name):
        result = real_delete(name)
        during.append(agent_store.change_stamp())
        return result

    agent_store.keyring.delete = delete
    agent_store.delete("example:1")
    assert during and during[0] is not None
    assert agent_store.change_stamp() not in (None, during[0])


def test_a_socket_path_too_long_for_unix_sockets_is_a_clear_error(agent_dir):
    deep = agent_dir / ("d" * 120)
    server = AgentServer(lambda r, p: {"ok": True}, deep, kind="t")
    with pytest.raises(AgentError, match="Cannot listen on"):
        server.start()
    again = AgentServer(lambda r, p: {"ok": True}, deep, kind="t")
    with pytest.raises(AgentError, match="Cannot listen on"):
        again.start()  # the failed start released its lock: no "another agent" here


def test_a_refresh_inside_a_batch_is_seen_before_the_batch_writes_the_index(
        running_agent, memory_keyring, tmp_path):
    server, _ = running_agent
    other = make_store(memory_keyring, tmp_path)  # `refresh --all` in another process
    other.save(account("tok-1"))
    assert ask(server)["token"] == "tok-1"
    with other.batched_index(), other.account_locked("example:1"):
        other.save_unlocked(account("tok-2"))  # the entry now; the index at the batch's end
        assert ask(server)["token"] == "tok-2"


def test_an_agent_on_a_store_without_a_stamp_starts_one_and_caches(
        running_agent, memory_keyring, tmp_path):
    server, service = running_agent
    service.store.save(account("tok-1"))
    (tmp_path / "store-stamp").unlink()
    assert ask(server)["token"] == "tok-1"
    assert service.store.change_stamp() is not None
    memory_keyring.items.clear()  # only the agent's memory can answer now
    assert ask(server)["token"] == "tok-1"
