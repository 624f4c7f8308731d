"""The agent's wire format: one JSON object per line, each way (standard library only).

A request::

    {"v": 1, "op": "token", "account": "github:alice", "min_valid": 0,
     "via": "agent", "caller": {"program": "make", "pid": 4242}}

The agent first answers ``{"v": 1, "ack": true}`` (so a client can tell a live
agent from a hung one within a few milliseconds), then the result::

    {"v": 1, "ok": true, "token": "...", "key": "github:123", "account": "github:alice",
     "provider": "github", "expires_at": 1767225600.0, "token_type": "Bearer"}
    {"v": 1, "ok": false, "error": "No account matches 'x' ...", "exit_code": 3}

``op`` ``"ping"`` answers who serves (``pid``, ``kind``). A reply with another
``v`` or ``"fallback": true`` tells the client to read the keyring itself.
"""

from __future__ import annotations

import os

try:  # the C half of ``json``: ``import json`` would also load ``re`` (~5 ms per token)
    import _json
except ImportError:  # pragma: no cover - other interpreters
    _json = None  # type: ignore[assignment]

TYPE_CHECKING = False  # typing and pathlib cost the fast path more than the whole exchange
if TYPE_CHECKING:
    from typing import Any

VERSION = 1
MAX_LINE = 64 * 1024
SOCKET_NAME = "agent.sock"
LOCK_NAME = "agent.lock"
VIAS = ("agent", "cli", "git", "run", "window", "api")


class ProtocolError(ValueError):
    """A line that is not a well-formed message of this protocol."""


def agent_dir() -> str | None:
    """``$XDG_RUNTIME_DIR/tokenmgr``; None when there is no runtime dir (no agent)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime or not hasattr(os, "getuid"):
        return None
    return os.path.join(runtime, "tokenmgr")


def socket_path() -> str | None:
    folder = agent_dir()
    return None if folder is None else os.path.join(folder, SOCKET_NAME)


def _dump(value: Any) -> str:
    """Compact JSON of the values messages hold (dict, str, int, float, bool, None)."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        return _json.encode_basestring_ascii(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("not a JSON number")
        return float.__repr__(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{_dump(str(k))}:{_dump(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


class _Context:
    """What ``_json.make_scanner`` reads from a ``JSONDecoder``: strict JSON, no hooks."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int

    @staticmethod
    def parse_constant(name: str) -> float:
        raise ValueError(f"{name} is not allowed")


def _load(text: str) -> Any:
    text = text.strip()
    value, end = _json.make_scanner(_Context)(text, 0)  # type: ignore[arg-type]  # duck-typed
    if end != len(text):
        raise ValueError("trailing data")
    return value


def encode(message: dict[str, Any]) -> bytes:
    body = {"v": VERSION}  # first on the line, and never overridden by the message
    body.update((k, v) for k, v in message.items() if k != "v")
    if _json is None:  # pragma: no cover
        import json

        return (json.dumps(body, separators=(",", ":")) + "\n").encode()
    return (_dump(body) + "\n").encode()


def decode(line: bytes) -> dict[str, Any]:
    """One message; ``ProtocolError`` for anything else (the text is never echoed:
    it could be a secret sent to the wrong place)."""
    if len(line) > MAX_LINE:
        raise ProtocolError("message too long")
    try:
        text = line.decode("utf-8")
        if _json is None:  # pragma: no cover
            import json

            message = json.loads(text)
        else:
            message = _load(text)
    except (UnicodeDecodeError, ValueError, StopIteration, RecursionError):
        raise ProtocolError("not a JSON line") from None
    if not isinstance(message, dict):
        raise ProtocolError("not a JSON object")
    return message


def check_request(message: dict[str, Any]) -> dict[str, Any]:
    """Validate a request's shape; returns it with defaults filled in."""
    if message.get("v") != VERSION:
        raise ProtocolError(f"unsupported protocol version {message.get('v')!r} "
                            f"(this agent speaks {VERSION})")
    op = message.get("op")
    if op == "ping":
        return message
    if op != "token":
        raise ProtocolError(f"unknown op {op!r}")
    account = message.get("account")
    if not isinstance(account, str) or not account or len(account) > 512:
        raise ProtocolError("a token request needs an account")
    min_valid = message.get("min_valid", 0)
    if not isinstance(min_valid, int | float) or isinstance(min_valid, bool) \
            or not 0 <= min_valid <= 86400:
        raise ProtocolError("min_valid must be 0 to 86400 seconds")
    via = message.get("via", "agent")
    if via not in VIAS:
        raise ProtocolError(f"unknown via {via!r}")
    caller = message.get("caller") or {}
    program = caller.get("program") if isinstance(caller, dict) else None
    pid = caller.get("pid") if isinstance(caller, dict) else None
    return {**message, "min_valid": float(min_valid), "via": via,
            "caller": {"program": program if isinstance(program, str) else None,
                       "pid": pid if isinstance(pid, int) and not isinstance(pid, bool)
                       else None}}
