"""Provider answer hooks (token_hooks.py): Slack's ``ok: false`` errors and its nested
user token, checked on the decoded answers Slack documents."""

from __future__ import annotations

import pytest

from tokenmgr.errors import InvalidGrantError, TokenEndpointError
from tokenmgr.oauth.token_hooks import check_api_answer, unwrap_token_answer


@pytest.mark.parametrize(("answer", "error", "raised"), [
    ({"ok": False, "error": "invalid_code"}, "invalid_code", TokenEndpointError),
    ({"ok": False, "error": "token_revoked"}, "token_revoked", InvalidGrantError),
    ({"ok": False, "error": "token_expired"}, "token_expired", InvalidGrantError),
    ({"ok": False, "error": "invalid_grant"}, "invalid_grant", InvalidGrantError),
    ({"ok": False}, "unknown_error", TokenEndpointError),
    ({"ok": False, "error": ""}, "unknown_error", TokenEndpointError),
    ({"ok": False, "error": {"code": 1}}, "unknown_error", TokenEndpointError),
    ({"ok": False, "error": "e" * 100}, "e" * 80, TokenEndpointError),
])
@pytest.mark.parametrize("check", [
    lambda data: unwrap_token_answer("slack", data),
    lambda data: check_api_answer("slack", data),
])
def test_slack_ok_false_raises_the_error_it_names(check, answer, error, raised):
    with pytest.raises(raised) as caught:
        check(answer)
    assert type(caught.value) is raised
    assert caught.value.error == error and caught.value.description is None
    assert str(caught.value) == f"The token endpoint refused: {error}"


@pytest.mark.parametrize("answer", [{"ok": True}, {"ok": 0, "error": "x"}, {"error": "x"}])
def test_only_a_literal_ok_false_is_an_error(answer):
    check_api_answer("slack", answer)
    assert unwrap_token_answer("slack", answer) == answer


def test_standard_answers_pass_unchanged():
    answer = {"ok": False, "error": "x", "token_type": "user"}
    check_api_answer("standard", answer)
    assert unwrap_token_answer("standard", answer) is answer


@pytest.mark.parametrize(("answer", "unwrapped"), [
    ({"ok": True, "access_token": "xoxb-bot", "token_type": "bot"},
     {"ok": True, "access_token": "xoxb-bot", "token_type": "Bearer"}),
    ({"ok": True, "access_token": "xoxe.xoxp-1", "token_type": "user"},
     {"ok": True, "access_token": "xoxe.xoxp-1", "token_type": "Bearer"}),
    ({"ok": True, "access_token": "t", "token_type": "mac"},
     {"ok": True, "access_token": "t", "token_type": "mac"}),
    ({"ok": True, "access_token": "xoxb-bot", "token_type": "bot",
      "authed_user": {"id": "U1", "access_token": 5}},
     {"ok": True, "access_token": "xoxb-bot", "token_type": "Bearer",
      "authed_user": {"id": "U1", "access_token": 5}}),
    ({"ok": True, "access_token": "xoxb-bot", "authed_user": {"id": "U1",
      "access_token": "xoxp-user", "token_type": "user", "scope": "a,b"}},
     {"id": "U1", "access_token": "xoxp-user", "token_type": "Bearer", "scope": "a,b"}),
])
def test_slack_answer_becomes_the_rfc_6749_shape(answer, unwrapped):
    assert unwrap_token_answer("slack", answer) == unwrapped
