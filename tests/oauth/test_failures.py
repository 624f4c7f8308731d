"""Failure classification of a refresh, against a local fake token endpoint
(pytest-httpserver on 127.0.0.1): transient failures are retried with back-off and
never mark an account as needing re-connect; ``invalid_grant`` says why."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokenmgr.accounts import AccountService
from tokenmgr.errors import (
    InvalidGrantError,
    NeedsReconnectError,
    NetworkError,
    OfflineError,
    ProviderBusyError,
)
from tokenmgr.oauth.failures import explain_invalid_grant, parse_retry_after, with_retries
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.schema import STATUS_ACTIVE, STATUS_NEEDS_RECONNECT, Account
from tokenmgr.values.provider import Provider

NOW = 1_700_000_000.0
KEY = "acme:1001"


@pytest.fixture
def server(loopback_idp: HTTPServer) -> HTTPServer:
    """The provider's endpoints on 127.0.0.1, reached directly (tests/conftest.py)."""
    return loopback_idp


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def build(memory_store, tmp_path, token_url: str, sleeps: Sleeps,
          total_timeout: float = 5.0) -> tuple[AccountService, HttpClient]:
    provider = Provider(id="acme", name="Acme", authorize_url="https://acme.test/a",
                        token_url=token_url, client_id="c", scopes=("read",))
    http = HttpClient(connect_timeout=2.0, total_timeout=total_timeout)
    service = AccountService(memory_store, providers_file=tmp_path / "p.toml",
                             catalog_loader=lambda: ProviderCatalog({"acme": provider}),
                             http_factory=lambda: http, clock=lambda: NOW, sleep=sleeps)
    memory_store.save(Account("acme", "1001", "alice", TokenSet(
        Secret("old-access-token-0123456789"), refresh_token=Secret("old-refresh-0123456789"),
        expires_at=NOW - 1, scopes=("read",), obtained_at=NOW - 4000), connected_at=NOW - 4000))
    return service, http


def ok_answer() -> Response:
    return Response(json.dumps({"access_token": "new-access-0123456789", "token_type": "bearer",
                                "expires_in": 3600}), content_type="application/json")


def busy(status: int, retry_after: str | None = None) -> Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return Response("<html>busy</html>", status=status, headers=headers,
                    content_type="text/html")


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def assert_untouched(memory_store):
    stored = memory_store.load(KEY)
    assert stored.status == STATUS_ACTIVE and stored.last_error is None
    assert stored.tokens.access_token == Secret("old-access-token-0123456789")


def test_429_with_retry_after_waits_that_long_then_succeeds(server, memory_store, tmp_path,
                                                            sleeps):
    server.expect_ordered_request("/token").respond_with_response(busy(429, "7"))
    server.expect_ordered_request("/token").respond_with_response(ok_answer())
    service, http = build(memory_store, tmp_path, server.url_for("/token"), sleeps)
    account = service.refresh(KEY)
    assert account.tokens.access_token == Secret("new-access-0123456789")
    assert sleeps == [7.0]
    assert len(server.log) == 2
    http.close()


def test_a_long_retry_after_is_reported_not_slept_through(server, memory_store, tmp_path,
                                                          sleeps):
    server.expect_request("/token").respond_with_response(busy(429, "600"))
    service, http = build(memory_store, tmp_path, server.url_for("/token"), sleeps)
    with pytest.raises(ProviderBusyError) as info:
        service.refresh(KEY)
    assert info.value.retry_after == 600.0 and info.value.status == 429
    text = str(info.value)
    assert text.startswith("Provider busy:") and "wait 10 min" in text
    assert "nothing needs re-connecting" in text
    assert sleeps == [] and len(server.log) == 1
    assert_untouched(memory_store)
    http.close()


def test_503_is_retried_with_doubling_back_off_then_said_as_busy(server, memory_store,
                                                                 tmp_path, sleeps):
    server.expect_request("/token").respond_with_response(busy(503))
    service, http = build(memory_store, tmp_path, server.url_for("/token"), sleeps)
    with pytest.raises(ProviderBusyError) as info:
        service.refresh(KEY)
    assert sleeps == [1.0, 2.0] and len(server.log) == 3
    assert "(HTTP 503)" in str(info.value) and "Provider busy" in str(info.value)
    assert_untouched(memory_store)
    http.close()


def test_408_is_retried_like_a_busy_provider(server, memory_store, tmp_path, sleeps):
    server.expect_ordered_request("/token").respond_with_response(busy(408))
    server.expect_ordered_request("/token").respond_with_response(ok_answer())
    service, http = build(memory_store, tmp_path, server.url_for("/token"), sleeps)
    service.refresh(KEY)
    assert sleeps == [1.0]
    http.close()


def test_500_is_busy_but_not_repeated_a_rotation_may_have_happened(server, memory_store,
                                                                   tmp_path, sleeps):
    server.expect_request("/token").respond_with_response(busy(500))
    service, http = build(memory_store, tmp_path, server.url_for("/token"), sleeps)
    with pytest.raises(ProviderBusyError):
        service.refresh(KEY)
    assert len(server.log) == 1 and sleeps == []
    assert_untouched(memory_store)
    http.close()


def test_a_timeout_is_a_network_error_not_repeated_and_not_a_reconnect(server, memory_store,
                                                                       tmp_path, sleeps):
    release = threading.Event()

    def slow(request: Request) -> Response:
        release.wait(5.0)
        return ok_answer()

    server.expect_request("/token").respond_with_handler(slow)
    service, http = build(memory_store, tmp_path, server.url_for("/token"), sleeps,
                          total_timeout=0.3)
    with pytest.raises(NetworkError) as info:
        service.refresh(KEY)
    release.set()
    assert type(info.value) is NetworkError  # may have reached the provider: not retried
    assert "did not answer in time" in str(info.value)
    assert len(server.log) <= 1 and sleeps == []
    assert_untouched(memory_store)
    http.close()


def test_offline_is_retried_and_said_as_offline(memory_store, tmp_path, sleeps):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    service, http = build(memory_store, tmp_path, f"http://127.0.0.1:{port}/token", sleeps)
    with pytest.raises(OfflineError) as info:
        service.refresh(KEY)
    assert sleeps == [1.0, 2.0]
    assert str(info.value).startswith("Offline?") and "The account is fine" in str(info.value)
    assert_untouched(memory_store)
    http.close()


@pytest.mark.parametrize(("description", "words", "code"), [
    ("AADSTS700082: The refresh token has expired due to inactivity. The token was issued "
     "on 2026-01-01 and was inactive for 90.00:00:00.", "90 days without use", "AADSTS700082"),
    ("AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token "
     "is needed. The user might have changed or reset their password.", "password",
     "AADSTS50173"),
    ("Token has been expired or revoked.", "7 days for apps in Testing", None),
    ("Refresh token revoked", "access was revoked", None),
    ("The refresh token has already been used", "already used", None),
    ("Invalid refresh token", "does not know this refresh token", None),
    (None, "no longer accepts the refresh token", None),
    ("Something \x1b[31mnew\x1b[0m", "the provider says: Something  [31mnew [0m", None),
])
def test_invalid_grant_variants_say_the_cause_and_the_fix(server, memory_store, tmp_path,
                                                          sleeps, description, words, code):
    body = {"error": "invalid_grant"}
    if description is not None:
        body["error_description"] = description
    server.expect_request("/token").respond_with_response(
        Response(json.dumps(body), status=400, content_type="application/json"))
    service, http = build(memory_store, tmp_path, server.url_for("/token"), sleeps)
    with pytest.raises(NeedsReconnectError) as info:
        service.refresh(KEY)
    text = str(info.value)
    assert text.startswith("acme:alice needs re-connect: ")
    assert words in text
    assert "Fix: tokenmgr connect acme:alice" in text
    assert (f"[{code}]" in text) if code else ("[AADSTS" not in text)
    assert "\x1b" not in text
    stored = memory_store.load(KEY)
    assert stored.status == STATUS_NEEDS_RECONNECT
    assert words.lower() in stored.last_error.lower()
    assert (code or "") in stored.last_error
    assert sleeps == [] and len(server.log) == 1
    http.close()


def test_retry_after_as_an_http_date():
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == 30.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_only_retry_safe_failures_are_repeated():
    calls = []

    def failing():
        calls.append(1)
        raise NetworkError("broke mid-answer")

    with pytest.raises(NetworkError):
        with_retries(failing, sleep=Sleeps())
    assert len(calls) == 1


def test_explain_prefers_the_code_over_words():
    why = explain_invalid_grant(InvalidGrantError("invalid_grant", "AADSTS700082: expired"))
    assert why.code == "AADSTS700082" and "90 days" in why.cause
    assert replace(why, code=None).sentence("a:b").endswith("(or Re-connect in the window).")
