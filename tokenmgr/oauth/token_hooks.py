"""Named hooks for providers whose answers bend the standard (``Provider.token_response``).

A hook turns a provider's decoded answer into the RFC 6749 shape the parser
expects, or raises the error the answer means. Quirks live here as small named
functions chosen by preset data, never as ``if provider.id == …`` in the engine.

- ``standard``: RFC 6749 as is.
- ``slack``: errors come as HTTP 200 with ``{"ok": false, "error": …}``; the user
  token of ``oauth.v2.access`` is nested under ``authed_user`` with
  ``token_type: "user"`` (https://docs.slack.dev/authentication/installing-with-oauth).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tokenmgr.errors import InvalidGrantError, TokenEndpointError

Hook = Callable[[dict[str, Any]], dict[str, Any]]

# Slack's error codes that mean "the grant is gone" (RFC 6749's invalid_grant).
_SLACK_GRANT_GONE = frozenset({"invalid_refresh_token", "token_revoked", "token_expired",
                               "invalid_grant"})


def _standard(data: dict[str, Any]) -> dict[str, Any]:
    return data


def slack_check(data: dict[str, Any]) -> None:
    """Raise for ``ok: false`` (any Slack Web API answer, whatever its HTTP status)."""
    if data.get("ok") is False:
        error = data.get("error")
        error = error[:80] if isinstance(error, str) and error else "unknown_error"
        if error in _SLACK_GRANT_GONE:
            raise InvalidGrantError(error)
        raise TokenEndpointError(error)


def _slack(data: dict[str, Any]) -> dict[str, Any]:
    slack_check(data)
    user = data.get("authed_user")
    if isinstance(user, dict) and isinstance(user.get("access_token"), str):
        data = dict(user)  # the user token; the bot token (if any) is not ours to keep
    if data.get("token_type") in ("user", "bot"):
        data = {**data, "token_type": "Bearer"}  # Slack's tokens are sent as Bearer
    return data


TOKEN_HOOKS: dict[str, Hook] = {"standard": _standard, "slack": _slack}
# Answers of the provider's other Web API calls (account endpoint, revocation).
API_CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "standard": lambda data: None, "slack": slack_check,
}


def unwrap_token_answer(hook: str, data: dict[str, Any]) -> dict[str, Any]:
    return TOKEN_HOOKS[hook](data)


def check_api_answer(hook: str, data: dict[str, Any]) -> None:
    API_CHECKS[hook](data)
