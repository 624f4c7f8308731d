"""The wire format: compact JSON lines without ``import json`` on the client side."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tokenmgr.agent import protocol
from tokenmgr.agent.protocol import ProtocolError, check_request, decode, encode

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text() |
    st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.dictionaries(st.text(), children, max_size=4), max_leaves=12)


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(), values, max_size=6))
def test_encode_is_json_and_decode_reads_it_back(message):
    line = encode(message)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == {**message, "v": protocol.VERSION}
    assert decode(line.rstrip(b"\n")) == json.loads(line)


@pytest.mark.parametrize("line", [
    b"", b"not json", b"[1, 2]", b'"text"', b"{", b'{"a": NaN}', b'{"a": 1} {"b": 2}',
    b"\xff\xfe", b"[" * 50_000, b'{"a": "' + b"x" * (protocol.MAX_LINE + 1) + b'"}',
])
def test_anything_but_one_json_object_is_a_protocol_error(line):
    with pytest.raises(ProtocolError) as caught:
        decode(line)
    assert "x" * 20 not in str(caught.value)  # the text itself is never echoed


def test_a_token_request_is_checked_and_completed():
    checked = check_request({"v": 1, "op": "token", "account": "github:alice"})
    assert checked["min_valid"] == 0.0 and checked["via"] == "agent"
    assert checked["caller"] == {"program": None, "pid": None}
    checked = check_request({"v": 1, "op": "token", "account": "a", "min_valid": 60,
                             "via": "git", "caller": {"program": "git", "pid": 12}})
    assert checked["caller"] == {"program": "git", "pid": 12} and checked["via"] == "git"


@pytest.mark.parametrize(("request_", "words"), [
    ({"v": 2, "op": "token", "account": "a"}, "version 2"),
    ({"op": "token", "account": "a"}, "version None"),
    ({"v": 1, "op": "delete", "account": "a"}, "unknown op"),
    ({"v": 1, "op": "token"}, "needs an account"),
    ({"v": 1, "op": "token", "account": ""}, "needs an account"),
    ({"v": 1, "op": "token", "account": "a", "min_valid": -1}, "min_valid"),
    ({"v": 1, "op": "token", "account": "a", "min_valid": True}, "min_valid"),
    ({"v": 1, "op": "token", "account": "a", "via": "mail"}, "unknown via"),
])
def test_bad_requests_are_refused_with_the_reason(request_, words):
    with pytest.raises(ProtocolError, match=words):
        check_request(request_)


def test_a_caller_with_wrong_types_is_dropped_not_trusted():
    checked = check_request({"v": 1, "op": "token", "account": "a",
                             "caller": {"program": 5, "pid": "12"}})
    assert checked["caller"] == {"program": None, "pid": None}


def test_the_socket_lives_in_the_runtime_dir_or_nowhere(monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert protocol.socket_path() is None
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    assert protocol.socket_path() == "/run/user/1000/tokenmgr/agent.sock"
