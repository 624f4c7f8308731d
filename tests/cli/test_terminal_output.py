"""Provider text reaches the terminal inert (issue 17 item 2), and refresh without a
refresh token is a re-connect (exit 4), never a silent skip (item 5)."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import NOW, make_account, run, service  # noqa: F401 - fixture
from tokenmgr.cli.terminal import plain

NASTY = "ali\x1b[2J\x1b]0;pwned\x07ce\u202e\x9b31m"
RAW = ("\x1b", "\x07", "\u202e", "\x9b")


def assert_inert(text: str) -> None:
    for char in RAW:
        assert char not in text, repr(text)


def test_plain_shows_every_control_character_as_an_escape():
    assert plain(NASTY) == "ali\\x1b[2J\\x1b]0;pwned\\x07ce\\u202e\\x9b31m"
    assert plain("line\nnext\ttab\x7f") == "line\\x0anext\\x09tab\\x7f"
    assert plain("Zoë · 東京 🙂") == "Zoë · 東京 🙂"  # printable text is untouched


def test_list_shows_a_hostile_account_name_escaped(service, capsys):  # noqa: F811
    service.store.save(make_account(name=NASTY))
    code, out, err = run(capsys, "list")
    assert code == 0
    assert_inert(out + err)
    assert "example:ali\\x1b[2J" in out


def test_list_json_keeps_the_name_exact(service, capsys):  # noqa: F811
    service.store.save(make_account(name=NASTY))
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    assert_inert(out)  # json.dumps escapes them itself
    assert json.loads(out)["accounts"][0]["name"] == NASTY


def test_error_description_in_an_error_line_is_escaped(service, capsys, httpserver):  # noqa: F811
    service.store.save(make_account(expires_in=60))
    httpserver.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"error": "invalid_request", "error_description": "\x1b[2J\x1b]0;owned\x07gone"},
        status=400)
    code, out, err = run(capsys, "token", "example")
    assert (code, out) == (5, "")
    assert_inert(err)
    last = err.splitlines()[-1]  # (the test server's own log line may come first)
    assert last.startswith("tokenmgr: The token endpoint refused") and "\\x1b[2J" in last


@pytest.mark.parametrize("verb", ["refresh", "disconnect"])
def test_manage_lines_escape_the_account_name(service, capsys, httpserver, verb):  # noqa: F811
    service.store.save(make_account(name=NASTY, expires_in=60))
    httpserver.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"access_token": "fresh", "token_type": "Bearer", "expires_in": 3600})
    code, _, err = run(capsys, verb, "example")
    assert code == 0
    assert_inert(err)
    assert "ali\\x1b[2J" in err


# --- item 5: refresh without a refresh token ----------------------------------------------


def test_refresh_without_refresh_token_exits_4_and_names_the_connect_command(
        service, capsys, httpserver):  # noqa: F811
    service.store.save(make_account(refresh=None, expires_in=60))
    code, out, err = run(capsys, "refresh", "example")
    assert (code, out) == (4, "")
    assert "re-connect with `tokenmgr connect example`" in err
    assert httpserver.log == []  # no request was made


def test_refresh_all_reports_accounts_it_cannot_refresh(service, capsys, httpserver):  # noqa: F811
    service.store.save(make_account(name="alice", account_id="1", expires_in=60))
    service.store.save(make_account(name="bob", account_id="2", refresh=None, expires_in=60))
    service.store.save(make_account(name="carol", account_id="3", refresh=None,
                                    expires_in=None))
    httpserver.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"access_token": "fresh", "token_type": "Bearer", "expires_in": 3600})
    code, _, err = run(capsys, "refresh", "--all")
    assert code == 4
    assert "Refreshed example:alice" in err
    assert "example:bob has no refresh token; re-connect with `tokenmgr connect example`" in err
    assert "Skipped example:carol: its token does not expire" in err
    assert service.store.load("example:1").tokens.access_token.reveal() == "fresh"


def test_log_lines_on_the_terminal_are_escaped_but_keep_their_line_breaks():
    import io
    import logging

    from tokenmgr.logsetup import configure_logging

    stream = io.StringIO()
    configure_logging(stream=stream)
    logging.getLogger("tokenmgr.test").warning("provider said %s\nsecond line", NASTY)
    written = stream.getvalue()
    assert_inert(written)
    assert "ali\\x1b[2J" in written and "\nsecond line" in written
