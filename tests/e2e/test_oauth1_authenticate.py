""""Sign in with Twitter": a provider that opts in sends the user to /oauth/authenticate
instead of /oauth/authorize (real OAuth 1 provider, browser and Secret Service)."""

from __future__ import annotations

import pytest

from tests.e2e.api_helpers import add_oauth1_provider
from tests.e2e.cli_helpers import tokenmgr

pytestmark = pytest.mark.e2e


def test_use_authenticate_url_sends_the_user_to_authenticate(cli_env, oauth1server,
                                                              oauth1_browser):
    add_oauth1_provider(cli_env, oauth1server, "xsign")
    with open(f"{cli_env['XDG_CONFIG_HOME']}/tokenmgr/providers.toml", "a",
              encoding="utf-8") as f:
        f.write(f'authenticate_url = "{oauth1server.authenticate_url}"\n'
                "use_authenticate_url = true\n")
    seen = len(oauth1server.requests)
    user = oauth1_browser("approve", user="alice")
    done = tokenmgr({**cli_env, **user.env()}, "connect", "xsign", "--timeout", "90")
    assert done.returncode == 0, done.stderr
    assert oauth1server.authenticate_url in done.stderr  # the URL shown is that one
    paths = [r["path"] for r in oauth1server.requests[seen:]]
    assert "/oauth/authenticate" in paths
    assert not any(r["path"] == "/oauth/authorize" and r["method"] == "GET"
                   for r in oauth1server.requests[seen:])
