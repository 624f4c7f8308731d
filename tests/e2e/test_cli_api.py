"""`tokenmgr api` end to end: signed requests for an OAuth 2 account (django-oauth-toolkit)
and an OAuth 1 account (oauthlib's provider), through the real Secret Service, with the
servers echoing exactly what arrived; consumer-only (two-legged) OAuth 1 signing."""

from __future__ import annotations

import json

import pytest
import requests

from tests.e2e.api_helpers import PAIRS, TRICKY_ARGS, connected_env
from tests.e2e.cli_helpers import tokenmgr
from tests.e2e.keyring_helpers import secret_service_value, wipe_tokenmgr_items

pytestmark = pytest.mark.e2e

@pytest.fixture(scope="module")
def env(tmp_path_factory, authserver, oauth1server):
    """`example` (OAuth 2) and `xapi` (OAuth 1) connected as bob once for the module."""
    yield connected_env(tmp_path_factory.mktemp("api"), authserver, oauth1server)
    wipe_tokenmgr_items()
    authserver.revoke_all("bob")  # the servers are shared: leave them as found
    oauth1server.revoke_all("bob")


def api(env, *args, **kwargs):
    return tokenmgr(env, "api", *args, **kwargs)


def stored(env, provider: str) -> dict:
    listing = json.loads(tokenmgr(env, "list", "--json").stdout)["accounts"]
    (account,) = [a for a in listing if a["provider"] == provider]
    entry = secret_service_value(f"account/{provider}/{account['account_id']}")
    return {**account, "tokens": json.loads(entry)["tokens"]}


# --- OAuth 2 ---------------------------------------------------------------------------


def test_oauth2_get_relative_url_with_repeated_query_keys_prints_the_exact_body(env):
    done = api(env, "example", "GET", "/echo?first=1", *TRICKY_ARGS)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["method"] == "GET" and answer["username"] == "bob"
    assert answer["query"] == [["first", "1"], *PAIRS]
    assert done.stdout.startswith('{"method": "GET"')  # not a TTY: exactly as sent


def test_oauth2_post_form_keeps_order_and_repeated_keys(env, authserver):
    done = api(env, "example", "POST", f"{authserver.base_url}/api/echo", *TRICKY_ARGS)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["method"] == "POST"
    assert answer["content_type"] == "application/x-www-form-urlencoded"
    assert answer["form"] == PAIRS


def test_oauth2_json_body_is_sent_as_json(env):
    body = {"ü": ["a&b", 1], "path": "/x?y=z#w"}
    done = api(env, "example", "PUT", "/echo", "--json", json.dumps(body))
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert (answer["method"], answer["content_type"], answer["json"]) == (
        "PUT", "application/json", body)
    piped = api(env, "example", "/echo", "--json", "@-", input_text=json.dumps(body))
    assert json.loads(piped.stdout)["method"] == "POST"  # a body without METHOD: POST
    assert json.loads(piped.stdout)["json"] == body


def test_oauth2_4xx_exits_1_with_the_status_on_stderr_and_the_body_on_stdout(env):
    done = api(env, "example", "/echo?status=404")
    assert done.returncode == 1
    assert "HTTP 404 Not Found" in done.stderr
    assert json.loads(done.stdout)["username"] == "bob"


def test_oauth2_include_prints_status_line_and_headers(env):
    done = api(env, "example", "--include", "/echo")
    assert done.returncode == 0, done.stderr
    head, _, body = done.stdout.partition("\n\n")
    assert head.splitlines()[0] == "HTTP 200 OK"
    assert "content-type: application/json" in head.lower()
    assert json.loads(body)["method"] == "GET"


def test_oauth2_token_expired_at_the_provider_is_refreshed_once_and_retried(env, authserver):
    before = stored(env, "example")["tokens"]["access_token"]
    assert authserver.expire_access_tokens("bob") >= 1
    done = api(env, "example", "/echo")
    assert done.returncode == 0, done.stderr
    after = stored(env, "example")["tokens"]["access_token"]
    assert after != before and authserver.me(after).status_code == 200


def test_oauth2_401_after_a_refresh_is_the_provider_rejecting_the_token(env):
    done = api(env, "example", "/echo?status=401")
    assert done.returncode == 1
    assert "the provider rejected the token even after a refresh" in done.stderr
    account = stored(env, "example")
    assert account["status"] == "active"  # state unchanged: no needs-re-connect


def test_loopback_requests_never_go_through_the_environments_proxy(env):
    dead = "http://127.0.0.1:9"  # discard port: nothing listens
    proxied = {**env, "http_proxy": dead, "HTTP_PROXY": dead, "all_proxy": dead,
               "no_proxy": "", "NO_PROXY": ""}
    done = api(proxied, "example", "/echo")
    assert done.returncode == 0, done.stderr


def test_plain_http_to_another_host_is_refused_before_anything_is_sent(env):
    done = api(env, "example", "http://example.invalid/steal")
    assert done.returncode == 1 and done.stdout == ""
    assert "Refusing plain http:// to example.invalid" in done.stderr


# --- OAuth 1 -------------------------------------------------------------------------


def test_oauth1_get_signs_repeated_non_ascii_query_pairs(env, oauth1server):
    done = api(env, "xapi", "get", "/api/echo", *TRICKY_ARGS)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["screen_name"] == "bob" and answer["query_pairs"] == PAIRS


def test_oauth1_post_form_signature_covers_repeated_keys(env, oauth1server):
    done = api(env, "xapi", "POST", oauth1server.echo_url + "?q=1", *TRICKY_ARGS)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["form_pairs"] == PAIRS and answer["query_pairs"] == [["q", "1"]]


def test_oauth1_json_body(env):
    done = api(env, "xapi", "/api/echo", "--json", '{"a": "ü"}')
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["method"] == "POST"


def test_oauth1_4xx_and_rejected_token(env, oauth1server):
    missing = api(env, "xapi", "/api/nothing-here")
    assert missing.returncode == 1 and "HTTP 404 Not Found" in missing.stderr
    consumer_only = api(env, "xapi", "--consumer-only", "/api/me")  # needs a token
    assert consumer_only.returncode == 1
    assert "the provider rejected the token" in consumer_only.stderr


# --- consumer-only (two-legged) --------------------------------------------------------


@pytest.mark.parametrize("provider", ["xapi", "xapi256"])
def test_consumer_only_signing_is_accepted_by_the_provider(env, oauth1server, provider):
    done = api(env, provider, "--consumer-only", "POST", "/api/app?x=ä", *TRICKY_ARGS)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["consumer"] == oauth1server.consumer_key
    assert answer["form_pairs"] == PAIRS and answer["query_pairs"] == [["x", "ä"]]
    signed = [r for r in oauth1server.requests if r["path"] == "/api/app"][-1]["oauth"]
    assert "oauth_token" not in signed
    assert signed["oauth_signature_method"] == ("HMAC-SHA256" if provider == "xapi256"
                                                else "HMAC-SHA1")


def test_header_consumer_only_signs_exactly_that_request(env, oauth1server):
    url = oauth1server.app_url + "?a=1&a=2"
    done = tokenmgr(env, "header", "xapi", "--consumer-only", "--url", url)
    assert done.returncode == 0, done.stderr
    signed = done.stdout.strip()
    assert signed.startswith("OAuth ") and "oauth_token=" not in signed
    good = requests.get(url, headers={"Authorization": signed}, timeout=10)
    assert good.status_code == 200, good.text
    replay = requests.get(url, headers={"Authorization": signed}, timeout=10)
    assert replay.status_code == 401
    done = tokenmgr(env, "header", "xapi", "--consumer-only", "--url", url)
    other = requests.get(oauth1server.app_url + "?a=1&a=3",
                         headers={"Authorization": done.stdout.strip()}, timeout=10)
    assert other.status_code == 401  # the signature covers the query, repeats included
