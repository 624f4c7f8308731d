"""Fixtures for end-to-end tests: a real OAuth 2.0 authorization server on loopback
(django-oauth-toolkit, see ``tests/e2e/authserver``) and a scripted browser user
(``tests/e2e/browser_user.py``) to use as the app's ``BROWSER``."""

from __future__ import annotations

import os
import time

import pytest

from tests.e2e.authserver.control import AuthServer
from tests.e2e.browser_user import BrowserUser
from tests.e2e.cli_helpers import write_provider
from tests.e2e.keyring_helpers import wipe_tokenmgr_items
from tests.e2e.oauth1server.fixtures import oauth1_browser, oauth1server  # noqa: F401


@pytest.fixture(scope="session")
def authserver():
    """A running authorization server, shared by the whole session (state persists between
    tests: use distinct users or ``revoke_all`` where that matters).

    Attributes: ``base_url``, ``authorize_url``, ``token_url``, ``revoke_url``,
    ``introspect_url``, ``userinfo_url``, ``public_client_id`` ("tokenmgr-public"),
    ``confidential_client_id`` ("tokenmgr-confidential"), ``confidential_client_secret``
    ("confidential-secret"), ``redirect_uri`` ("http://127.0.0.1/callback", any port),
    ``scopes``, ``users`` ({"alice": "alice-password", "bob": "bob-password"}),
    ``access_token_expire_seconds`` (3600), ``log_path``.

    Methods (backed by test-only endpoints of the server):
    ``revoke_all(username=None) -> dict`` (POST /test/revoke-all: deletes the user's access
    and refresh tokens and pending codes), ``expire_access_tokens(username=None) -> int``
    (POST /test/expire-access-tokens: access tokens expire now, refresh tokens still work),
    ``token_counts(username) -> {"access", "refresh"}`` (GET /test/tokens),
    ``me(access_token) -> requests.Response`` (GET /api/me: 200 JSON id/username/email or
    401), ``introspect(token) -> dict`` (RFC 7662 as the confidential client),
    ``authorization_url(redirect_uri, state, code_challenge, scope="read profile",
    client_id=None) -> str``, ``log() -> str`` (server stderr).

    Device grant (RFC 8628): ``device_client_id`` ("tokenmgr-device"),
    ``device_authorization_url``, ``device_verification_url``, ``device_interval`` (1 s).

    For another access-token lifetime start a private one:
    ``with AuthServer.start(access_token_expire_seconds=5) as srv: ...``.
    """
    server = AuthServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def browser_user(tmp_path):
    """Factory: ``browser_user(action="approve", user="alice", password=None, detach=False)``
    returns a :class:`tests.e2e.browser_user.BrowserUser` whose ``env()`` holds ``BROWSER``
    and the ``TOKENMGR_E2E_*`` variables (result file in ``tmp_path``); ``run(url)`` runs
    the script directly; ``result()`` / ``wait_result()`` read its outcome."""
    counter = iter(range(1_000_000))

    def make(
        action: str = "approve",
        user: str = "alice",
        password: str | None = None,
        detach: bool = False,
        timeout: float = 60,
    ) -> BrowserUser:
        path = tmp_path / f"browser-result-{next(counter)}-{time.monotonic_ns()}.json"
        return BrowserUser(
            path, action=action, user=user, password=password, detach=detach, timeout=timeout
        )

    return make


@pytest.fixture
def cli_env(tmp_path, authserver):
    """Environment for CLI subprocesses: XDG dirs in tmp_path, the ``example`` provider
    on the test server, tokenmgr's keyring items wiped before and after."""
    wipe_tokenmgr_items()
    config_home = tmp_path / "xdg-config"
    write_provider(config_home, authserver)
    env = dict(os.environ)
    env.update(XDG_CONFIG_HOME=str(config_home), XDG_CACHE_HOME=str(tmp_path / "xdg-cache"))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    yield env
    wipe_tokenmgr_items()
