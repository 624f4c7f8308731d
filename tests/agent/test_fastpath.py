"""The pre-argparse fast path: which command lines it takes, and what it prints."""

from __future__ import annotations

import pytest

from tokenmgr.agent import fastpath


@pytest.mark.parametrize(("args", "parsed"), [
    (["token", "github"], ("token", "github")),
    (["token"], ("token", None)),
    (["header", "github"], ("header", "github")),
    (["token", "--help"], None),
    (["token", "a", "b"], None),
    (["header", "x", "--url", "https://a"], None),
    (["--debug", "token", "x"], None),
    (["list"], None),
    ([], None),
])
def test_only_the_simple_forms_take_the_fast_path(args, parsed):
    assert fastpath.parse(args) == parsed


def test_a_token_reply_is_printed_alone(capsys):
    reply = {"ok": True, "token": "t-1", "token_type": "Bearer"}
    assert fastpath.emit("token", reply) == 0
    assert capsys.readouterr().out == "t-1\n"
    assert fastpath.emit("header", reply) == 0
    assert capsys.readouterr().out == "Bearer t-1\n"


def test_an_oauth1_header_is_left_to_the_signing_path(capsys):
    assert fastpath.emit("header", {"ok": True, "token": "t", "token_type": "OAuth1"}) is None
    assert capsys.readouterr().out == ""


def test_an_agent_error_is_one_line_on_stderr_with_its_exit_code(capsys):
    assert fastpath.emit("token", {"ok": False, "error": "No account matches 'x'.",
                                   "exit_code": 3}) == 3
    out, err = capsys.readouterr()
    assert out == "" and err == "tokenmgr: No account matches 'x'.\n"


def test_without_a_runtime_dir_nothing_is_asked(monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert fastpath.serve(["token", "github"]) is None


def test_the_agent_can_be_switched_off(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("TOKENMGR_NO_AGENT", "1")
    assert fastpath.ask_agent("github", via="agent") is None
