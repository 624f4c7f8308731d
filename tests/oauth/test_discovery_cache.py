"""Discovery in detail: the metadata addresses (OIDC, then RFC 8414), the day-long cache
on disk (what is written where, what makes it stale or unusable), the checks on the
document with their exact words, and what "Other provider…" Test reports. The metadata
is served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.errors import InsecureEndpointError, TokenResponseError
from tokenmgr.oauth.discovery import (
    apply_metadata,
    candidate_urls,
    describe,
    discover,
    fetch_first,
    probe_issuer,
    rfc8414_url,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.values.provider import Provider

OIDC_PATH = "/tenant/.well-known/openid-configuration"
RFC8414_PATH = "/.well-known/oauth-authorization-server/tenant"


@pytest.fixture
def server(loopback_idp: HTTPServer) -> HTTPServer:
    """The provider's endpoints on 127.0.0.1, reached directly (tests/conftest.py)."""
    return loopback_idp


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(connect_timeout=5.0, total_timeout=5.0)
    yield client
    client.close()


def issuer_of(server: HTTPServer) -> str:
    return server.url_for("/tenant")


def corp(server: HTTPServer, **kw) -> Provider:
    values = dict(id="corp", name="Corp IdP", client_id="corp-cli", issuer=issuer_of(server))
    values.update(kw)
    return Provider(**values)


def document(server: HTTPServer, **extra) -> dict:
    return {"issuer": issuer_of(server),
            "authorization_endpoint": server.url_for("/tenant/authorize"),
            "token_endpoint": server.url_for("/tenant/token"), **extra}


def factory(http: HttpClient, calls: list[int]):
    def make() -> HttpClient:
        calls.append(1)
        return http

    return make


def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "discovery" / "corp.json"


# --- addresses --------------------------------------------------------------------------------


@pytest.mark.parametrize(("issuer", "expected"), [
    ("https://idp.example/realms/x", "https://idp.example/.well-known/oauth-authorization-server"
                                     "/realms/x"),
    ("https://idp.example/realms/x/", "https://idp.example/.well-known/oauth-authorization-"
                                      "server/realms/x"),
    ("https://idp.example/realms/PROJECTX/", "https://idp.example/.well-known/oauth-"
                                             "authorization-server/realms/PROJECTX"),
    ("https://idp.example:8443", "https://idp.example:8443/.well-known/oauth-authorization-"
                                 "server"),
])
def test_rfc8414_puts_the_well_known_segment_between_host_and_path(issuer, expected):
    assert rfc8414_url(issuer) == expected


@pytest.mark.parametrize(("kw", "expected"), [
    ({"issuer": "https://idp.example/t/"},
     ["https://idp.example/t/.well-known/openid-configuration",
      "https://idp.example/.well-known/oauth-authorization-server/t"]),
    ({"issuer": "https://idp.example/t", "discovery_url": "https://idp.example/meta"},
     ["https://idp.example/meta"]),
    ({"issuer": "https://idp.example/PROJECTX"},
     ["https://idp.example/PROJECTX/.well-known/openid-configuration",
      "https://idp.example/.well-known/oauth-authorization-server/PROJECTX"]),
    ({}, []),
])
def test_candidate_metadata_addresses(kw, expected):
    assert candidate_urls(Provider(id="p", name="P", **kw)) == expected


# --- the cache ------------------------------------------------------------------------------------


def test_the_cache_file_is_private_and_holds_the_addresses_time_and_document(
        server, http, tmp_path):
    server.expect_request(OIDC_PATH).respond_with_json(document(server, extra="kept"))
    discover(corp(server), lambda: http, tmp_path, clock=lambda: 5000.0)
    path = cache_path(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["corp.json"]  # no .tmp left
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "url": " ".join(candidate_urls(corp(server))),
        "fetched_at": 5000.0,
        "metadata": document(server, extra="kept"),
    }


def test_the_cache_directory_is_created_on_first_use(server, http, tmp_path):
    server.expect_request(OIDC_PATH).respond_with_json(document(server))
    fresh = tmp_path / "not-yet" / "cache"
    discover(corp(server), lambda: http, fresh, clock=lambda: 1000.0)
    discover(corp(server), lambda: http, fresh, clock=lambda: 1001.0)
    assert cache_path(fresh).is_file()
    assert len(server.log) == 1


def test_the_metadata_request_asks_for_json(server, http, tmp_path):
    server.expect_request(OIDC_PATH, method="GET", headers={"Accept": "application/json"}
                          ).respond_with_json(document(server))
    assert discover(corp(server), lambda: http, None).token_url == server.url_for("/tenant/token")


def test_a_cached_document_is_used_until_the_day_is_over(server, http, tmp_path):
    server.expect_request(OIDC_PATH).respond_with_json(document(server))
    calls: list[int] = []
    discover(corp(server), factory(http, calls), tmp_path, clock=lambda: 1000.0)
    discover(corp(server), factory(http, calls), tmp_path, clock=lambda: 1000.0)
    cached = discover(corp(server), factory(http, calls), tmp_path,
                      clock=lambda: 1000.0 + 24 * 3600 - 1)
    assert calls == [1]  # not even a client was built for the cached answer
    assert cached.token_url == server.url_for("/tenant/token")
    discover(corp(server), factory(http, calls), tmp_path, clock=lambda: 1000.0 + 24 * 3600)
    assert calls == [1, 1]
    assert len(server.log) == 2


@pytest.mark.parametrize("entry", [
    "not json {",
    "[1, 2]",
    {"url": "https://other.example/meta", "fetched_at": 1000.0, "metadata": {}},
    {"fetched_at": 1000.0, "metadata": {}},
    {"url": "URL", "fetched_at": "1000", "metadata": {}},
    {"url": "URL", "fetched_at": 1500.0, "metadata": {}},  # from the future: clock went back
    {"url": "URL", "fetched_at": 1000.0, "metadata": ["x"]},
    {"url": "URL", "fetched_at": 1000.0},
], ids=["broken", "list", "other-address", "no-address", "text-time", "future",
        "list-metadata", "no-metadata"])
def test_an_unusable_cache_entry_is_replaced_by_a_fetch(entry, server, http, tmp_path):
    server.expect_request(OIDC_PATH).respond_with_json(document(server))
    path = cache_path(tmp_path)
    path.parent.mkdir(parents=True)
    if isinstance(entry, dict) and entry.get("url") == "URL":  # a copy: params are shared
        entry = {**entry, "url": " ".join(candidate_urls(corp(server)))}
    path.write_text(entry if isinstance(entry, str) else json.dumps(entry), encoding="utf-8")
    found = discover(corp(server), lambda: http, tmp_path, clock=lambda: 1200.0)
    assert found.token_url == server.url_for("/tenant/token")
    assert len(server.log) == 1
    assert json.loads(path.read_text(encoding="utf-8"))["fetched_at"] == 1200.0


def test_a_cached_document_is_checked_again_when_read(server, http, tmp_path):
    path = cache_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({
        "url": " ".join(candidate_urls(corp(server))), "fetched_at": 1000.0,
        "metadata": document(server, issuer="https://evil.example")}), encoding="utf-8")
    with pytest.raises(TokenResponseError, match="another issuer"):
        discover(corp(server), lambda: http, tmp_path, clock=lambda: 1001.0)
    assert server.log == []


def test_a_cache_that_cannot_be_written_costs_only_a_fetch(server, http, tmp_path):
    server.expect_request(OIDC_PATH).respond_with_json(document(server))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory would be")
    for _ in range(2):
        found = discover(corp(server), lambda: http, blocked, clock=lambda: 1000.0)
        assert found.token_url == server.url_for("/tenant/token")
    assert len(server.log) == 2


def test_without_a_cache_directory_every_discovery_fetches(server, http, tmp_path):
    server.expect_request(OIDC_PATH).respond_with_json(document(server))
    discover(corp(server), lambda: http, None, clock=lambda: 1000.0)
    discover(corp(server), lambda: http, None, clock=lambda: 1000.0)
    assert len(server.log) == 2


def test_a_provider_that_names_no_metadata_is_returned_as_is_without_a_client(tmp_path):
    plain = Provider(id="p", name="P", client_id="c", authorize_url="https://a.example/auth",
                     token_url="https://a.example/token", issuer="https://a.example")
    calls: list[int] = []
    assert discover(plain, factory(HttpClient(), calls), tmp_path) is plain
    assert calls == []
    assert not (tmp_path / "discovery").exists()


# --- fetching -------------------------------------------------------------------------------------


def test_when_both_addresses_fail_the_last_answer_is_said(server, http, tmp_path):
    server.expect_request(OIDC_PATH).respond_with_data("gone", status=404)
    server.expect_request(RFC8414_PATH).respond_with_data("down", status=500)
    with pytest.raises(TokenResponseError) as info:
        discover(corp(server), lambda: http, tmp_path)
    assert str(info.value) == "The provider's metadata answered HTTP 500."
    assert [r.path for r, _ in server.log] == [OIDC_PATH, RFC8414_PATH]
    assert not cache_path(tmp_path).exists()


@pytest.mark.parametrize(("answer", "message"), [
    ('["not", "an", "object"]', "The provider's metadata is not a JSON object."),
    ("<html>", "The provider's answer is not valid JSON."),
])
def test_a_document_that_is_not_a_json_object_is_refused(answer, message, server, http):
    server.expect_request(OIDC_PATH).respond_with_data(answer, content_type="application/json")
    server.expect_request(RFC8414_PATH).respond_with_data(answer,
                                                          content_type="application/json")
    with pytest.raises(TokenResponseError) as info:
        discover(corp(server), lambda: http, None)
    assert str(info.value) == message


def test_a_redirect_is_not_a_metadata_document(server, http):
    server.expect_request(OIDC_PATH).respond_with_data(
        "", status=301, headers={"Location": server.url_for(RFC8414_PATH)})
    server.expect_request(RFC8414_PATH).respond_with_json(document(server))
    found = discover(corp(server), lambda: http, None)
    assert found.token_url == server.url_for("/tenant/token")
    assert len(server.log) == 2


def test_fetch_first_without_addresses_says_none_is_known(http):
    with pytest.raises(TokenResponseError) as info:
        fetch_first(http, [])
    assert str(info.value) == "No metadata address is known."


# --- checking and applying the document ------------------------------------------------------


def test_another_issuer_is_refused_naming_both_cut_short(server):
    long_issuer = "https://evil.example/" + "x" * 200
    with pytest.raises(TokenResponseError) as info:
        apply_metadata(corp(server), document(server, issuer=long_issuer))
    shown = repr(long_issuer[:120])
    assert str(info.value) == (f"Corp IdP's metadata names another issuer ({shown}) than the "
                               f"configured {issuer_of(server)!r}; refusing it.")


@pytest.mark.parametrize("issuer", [None, 7, "https://elsewhere.example/tenant"])
def test_without_a_configured_issuer_the_documents_must_live_on_the_discovery_host(
        issuer, server):
    p = corp(server, issuer=None, discovery_url=server.url_for("/meta"))
    with pytest.raises(TokenResponseError) as info:
        apply_metadata(p, document(server, issuer=issuer))
    assert str(info.value) == ("Corp IdP's metadata names another issuer than its discovery "
                               "address.")


def test_without_a_configured_issuer_one_on_the_discovery_host_is_taken(server):
    p = corp(server, issuer=None, discovery_url=server.url_for("/meta"))
    assert apply_metadata(p, document(server)).issuer == issuer_of(server)


def test_an_insecure_endpoint_in_the_document_is_refused_naming_it(server):
    with pytest.raises(TokenResponseError) as info:
        apply_metadata(corp(server), document(server, userinfo_endpoint="http://evil.example/u"))
    assert str(info.value) == ("Corp IdP's metadata: Refusing plain http:// to evil.example: "
                               "only https, or http on a loopback address")


def test_every_endpoint_is_filled_from_the_document_and_only_what_is_shown_is_kept(server):
    meta = document(server, revocation_endpoint=server.url_for("/r"),
                    userinfo_endpoint=server.url_for("/u"),
                    device_authorization_endpoint=server.url_for("/d"),
                    jwks_uri=server.url_for("/k"), scopes_supported=["openid"],
                    grant_types_supported=["authorization_code"], response_modes=["query"])
    found = apply_metadata(corp(server), meta)
    assert (found.authorize_url, found.token_url, found.revoke_url, found.userinfo_url,
            found.device_authorization_url, found.jwks_uri) == (
        server.url_for("/tenant/authorize"), server.url_for("/tenant/token"),
        server.url_for("/r"), server.url_for("/u"), server.url_for("/d"), server.url_for("/k"))
    assert dict(found.metadata) == {"scopes_supported": ["openid"],
                                    "grant_types_supported": ["authorization_code"]}


@pytest.mark.parametrize("value", ["", 42, None, ["https://x.example"]])
def test_an_endpoint_that_is_not_an_address_is_left_out(value, server):
    found = apply_metadata(corp(server), document(server, userinfo_endpoint=value))
    assert found.userinfo_url is None


@pytest.mark.parametrize("advertised", ["true", 1, False])
def test_only_a_json_true_makes_the_redirect_iss_required(advertised, server):
    found = apply_metadata(corp(server), document(
        server, authorization_response_iss_parameter_supported=advertised))
    assert found.redirect_iss is False
    assert found.expected_redirect_issuer is None


def test_id_token_algorithms_come_from_the_document_unless_configured(server):
    meta = document(server, id_token_signing_alg_values_supported=["ES256", 5, "none", "RS256"])
    assert apply_metadata(corp(server), meta).id_token_algs == ("ES256", "RS256")
    own = apply_metadata(corp(server, id_token_algs=("PS256",)), meta)
    assert own.id_token_algs == ("PS256",)
    odd = document(server, id_token_signing_alg_values_supported="RS256")
    assert apply_metadata(corp(server), odd).id_token_algs == ()


# --- what Test shows ---------------------------------------------------------------------------


def test_describe_shows_plain_values_only():
    assert describe({"issuer": "https://i.example", "code_challenge_methods_supported":
                     ["S256", 3, "plain"], "grant_types_supported":
                     ["urn:ietf:params:oauth:grant-type:device_code"],
                     "authorization_response_iss_parameter_supported": "yes"}) == {
        "issuer": "https://i.example", "authorization_endpoint": None, "token_endpoint": None,
        "userinfo_endpoint": None, "revocation_endpoint": None,
        "device_authorization_endpoint": None, "pkce_methods": ["S256", "plain"],
        "device_grant": True, "revocation": False, "iss_parameter": False,
    }
    assert describe({"code_challenge_methods_supported": "S256",
                     "grant_types_supported": "urn:ietf:params:oauth:grant-type:device_code",
                     "token_endpoint": "https://i.example/t"}) == {
        "issuer": None, "authorization_endpoint": None, "token_endpoint": "https://i.example/t",
        "userinfo_endpoint": None, "revocation_endpoint": None,
        "device_authorization_endpoint": None, "pkce_methods": [], "device_grant": False,
        "revocation": False, "iss_parameter": False,
    }
    assert describe({"revocation_endpoint": "https://i.example/r",
                     "device_authorization_endpoint": "https://i.example/d",
                     "authorization_response_iss_parameter_supported": True}) == {
        "issuer": None, "authorization_endpoint": None, "token_endpoint": None,
        "userinfo_endpoint": None, "revocation_endpoint": "https://i.example/r",
        "device_authorization_endpoint": "https://i.example/d", "pkce_methods": [],
        "device_grant": True, "revocation": True, "iss_parameter": True,
    }


def test_probe_reports_every_field_from_the_rfc8414_fallback(server, http):
    server.expect_request(OIDC_PATH).respond_with_data("no", status=404)
    server.expect_request(RFC8414_PATH).respond_with_json(document(
        server, userinfo_endpoint=server.url_for("/u"), grant_types_supported=["refresh_token"]))
    assert probe_issuer(http, issuer_of(server)) == {
        "metadata_url": server.url_for(RFC8414_PATH), "issuer": issuer_of(server),
        "authorization_endpoint": server.url_for("/tenant/authorize"),
        "token_endpoint": server.url_for("/tenant/token"),
        "userinfo_endpoint": server.url_for("/u"), "revocation_endpoint": None,
        "device_authorization_endpoint": None, "pkce_methods": [], "device_grant": False,
        "revocation": False, "iss_parameter": False,
    }


def test_probe_refuses_a_plain_http_issuer_before_any_request(server, http):
    with pytest.raises(InsecureEndpointError):
        probe_issuer(http, "http://idp.example/tenant")
    assert server.log == []


def test_probe_makes_the_same_issuer_check_as_a_connect(server, http):
    server.expect_request(OIDC_PATH).respond_with_json(
        document(server, issuer=server.url_for("/other")))
    with pytest.raises(TokenResponseError) as info:
        probe_issuer(http, issuer_of(server))
    assert str(info.value) == (
        f"{issuer_of(server)}'s metadata names another issuer ({server.url_for('/other')!r}) "
        f"than the configured {issuer_of(server)!r}; refusing it.")
