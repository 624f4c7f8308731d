"""The agent's socket: ``$XDG_RUNTIME_DIR/tokenmgr/agent.sock``.

The directory is 0700 and the socket 0600, and every connection's peer is
checked with ``SO_PEERCRED``: only this user is served. One agent per user:
it holds ``agent.lock`` (an ``flock``) while it serves, so a second agent
refuses and names the first, and a socket file left by a dead agent is known
to be stale and replaced. A connection gets ``READ_DEADLINE`` seconds to send
its request; garbage gets an error reply, never an echo.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import selectors
import socket
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tokenmgr.agent import peercred, protocol
from tokenmgr.agent.peercred import PeerCred, PeerRejected
from tokenmgr.errors import TokenmgrError

log = logging.getLogger(__name__)

READ_DEADLINE = 2.0
MAX_CONNECTIONS = 64

Handler = Callable[[dict[str, Any], PeerCred], dict[str, Any]]


class AgentError(TokenmgrError):
    """The agent cannot start (another agent runs, no runtime dir, unsafe directory)."""


class AgentRunningError(AgentError):
    def __init__(self, path: Path, owner: dict[str, Any]) -> None:
        self.owner = owner
        who = f"pid {owner.get('pid', '?')}, {owner.get('kind', 'unknown')}"
        super().__init__(f"Another tokenmgr agent ({who}) is already serving {path}.")


def prepare_dir(folder: Path) -> Path:
    """Create the agent's directory 0700, or refuse one that another user could enter."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise AgentError(f"{folder} is not a directory owned by you; the agent will not "
                         "serve tokens there.")
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


class AgentServer:
    def __init__(self, handler: Handler, folder: Path, *, kind: str,
                 check_peer: Callable[[PeerCred], PeerCred] = peercred.check_same_user,
                 read_deadline: float = READ_DEADLINE) -> None:
        self.handler = handler
        self.folder = folder
        self.path = folder / protocol.SOCKET_NAME
        self.kind = kind
        self.check_peer = check_peer
        self.read_deadline = read_deadline
        self._sock: socket.socket | None = None
        self._lock_fd: int | None = None
        self._wake_r, self._wake_w = -1, -1
        self._thread: threading.Thread | None = None
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    # --- start and stop ------------------------------------------------------

    def start(self) -> None:
        """Claim the agent lock, replace a stale socket, listen, serve on a thread."""
        if not peercred.supported():
            raise AgentError("The agent needs Linux peer credentials (SO_PEERCRED); on this "
                             "platform scripts read the keyring directly.")
        try:
            prepare_dir(self.folder)
        except OSError as exc:
            raise AgentError(f"Cannot prepare {self.folder}: {exc.strerror or exc}.") from None
        self._claim()
        try:
            if self.path.exists() or self.path.is_symlink():
                log.warning("replacing a stale agent socket %s", self.path)
                self.path.unlink()
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(str(self.path))
                os.chmod(self.path, 0o600)
                sock.listen(MAX_CONNECTIONS)
            except OSError as exc:
                sock.close()
                raise AgentError(f"Cannot listen on {self.path}: {exc.strerror or exc}.") from None
        except BaseException:
            self._release()
            raise
        self._sock = sock
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._serve, name="tokenmgr-agent", daemon=True)
        self._thread.start()
        log.info("agent (%s, pid %d) serving %s", self.kind, os.getpid(), self.path)

    def _claim(self) -> None:
        import fcntl

        lock_path = self.folder / protocol.LOCK_NAME
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = _read_owner(fd)
            os.close(fd)
            raise AgentRunningError(self.path, owner) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid(), "kind": self.kind}).encode(), 0)
        self._lock_fd = fd

    def _release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # drops the flock
            self._lock_fd = None

    def stop(self) -> None:
        """Stop accepting, remove the socket, release the lock. Idempotent."""
        if self._thread is not None:
            os.write(self._wake_w, b"x")
            self._thread.join(timeout=5)
            self._thread = None
            for fd in (self._wake_r, self._wake_w):
                os.close(fd)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            log.info("agent stopped")
        self._release()

    def __enter__(self) -> AgentServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- serving -------------------------------------------------------------

    def _serve(self) -> None:
        assert self._sock is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self._sock, selectors.EVENT_READ, "accept")
            selector.register(self._wake_r, selectors.EVENT_READ, "stop")
            while True:
                for key, _ in selector.select():
                    if key.data == "stop":
                        return
                    try:
                        conn, _ = self._sock.accept()
                    except OSError:
                        continue
                    if not self._slots.acquire(blocking=False):
                        conn.close()  # too many at once: the client reads the keyring
                        continue
                    threading.Thread(target=self._connection, args=(conn,),
                                     name="tokenmgr-agent-conn", daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        try:
            with conn:
                self._exchange(conn)
        except OSError as exc:
            log.debug("agent connection ended: %s", exc)
        finally:
            self._slots.release()

    def _exchange(self, conn: socket.socket) -> None:
        try:
            peer = self.check_peer(peercred.peer_cred(conn))
        except PeerRejected as exc:
            log.warning("refused a connection: %s", exc)
            return
        try:
            line = _read_request_line(conn, time.monotonic() + self.read_deadline)
            request = protocol.check_request(protocol.decode(line))
        except TimeoutError:
            log.warning("pid %d sent no request in %.1f s", peer.pid, self.read_deadline)
            return
        except protocol.ProtocolError as exc:
            log.warning("bad request from pid %d: %s", peer.pid, exc)
            conn.sendall(protocol.encode({"ok": False, "error": f"bad request: {exc}",
                                          "exit_code": 2, "fallback": True}))
            return
        conn.sendall(protocol.encode({"ack": True}))
        reply = self.handler(request, peer)
        conn.sendall(protocol.encode(reply))


def _read_request_line(conn: socket.socket, deadline: float) -> bytes:
    """One line within the deadline as a whole (a trickle of bytes does not extend it)."""
    buffer = bytearray()
    while b"\n" not in buffer:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        conn.settimeout(left)
        chunk = conn.recv(65536)
        if not chunk:
            break
        buffer += chunk
        if len(buffer) > protocol.MAX_LINE:
            raise protocol.ProtocolError("request too long")
    return bytes(buffer).partition(b"\n")[0]


def _read_owner(fd: int) -> dict[str, Any]:
    try:
        data = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return data if isinstance(data, dict) else {}
    except ValueError:
        return {}


def start_agent(kind: str, service_factory: Callable[[], Any] | None = None) -> AgentServer:
    """The real agent: default service, default access log, ``$XDG_RUNTIME_DIR``."""
    from tokenmgr.access_log import default_log
    from tokenmgr.agent.broker import TokenBroker

    runtime = protocol.agent_dir()
    if runtime is None:
        raise AgentError("XDG_RUNTIME_DIR is not set: there is no private place for the "
                         "agent's socket.")
    if service_factory is None:
        from tokenmgr.accounts import build_default_service

        service_factory = build_default_service
    broker = TokenBroker(service_factory(), default_log(), kind=kind)
    server = AgentServer(broker.handle, Path(runtime), kind=kind)
    server.start()
    return server
