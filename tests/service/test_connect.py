"""Connect through the service on a loopback provider: each flow (device grant, OAuth 1
PIN and catcher, paste, loopback) gets the caller's callbacks, scopes and timeout; the
grant is compared with what was asked and with the account's scopes before anything is
stored (issue 19)."""

from __future__ import annotations

import threading
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_httpserver import HTTPServer

from tests.service.support import NOW, Clock, make_account
from tests.test_service_connect import Browser
from tokenmgr.accounts import AccountService, ConnectJob
from tokenmgr.errors import (
    BadRequestError,
    FlowCancelledError,
    FlowTimeoutError,
    ScopeNarrowingError,
    UnsupportedError,
)
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.token_store import TokenStore
from tokenmgr.values.provider import Provider

DEVICE_ANSWER = {"device_code": "dev-code-123", "user_code": "WDJB-MJHT",
                 "verification_uri": "https://example.com/device",
                 "verification_uri_complete": "https://example.com/device?user_code=WDJB-MJHT",
                 "expires_in": 600, "interval": 0.01}


@pytest.fixture
def server(loopback_idp: HTTPServer) -> HTTPServer:
    """The provider's endpoints on 127.0.0.1 (tests/conftest.py), with its account."""
    loopback_idp.expect_request("/me").respond_with_json({"id": 42, "username": "alice"})
    return loopback_idp


def oauth2(server: HTTPServer, **overrides) -> Provider:
    return Provider(**{**dict(
        id="example", name="Example", authorize_url=server.url_for("/authorize"),
        token_url=server.url_for("/token"), userinfo_url=server.url_for("/me"),
        account_name_field="username", scopes=("read",), client_id="abc"), **overrides})


def oauth1(server: HTTPServer, **overrides) -> Provider:
    return Provider(**{**dict(
        id="x", name="X", protocol="oauth1", client_id="consumer-key",
        request_token_url=server.url_for("/request_token"),
        authorize_url=server.url_for("/oauth/authorize"),
        access_token_url=server.url_for("/access_token"),
        account_name_field="screen_name", account_id_field="user_id"), **overrides})


def service_of(store: TokenStore, provider: Provider) -> AccountService:
    if provider.protocol == "oauth1":
        store.set_client_secret(provider.id, Secret("consumer-secret"))
    return AccountService(store, providers_file=None, clock=Clock(),
                          catalog_loader=lambda: ProviderCatalog({provider.id: provider}))


def grant(server: HTTPServer, scope: str | None = "read", refresh: bool = True) -> None:
    body = {"access_token": "at-123", "token_type": "bearer", "expires_in": 3600}
    if scope is not None:
        body["scope"] = scope
    if refresh:
        body["refresh_token"] = "rt-456"
    server.expect_request("/token", method="POST").respond_with_json(body)


def forms(server: HTTPServer, path: str) -> list[dict[str, list[str]]]:
    return [parse_qs(r.get_data(as_text=True)) for r, _ in server.log if r.path == path]


# --- the device grant ---------------------------------------------------------------------


@pytest.mark.parametrize("how", ["flag", "provider's mode"])
def test_a_device_connect_shows_the_code_and_stores_the_account(memory_store, server, how):
    provider = oauth2(server, device_authorization_url=server.url_for("/device"),
                      redirect_mode="device" if how == "provider's mode" else "loopback")
    server.expect_request("/device", method="POST").respond_with_json(DEVICE_ANSWER)
    grant(server, scope="read extra")
    codes, shown, opened = [], [], []
    job = service_of(memory_store, provider).begin_connect(
        "example", open_browser=opened.append, on_authorization_url=shown.append,
        on_user_code=lambda code, uri: codes.append((code, uri)), scopes=("read", "extra"),
        device=how == "flag")
    account = job.run()
    assert codes == [("WDJB-MJHT", "https://example.com/device")]
    assert shown == opened == ["https://example.com/device?user_code=WDJB-MJHT"]
    assert forms(server, "/device")[0]["scope"] == ["read extra"]
    assert forms(server, "/token")[0]["device_code"] == ["dev-code-123"]
    assert memory_store.load("example:42") == account
    assert (account.name, account.redirect_uri, account.connected_at) == ("alice", "device", NOW)


def test_a_device_connect_ends_at_the_callers_timeout(memory_store, server):
    provider = oauth2(server, device_authorization_url=server.url_for("/device"))
    server.expect_request("/device", method="POST").respond_with_json(DEVICE_ANSWER)
    job = service_of(memory_store, provider).begin_connect(
        "example", open_browser=lambda url: None, device=True, timeout=0.001)
    with pytest.raises(FlowTimeoutError) as info:
        job.run()
    assert str(info.value) == "No approval in time; sign-in timed out."
    assert forms(server, "/token") == []
    assert memory_store.summaries() == []


@pytest.mark.parametrize("make", [
    lambda server: oauth2(server),  # no device endpoint
    lambda server: oauth1(server, device_authorization_url=server.url_for("/device")),
])
def test_a_device_connect_needs_an_oauth2_device_endpoint(memory_store, server, make):
    provider = make(server)
    with pytest.raises(UnsupportedError) as info:
        service_of(memory_store, provider).begin_connect(
            provider.id, open_browser=lambda url: None, device=True)
    assert str(info.value) == f"{provider.name} has no device_authorization_url."
    assert server.log == []


# --- OAuth 1 ----------------------------------------------------------------------------------


def test_an_oauth1_pin_connect_asks_for_the_pin_and_stores_token_and_secret(memory_store,
                                                                            server):
    server.expect_request("/request_token", method="POST").respond_with_data(
        "oauth_token=req-token&oauth_token_secret=req-secret&oauth_callback_confirmed=true",
        content_type="application/x-www-form-urlencoded")
    server.expect_request("/access_token", method="POST").respond_with_data(
        "oauth_token=acc-token&oauth_token_secret=acc-secret&user_id=9&screen_name=al",
        content_type="application/x-www-form-urlencoded")
    shown, opened, prompts = [], [], []

    def ask_code(prompt: str) -> str:
        prompts.append(prompt)
        return " 4711 \n"

    account = service_of(memory_store, oauth1(server, callback_mode="oob")).begin_connect(
        "x", open_browser=opened.append, on_authorization_url=shown.append,
        ask_code=ask_code).run()
    assert shown == opened and len(shown) == 1
    assert parse_qs(urlsplit(shown[0]).query)["oauth_token"] == ["req-token"]
    assert prompts == ["Enter the PIN X shows:"]
    access_auth = [r.headers["Authorization"] for r, _ in server.log
                   if r.path == "/access_token"]
    assert 'oauth_verifier="4711"' in access_auth[0]
    stored = memory_store.load("x:9")
    assert stored == account and (account.name, account.redirect_uri) == ("al", "oob")
    assert (account.tokens.token_type, account.tokens.obtained_at) == ("OAuth1", NOW)
    assert (account.tokens.access_token, account.tokens.token_secret) == (
        Secret("acc-token"), Secret("acc-secret"))


def test_an_oauth1_connect_ends_at_the_callers_timeout(memory_store, server):
    server.expect_request("/request_token", method="POST").respond_with_data(
        "oauth_token=req-token&oauth_token_secret=req-secret&oauth_callback_confirmed=true",
        content_type="application/x-www-form-urlencoded")
    opened: list[str] = []
    job = service_of(memory_store, oauth1(server)).begin_connect(
        "x", open_browser=opened.append, timeout=0.2)
    with pytest.raises(FlowTimeoutError):
        job.run()
    assert len(opened) == 1 and memory_store.summaries() == []


# --- paste and loopback -----------------------------------------------------------------------


def test_a_paste_connect_shows_the_url_and_asks_for_the_scopes_given(memory_store, server):
    provider = oauth2(server, redirect_mode="paste",
                      paste_redirect_uri="https://app.example/landing")
    grant(server, scope="read extra")
    shown, opened = [], []

    def ask_code(prompt: str) -> str:
        state = parse_qs(urlsplit(shown[0]).query)["state"][0]
        return f"https://app.example/landing?code=c&state={state}"

    service_of(memory_store, provider).begin_connect(
        "example", open_browser=opened.append, on_authorization_url=shown.append,
        ask_code=ask_code, scopes=("read", "extra")).run()
    assert shown == opened and len(shown) == 1
    assert parse_qs(urlsplit(shown[0]).query)["scope"] == ["read extra"]
    assert forms(server, "/token")[0]["redirect_uri"] == ["https://app.example/landing"]


def test_a_paste_connect_without_a_way_to_ask_says_so(memory_store, server):
    provider = oauth2(server, redirect_mode="paste",
                      paste_redirect_uri="https://app.example/landing")
    with pytest.raises(UnsupportedError) as info:
        service_of(memory_store, provider).begin_connect("example",
                                                         open_browser=lambda url: None)
    assert str(info.value) == "Example needs a pasted code; nothing can ask for it here."


def test_cancel_ends_a_connect_waiting_for_the_browser(memory_store, server):
    browser = Browser(comes_back=False)
    opened = threading.Event()
    job = service_of(memory_store, oauth2(server)).begin_connect(
        "example", open_browser=lambda url: (browser(url), opened.set()), timeout=30)
    outcome: dict[str, BaseException] = {}

    def run() -> None:
        try:
            job.run()
        except BaseException as exc:  # handed to the test below
            outcome["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    assert opened.wait(10)
    job.cancel()
    worker.join(10)
    assert isinstance(outcome.get("error"), FlowCancelledError)
    assert memory_store.summaries() == []


# --- what was granted ------------------------------------------------------------------------


def connect(service: AccountService, scopes: tuple[str, ...] | None = None, *,
            replace_scopes: bool = False):
    job = service.begin_connect("example", open_browser=Browser(), scopes=scopes, timeout=10)
    if replace_scopes:  # else the job's default: refuse a narrower grant
        job.replace_scopes = True
    return job, job.run


def test_the_grant_is_compared_with_the_scopes_asked_for(memory_store, server):
    grant(server, scope="read")
    job, run = connect(service_of(memory_store, oauth2(server)), ("read", "extra"))
    run()
    assert job.change is not None
    assert (job.change.requested, job.change.granted) == (("read", "extra"), ("read",))
    assert job.change.not_granted == ("extra",)
    assert job.change.previous is None


def test_without_scopes_the_grant_is_compared_with_the_providers_defaults(memory_store,
                                                                          server):
    grant(server, scope="read write")
    job, run = connect(service_of(memory_store, oauth2(server, scopes=("read", "write"))))
    run()
    assert job.change is not None
    assert job.change.requested == ("read", "write") and not job.change.changed


def test_a_reconnect_granting_fewer_scopes_is_refused_and_keeps_the_account(memory_store,
                                                                            server):
    before = make_account("42", "alice", provider_id="example",
                          scopes=("read", "write", "admin", "gist"))
    memory_store.save(before)
    grant(server, scope="read admin")
    job, run = connect(service_of(memory_store, oauth2(server)))
    with pytest.raises(ScopeNarrowingError) as info:
        run()
    assert str(info.value) == (
        "example:alice would lose write gist (the provider granted only read admin); the "
        "account was left as it was. Re-run with --replace-scopes to accept the narrower "
        "grant.")
    assert memory_store.load("example:42") == before
    assert job.change is None


def test_a_grant_of_nothing_says_nothing_was_granted(memory_store, server):
    memory_store.save(make_account("42", "alice", provider_id="example"))
    grant(server, scope="")
    _, run = connect(service_of(memory_store, oauth2(server)))
    with pytest.raises(ScopeNarrowingError) as info:
        run()
    assert "would lose read (the provider granted only nothing)" in str(info.value)


def test_replace_scopes_accepts_the_narrower_grant_and_reports_the_change(memory_store,
                                                                          server):
    memory_store.save(make_account("42", "alice", provider_id="example",
                                   scopes=("read", "write")))
    grant(server, scope="read", refresh=False)
    job, run = connect(service_of(memory_store, oauth2(server)), replace_scopes=True)
    account = run()
    assert memory_store.load("example:42") == account
    assert account.tokens.scopes == ("read",)
    assert job.change is not None
    assert job.change.previous == ("read", "write") and job.change.removed == ("write",)
    assert job.change.lost_refresh_token  # the account had one; this grant has none


def test_a_reconnect_keeping_the_scopes_updates_the_account_in_place(memory_store, server):
    memory_store.save(replace(make_account("42", "old-name", provider_id="example"),
                              last_error="stale"))
    grant(server, scope="read")
    job, run = connect(service_of(memory_store, oauth2(server)))
    account = run()
    assert [s.key for s in memory_store.summaries()] == ["example:42"]
    assert (account.name, account.tokens.access_token) == ("alice", Secret("at-123"))
    assert dict(memory_store.load("example:42").profile) == {"username": "alice"}
    assert account.refreshed_at is None and account.last_error is None
    assert job.change is not None and job.change.had_refresh_token
    assert job.change.has_refresh_token and not job.change.changed


# --- the desktop's language ----------------------------------------------------------------


@pytest.fixture
def german_desktop(monkeypatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def test_the_sign_in_page_is_asked_for_in_the_desktops_language(memory_store, server,
                                                                 german_desktop):
    grant(server)
    shown: list[str] = []
    service_of(memory_store, oauth2(server, locale_param="hl")).begin_connect(
        "example", open_browser=Browser(), on_authorization_url=shown.append,
        timeout=10).run()
    assert parse_qs(urlsplit(shown[0]).query)["hl"] == ["de-DE"]


def test_the_oauth1_sign_in_page_is_asked_for_in_the_desktops_language(memory_store, server,
                                                                       german_desktop):
    server.expect_request("/request_token", method="POST").respond_with_data(
        "oauth_token=req-token&oauth_token_secret=req-secret&oauth_callback_confirmed=true",
        content_type="application/x-www-form-urlencoded")
    shown: list[str] = []
    job = service_of(memory_store, oauth1(server, callback_mode="oob", locale_param="lang")
                     ).begin_connect("x", open_browser=lambda url: None,
                                     on_authorization_url=shown.append, ask_code=lambda p: "")
    with pytest.raises(BadRequestError):  # an empty PIN ends it here
        job.run()
    assert parse_qs(urlsplit(shown[0]).query)["lang"] == ["de-DE"]


def test_a_job_made_to_replace_scopes_accepts_the_narrower_grant(memory_store, server):
    memory_store.save(make_account("42", "alice", provider_id="example",
                                   scopes=("read", "write")))
    grant(server, scope="read")
    service = service_of(memory_store, oauth2(server))
    flow = service.begin_connect("example", open_browser=Browser(), timeout=10).flow
    assert ConnectJob(service, flow, replace_scopes=True).run().tokens.scopes == ("read",)
    assert memory_store.load("example:42").tokens.scopes == ("read",)
