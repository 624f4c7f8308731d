"""Pytest fixtures for the e2e OAuth 1 provider and its scripted browser user. Import them
into ``tests/e2e/conftest.py``:

    from tests.e2e.oauth1server.fixtures import oauth1_browser, oauth1server  # noqa: F401
"""

from __future__ import annotations

import itertools
import time

import pytest

from tests.e2e.oauth1_browser import OAuth1BrowserUser
from tests.e2e.oauth1server.control import OAuth1Server


@pytest.fixture(scope="session")
def oauth1server():
    """A running OAuth 1.0a + legacy 1.0 provider (in-process thread, in-memory state shared
    by the whole session: use distinct users or ``revoke_all`` where that matters).

    Attributes: ``base_url``, ``request_token_url``, ``authorize_url``, ``access_token_url``,
    ``me_url`` (GET, realm read), ``echo_url`` (POST form, realm write), ``invalidate_url``,
    ``consumer_key`` ("tokenmgr-consumer") / ``consumer_secret`` ("consumer-secret"),
    ``legacy_key`` ("tokenmgr-legacy") / ``legacy_secret`` ("legacy-secret"), ``users``
    ({"alice": "alice-password", "bob": "bob-password"}), ``user_ids`` (alice 1001, bob 1002),
    ``validator`` (in-memory stores).

    Methods: ``authorization_url(request_token, legacy_callback=None) -> str``,
    ``requests`` (property: per-request log with the oauth_* params and where they were sent),
    ``log() -> str`` (tracebacks of 500s), ``revoke_all(username=None) -> int``,
    ``token_counts(username=None) -> {"request", "access"}``, ``access_token_valid(token)``.

    For PLAINTEXT-accepting or otherwise private state: ``with OAuth1Server(...) as srv:``.
    """
    server = OAuth1Server().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def oauth1_browser(tmp_path):
    """Factory: ``oauth1_browser(action="approve", user="alice", password=None, detach=False,
    timeout=60)`` returns a :class:`tests.e2e.oauth1_browser.OAuth1BrowserUser`: ``env()``
    holds ``BROWSER`` and the ``TOKENMGR_E2E_*`` variables (result file in ``tmp_path``),
    ``run(url)`` runs the script directly, ``result()`` / ``wait_result()`` read its outcome
    (``ok``, ``outcome``, ``final_url``, ``status``, ``text``, ``query``, ``pin`` for oob)."""
    counter = itertools.count()

    def make(
        action: str = "approve",
        user: str = "alice",
        password: str | None = None,
        detach: bool = False,
        timeout: float = 60,
    ) -> OAuth1BrowserUser:
        path = tmp_path / f"oauth1-browser-result-{next(counter)}-{time.monotonic_ns()}.json"
        return OAuth1BrowserUser(
            path, action=action, user=user, password=password, detach=detach, timeout=timeout
        )

    return make
