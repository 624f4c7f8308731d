"""Logging cannot leak secrets, even requests-oauthlib's and oauthlib's DEBUG output
(SECURITY.md #28)."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator

import pytest

from tokenmgr.logsetup import NOISY_LOGGERS, configure_logging, redact

ACCESS = "acc3ss-Token-0123456789abcdefghij"
REFRESH = "r3fresh-Token-0123456789abcdefghij"
CODE = "c0de-Value-SplxlOBeZQQYbYS6WxSbIA"
STATE = "st4te-Value-0123456789abcdefghijklmnopqrs"
VERIFIER = "v3rifier-Value-0123456789abcdefghijklmnopq"
CLIENT_SECRET = "cl1ent-Secret-0123456789abcdefghij"
SECRETS = (ACCESS, REFRESH, CODE, STATE, VERIFIER, CLIENT_SECRET)


def assert_clean(text: str) -> None:
    for value in SECRETS:
        assert value not in text


@pytest.mark.parametrize("text", [
    f"access_token={ACCESS}&token_type=bearer",
    f"grant_type=refresh_token&refresh_token={REFRESH}&client_secret={CLIENT_SECRET}",
    f'{{"access_token": "{ACCESS}", "refresh_token": "{REFRESH}", "expires_in": 3600}}',
    f'{{"refresh_token":"{REFRESH}"}}',
    f"{{'access_token': '{ACCESS}', 'refresh_token': '{REFRESH}'}}",
    f"Authorization: Bearer {ACCESS}",
    f"{{'Authorization': 'Bearer {ACCESS}', 'Accept': 'application/json'}}",
    f"GET /callback?code={CODE}&state={STATE} HTTP/1.1",
    f"http://127.0.0.1:53682/callback?state={STATE}&code={CODE}",
    f"code_verifier={VERIFIER}&code={CODE}",
    f"ACCESS_TOKEN={ACCESS}",
])
def test_redact_hides_secret_values(text):
    redacted = redact(text)
    assert_clean(redacted)
    assert "***" in redacted


def test_redact_keeps_the_keys_and_harmless_text():
    redacted = redact(f"POST /token grant_type=refresh_token&refresh_token={REFRESH} "
                      "expires_in=3600")
    assert "grant_type=refresh_token" in redacted
    assert "refresh_token=***" in redacted
    assert "expires_in=3600" in redacted
    assert redact(f"Authorization: Bearer {ACCESS}") == "Authorization: Bearer ***"
    assert redact(f"code={CODE}&state={STATE}") == "code=***&state=***"
    assert redact(f'"refresh_token": "{REFRESH}"') == '"refresh_token": "***"'


def test_redact_leaves_text_without_secrets_alone():
    text = "Starting new HTTPS connection (1): github.com:443"
    assert redact(text) == text


@pytest.fixture
def logging_setup() -> Iterator[Callable[..., tuple[logging.Handler, io.StringIO]]]:
    """configure_logging, undone afterwards: handler removed, levels restored."""
    root = logging.getLogger()
    saved = (root.level, {name: logging.getLogger(name).level for name in NOISY_LOGGERS})
    handlers: list[logging.Handler] = []

    def setup(debug: bool) -> tuple[logging.Handler, io.StringIO]:
        stream = io.StringIO()
        handler = configure_logging(debug=debug, stream=stream)
        handlers.append(handler)
        return handler, stream

    yield setup
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(saved[0])
    for name, level in saved[1].items():
        logging.getLogger(name).setLevel(level)


def log_secrets_like_the_libraries_do() -> None:
    # what requests-oauthlib and oauthlib really log at DEBUG (tokens, bodies, headers)
    rol = logging.getLogger("requests_oauthlib.oauth2_session")
    rol.debug("Requesting url %s using method %s.", "https://example.com/token", "POST")
    rol.debug("Supplying headers %s and data %s",
              {"Authorization": f"Bearer {ACCESS}"},
              {"grant_type": "refresh_token", "refresh_token": REFRESH,
               "client_secret": CLIENT_SECRET})
    rol.debug("Prepared refresh token request body %s",
              f"grant_type=refresh_token&refresh_token={REFRESH}")
    rol.debug("Obtained token %s.", {"access_token": ACCESS, "refresh_token": REFRESH,
                                     "token_type": "Bearer", "expires_in": 3600})
    oauthlib_log = logging.getLogger("oauthlib.oauth2.rfc6749.clients.base")
    oauthlib_log.debug("Prepared request body: code=%s&code_verifier=%s&state=%s",
                       CODE, VERIFIER, STATE)
    logging.getLogger("oauthlib").debug(
        "Authorization response: http://127.0.0.1:53682/callback?code=%s&state=%s", CODE, STATE)
    logging.getLogger("urllib3.connectionpool").debug(
        '%s://%s:%s "%s %s %s" %s %s', "http", "127.0.0.1", 53682, "GET",
        f"/callback?code={CODE}&state={STATE}", "HTTP/1.1", 200, 12)
    try:
        raise ValueError(f"bad body: access_token={ACCESS}")
    except ValueError:
        rol.debug("Token refresh failed", exc_info=True)


def test_debug_logging_of_the_oauth_libraries_shows_no_secret(logging_setup):
    _, stream = logging_setup(debug=True)
    assert logging.getLogger("requests_oauthlib").getEffectiveLevel() == logging.DEBUG
    assert logging.getLogger("oauthlib").getEffectiveLevel() == logging.DEBUG
    log_secrets_like_the_libraries_do()
    output = stream.getvalue()
    # the records did come through, redacted
    assert "requests_oauthlib.oauth2_session" in output
    assert "oauthlib.oauth2.rfc6749.clients.base" in output
    assert "urllib3.connectionpool" in output
    assert "Traceback" in output
    assert output.count("***") >= 10
    assert_clean(output)


def test_without_debug_the_oauth_libraries_log_at_warning_only(logging_setup):
    _, stream = logging_setup(debug=False)
    for name in ("requests_oauthlib", "oauthlib", "urllib3"):
        assert logging.getLogger(name).level == logging.WARNING
    log_secrets_like_the_libraries_do()
    assert stream.getvalue() == ""


def test_warnings_are_still_redacted_without_debug(logging_setup):
    _, stream = logging_setup(debug=False)
    logging.getLogger("oauthlib").warning("Token %s rejected", f"access_token={ACCESS}")
    logging.getLogger("tokenmgr.accounts").error("refresh failed: %r",
                                                 {"refresh_token": REFRESH})
    output = stream.getvalue()
    assert "rejected" in output
    assert "refresh failed" in output
    assert_clean(output)


def test_configure_logging_attaches_one_handler_to_the_root(logging_setup):
    before = list(logging.getLogger().handlers)
    handler, _ = logging_setup(debug=True)
    assert logging.getLogger().handlers == [*before, handler]
