"""Ask the agent for a token (standard library only: this is the fast path).

``ask()`` returns the agent's reply, or None when no usable agent answers —
no socket, a stale one, another user's, garbage, or no acknowledgement within
``ack_deadline`` — and the caller then reads the keyring itself. A reply is
used only if it is complete, of this protocol version, and its token is not
expired: a stale token is never handed on.
"""

from __future__ import annotations

import _socket  # see peercred: ``socket`` would cost more than the exchange
import os
import sys
import time

from tokenmgr.agent import peercred, protocol

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# connect + acknowledgement: a live agent answers in about a millisecond; the margin is
# for a machine busy starting many processes at once. TOKENMGR_AGENT_ACK_MS overrides.
ACK_DEADLINE = 0.2
REPLY_DEADLINE = 120.0  # a refresh at the provider may take this long


def _warn(text: str) -> None:
    print(f"tokenmgr: {text}; reading the keyring instead", file=sys.stderr)


def _read_line(sock: Any, buffer: bytearray, deadline: float) -> bytes | None:
    while b"\n" not in buffer:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        sock.settimeout(left)
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer += chunk
        if len(buffer) > protocol.MAX_LINE:
            raise protocol.ProtocolError("reply too long")
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line


def ask(request: dict[str, Any], *, path: str | None = None,
        ack_deadline: float | None = None, reply_deadline: float = REPLY_DEADLINE,
        expected_uid: int | None = None) -> dict[str, Any] | None:
    """One request/reply exchange with the agent; None means "read the keyring"."""
    path = path or protocol.socket_path()
    if path is None or not peercred.supported():
        return None
    if ack_deadline is None:
        ack_deadline = ack_deadline_from_env()
    start = time.monotonic()
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        sock.settimeout(ack_deadline)
        try:
            sock.connect(str(path))
        except (FileNotFoundError, ConnectionRefusedError):
            return None  # no agent, or a stale socket file
        except OSError as exc:
            _warn(f"the agent socket {path} cannot be used ({exc.strerror or exc})")
            return None
        try:
            peercred.check_same_user(peercred.peer_cred(sock), expected_uid)
        except peercred.PeerRejected as exc:
            _warn(f"ignoring the agent socket {path}: {exc}")
            return None
        buffer = bytearray()
        try:
            sock.sendall(protocol.encode(request))
            ack = _read_line(sock, buffer, start + ack_deadline)
            if ack is None or protocol.decode(ack).get("ack") is not True:
                _warn(f"the agent at {path} did not acknowledge")
                return None
            line = _read_line(sock, buffer, time.monotonic() + reply_deadline)
        except TimeoutError:
            _warn(f"the agent at {path} did not answer in time")
            return None
        except protocol.ProtocolError:
            _warn(f"the agent at {path} answered garbage")
            return None
        except OSError:
            return None  # the agent went away mid-exchange
        if line is None:
            return None
        try:
            reply = protocol.decode(line)
        except protocol.ProtocolError:
            _warn(f"the agent at {path} answered garbage")
            return None
        return reply if usable(reply) else None
    finally:
        sock.close()


def ack_deadline_from_env() -> float:
    try:
        return max(1, int(os.environ["TOKENMGR_AGENT_ACK_MS"])) / 1000
    except (KeyError, ValueError):
        return ACK_DEADLINE


def usable(reply: dict[str, Any], now: float | None = None) -> bool:
    """A complete reply of this version; a token reply's token is unexpired."""
    if reply.get("v") != protocol.VERSION or reply.get("fallback"):
        return False
    if reply.get("ok") is False:
        return isinstance(reply.get("error"), str) and isinstance(reply.get("exit_code"), int)
    if reply.get("ok") is not True:
        return False
    if "token" not in reply:
        return True  # ping
    expires_at = reply.get("expires_at")
    if not isinstance(reply.get("token"), str) or not reply["token"]:
        return False
    if expires_at is None:
        return True  # a token without an expiry (GitHub OAuth apps, OAuth 1)
    return isinstance(expires_at, int | float) and not isinstance(expires_at, bool) \
        and expires_at > (time.time() if now is None else now)


def token_request(account: str, *, via: str, min_valid: float = 0.0,
                  program: str | None = None, pid: int | None = None) -> dict[str, Any]:
    """A token request naming the caller: by default the process that ran us."""
    if program is None or pid is None:
        found_program, found_pid = peercred.calling_program()
        program, pid = program or found_program, pid or found_pid
    return {"op": "token", "account": account, "min_valid": min_valid, "via": via,
            "caller": {"program": program, "pid": pid}}


def agent_disabled() -> bool:
    """``TOKENMGR_NO_AGENT=1`` skips the agent (benchmarks, debugging)."""
    return os.environ.get("TOKENMGR_NO_AGENT", "") not in ("", "0")
