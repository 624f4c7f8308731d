"""AccountService: selectors, fresh tokens, refresh once across processes, revoke and
configure (SECURITY.md #15, #16, #17, #21, #31) against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import stat
import tomllib
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import parse_qs

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokenmgr import paths
from tokenmgr.accounts import AccountService
from tokenmgr.errors import (
    AccountNotFoundError,
    AmbiguousAccountError,
    NeedsReconnectError,
    NetworkError,
    RevokeError,
    TokenEndpointError,
    TokenResponseError,
    UnknownProviderError,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import SERVICE, KeyringAccess
from tokenmgr.store.schema import STATUS_ACTIVE, STATUS_NEEDS_RECONNECT, Account
from tokenmgr.store.token_store import TokenStore
from tokenmgr.values.provider import Provider

NOW = 1_700_000_000.0
ACCESS = "acc3ss-Token-0123456789abcdefghij"
REFRESH = "r3fresh-Token-0123456789abcdefghij"
NEW_ACCESS = "n3w-Access-0123456789abcdefghij"
NEW_REFRESH = "n3w-Refresh-0123456789abcdefghij"
OTHER_ACCESS = "0ther-Access-0123456789abcdefghij"
OTHER_REFRESH = "0ther-Refresh-0123456789abcdefghij"
CLIENT_SECRET = "cl1ent-Secret-0123456789abcdefghij"
KEY = "acme:1001"


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def loopback_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def server(loopback_server: HTTPServer, monkeypatch) -> Iterator[HTTPServer]:
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    loopback_server.clear()
    yield loopback_server
    loopback_server.check_assertions()  # fails on any request nobody expected
    loopback_server.check_handler_errors()
    loopback_server.clear()


def forms(server: HTTPServer, path: str) -> list[dict[str, list[str]]]:
    return [parse_qs(request.get_data(as_text=True)) for request, _ in server.log
            if request.path == path]


def json_answer(body, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, headers=headers,
                    content_type="application/json")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def provider(server) -> Provider:
    return Provider(id="acme", name="Acme", authorize_url=server.url_for("/authorize"),
                    token_url=server.url_for("/token"), revoke_url=server.url_for("/revoke"),
                    userinfo_url=server.url_for("/me"), client_id="acme-client",
                    scopes=("read",))


@pytest.fixture
def service(memory_store, provider, clock, tmp_path) -> Iterator[AccountService]:
    catalog = ProviderCatalog({"acme": provider, "other": replace(provider, id="other",
                                                                    name="Other")})
    http = HttpClient(connect_timeout=5.0, total_timeout=5.0)
    yield AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: catalog, http_factory=lambda: http,
                         clock=clock, refresh_margin=300.0)
    http.close()


def make_account(account_id: str = "1001", name: str = "alice", *, provider_id: str = "acme",
                 access: str = ACCESS, refresh: str | None = REFRESH,
                 expires_at: float | None = NOW + 3600) -> Account:
    tokens = TokenSet(access_token=Secret(access),
                      refresh_token=Secret(refresh) if refresh else None,
                      expires_at=expires_at, scopes=("read",), obtained_at=NOW - 100)
    return Account(provider_id=provider_id, account_id=account_id, name=name, tokens=tokens,
                   redirect_uri="http://127.0.0.1:53682/callback", connected_at=NOW - 1000)


def snapshot(memory_keyring) -> dict:
    return dict(memory_keyring.items)


def entry(memory_keyring, key: str = KEY) -> str:
    provider_id, _, account_id = key.partition(":")
    return memory_keyring.items[(SERVICE, f"account/{provider_id}/{account_id}")]


# --- resolve ----------------------------------------------------------------------------


@pytest.fixture
def three_accounts(memory_store):
    memory_store.save(make_account("1001", "alice"))
    memory_store.save(make_account("1002", "bob"))
    memory_store.save(make_account("7", "carol", provider_id="other"))


def test_resolve_by_provider_alone_when_it_has_one_account(service, three_accounts):
    assert service.resolve("other").key == "other:7"


def test_resolve_by_provider_and_name(service, three_accounts):
    assert service.resolve("acme:bob").key == "acme:1002"


def test_resolve_by_provider_and_account_id(service, three_accounts):
    assert service.resolve("acme:1001").name == "alice"


def test_ambiguous_selector_lists_the_candidates(service, three_accounts):
    with pytest.raises(AmbiguousAccountError) as info:
        service.resolve("acme")
    assert "acme:alice" in str(info.value)
    assert "acme:bob" in str(info.value)
    assert "carol" not in str(info.value)


def test_unknown_selector_lists_the_candidates(service, three_accounts):
    for selector in ("nope", "acme:zed", "other:alice"):
        with pytest.raises(AccountNotFoundError) as info:
            service.resolve(selector)
        for name in ("acme:alice", "acme:bob", "other:carol"):
            assert name in str(info.value)


def test_unknown_selector_on_an_empty_store_says_none(service):
    with pytest.raises(AccountNotFoundError) as info:
        service.resolve("acme")
    assert "none" in str(info.value)


# --- token ------------------------------------------------------------------------------


def test_token_returns_the_stored_token_without_http_when_not_near_expiry(
        service, memory_store, server):
    memory_store.save(make_account(expires_at=NOW + 301))
    assert service.token("acme") == Secret(ACCESS)
    assert server.log == []


def test_token_without_expiry_is_returned_without_http(service, memory_store, server):
    memory_store.save(make_account(expires_at=None, refresh=None))
    assert service.token("acme:alice") == Secret(ACCESS)
    assert server.log == []


def test_token_within_the_margin_is_refreshed_and_rotated_tokens_stored_together(
        service, memory_store, memory_keyring, server, clock):
    memory_store.save(make_account(expires_at=NOW + 299))
    server.expect_oneshot_request("/token", method="POST").respond_with_json(
        {"access_token": NEW_ACCESS, "refresh_token": NEW_REFRESH, "token_type": "Bearer",
         "expires_in": 3600})
    clock.now = NOW + 1
    assert service.token("acme") == Secret(NEW_ACCESS)

    [body] = forms(server, "/token")
    assert body["grant_type"] == ["refresh_token"]
    assert body["refresh_token"] == [REFRESH]
    stored = memory_store.load(KEY)
    assert stored.tokens.access_token == Secret(NEW_ACCESS)
    assert stored.tokens.refresh_token == Secret(NEW_REFRESH)
    assert stored.tokens.expires_at == NOW + 1 + 3600
    assert stored.refreshed_at == NOW + 1
    # one keyring entry holds both: no state where only one of them is new
    raw = json.loads(entry(memory_keyring))["tokens"]
    assert (raw["access_token"], raw["refresh_token"]) == (NEW_ACCESS, NEW_REFRESH)
    [summary] = memory_store.summaries()
    assert summary.expires_at == NOW + 1 + 3600
    assert summary.status == STATUS_ACTIVE


def test_refresh_answer_without_refresh_token_keeps_the_old_one(
        service, memory_store, server):
    memory_store.save(make_account(expires_at=NOW - 5))
    server.expect_oneshot_request("/token").respond_with_json(
        {"access_token": NEW_ACCESS, "token_type": "bearer", "expires_in": "600"})
    assert service.token("acme") == Secret(NEW_ACCESS)
    stored = memory_store.load(KEY)
    assert stored.tokens.refresh_token == Secret(REFRESH)
    assert stored.tokens.expires_at == NOW + 600


def test_refresh_sends_the_client_secret_from_the_keyring(service, memory_store, server):
    memory_store.save(make_account(expires_at=NOW))
    memory_store.set_client_secret("acme", Secret(CLIENT_SECRET))
    server.expect_oneshot_request("/token").respond_with_json({"access_token": NEW_ACCESS})
    service.token("acme")
    assert forms(server, "/token")[0]["client_secret"] == [CLIENT_SECRET]


def test_token_refreshed_by_another_process_meanwhile_makes_no_http_call(
        service, memory_store, server, monkeypatch):
    memory_store.save(make_account(expires_at=NOW + 10))
    fresh = make_account(access=OTHER_ACCESS, refresh=OTHER_REFRESH, expires_at=NOW + 3600)
    real_locked = memory_store.locked

    @contextlib.contextmanager
    def locked_after_other_process():
        # the other process held the lock, refreshed and saved; then we get the lock
        with real_locked():
            memory_store.save_unlocked(fresh)
        with real_locked():
            yield

    monkeypatch.setattr(memory_store, "locked", locked_after_other_process)
    assert service.token("acme") == Secret(OTHER_ACCESS)
    assert server.log == []
    assert memory_store.load(KEY).tokens.refresh_token == Secret(OTHER_REFRESH)


def test_refresh_only_if_needed_on_a_fresh_entry_makes_no_http_call(
        service, memory_store, memory_keyring, server):
    memory_store.save(make_account(expires_at=NOW + 3600))
    before = snapshot(memory_keyring)
    account = service.refresh(KEY, only_if_needed=True)
    assert account.tokens.access_token == Secret(ACCESS)
    assert server.log == []
    assert snapshot(memory_keyring) == before


def test_invalid_grant_marks_needs_reconnect_and_keeps_tokens_byte_identical(
        service, memory_store, memory_keyring, server):
    memory_store.save(make_account(expires_at=NOW - 1))
    tokens_before = json.loads(entry(memory_keyring))["tokens"]
    raw_tokens = json.dumps(tokens_before, separators=(",", ":"), sort_keys=True)
    assert raw_tokens in entry(memory_keyring)
    server.expect_oneshot_request("/token").respond_with_json(
        {"error": "invalid_grant", "error_description": "revoked"}, status=400)

    with pytest.raises(NeedsReconnectError) as info:
        service.token("acme")
    assert REFRESH not in str(info.value)

    after = entry(memory_keyring)
    assert raw_tokens in after
    assert json.loads(after)["tokens"] == tokens_before
    assert json.loads(after)["status"] == STATUS_NEEDS_RECONNECT
    [summary] = memory_store.summaries()
    assert summary.status == STATUS_NEEDS_RECONNECT
    assert summary.last_error

    # from now on: no network call, no token
    with pytest.raises(NeedsReconnectError):
        service.token("acme")
    assert len(server.log) == 1


def test_invalid_grant_after_another_process_rotated_adopts_the_new_tokens(
        service, memory_store, memory_keyring, server):
    memory_store.save(make_account(expires_at=NOW - 1))
    rotated = make_account(access=OTHER_ACCESS, refresh=OTHER_REFRESH, expires_at=NOW + 3600)

    def rotate_elsewhere_then_refuse(request: Request) -> Response:
        # another process spent the refresh token first (without our lock)
        memory_keyring.items[(SERVICE, "account/acme/1001")] = rotated.to_json()
        return json_answer({"error": "invalid_grant"}, 400)

    server.expect_oneshot_request("/token").respond_with_handler(rotate_elsewhere_then_refuse)
    assert service.token("acme") == Secret(OTHER_ACCESS)
    stored = memory_store.load(KEY)
    assert stored.status == STATUS_ACTIVE
    assert stored.tokens.refresh_token == Secret(OTHER_REFRESH)
    assert memory_store.summaries()[0].status == STATUS_ACTIVE


@pytest.mark.parametrize(("answer", "error"), [
    (Response("Internal Server Error", status=500), NetworkError),
    (Response("<html>maintenance</html>", status=503, content_type="text/html"), NetworkError),
    (Response("<html>login</html>", status=200, content_type="text/html"), TokenResponseError),
    (json_answer({"error": "invalid_client"}, 401), TokenEndpointError),
])
def test_failed_refresh_raises_and_leaves_the_stored_entry_byte_identical(
        answer, error, service, memory_store, memory_keyring, server):
    memory_store.save(make_account(expires_at=NOW - 1))
    before = snapshot(memory_keyring)
    server.expect_oneshot_request("/token").respond_with_response(answer)
    with pytest.raises(error) as info:
        service.token("acme")  # never the expired token
    assert type(info.value) is error
    assert snapshot(memory_keyring) == before


def test_expired_token_without_refresh_token_needs_reconnect(service, memory_store, server):
    memory_store.save(make_account(refresh=None, expires_at=NOW - 1))
    with pytest.raises(NeedsReconnectError) as info:
        service.token("acme")
    assert ACCESS not in str(info.value)
    assert server.log == []


def test_token_expiring_exactly_now_without_refresh_token_is_not_returned(
        service, memory_store):
    memory_store.save(make_account(refresh=None, expires_at=NOW))
    with pytest.raises(NeedsReconnectError):
        service.token("acme")


def test_token_near_expiry_without_refresh_token_is_returned_while_still_valid(
        service, memory_store, server):
    memory_store.save(make_account(refresh=None, expires_at=NOW + 60))
    assert service.token("acme") == Secret(ACCESS)
    assert server.log == []


# --- revoke and disconnect ---------------------------------------------------------------


def test_revoke_failure_keeps_the_account(service, memory_store, memory_keyring, server):
    memory_store.save(make_account())
    before = snapshot(memory_keyring)
    server.expect_oneshot_request("/revoke").respond_with_data(
        "busy", status=503, headers={"Retry-After": "30"})
    with pytest.raises(RevokeError):
        service.revoke(KEY)
    assert snapshot(memory_keyring) == before
    assert service.resolve("acme").key == KEY


def test_revoke_network_failure_keeps_the_account(service, memory_store, memory_keyring,
                                                  provider, monkeypatch):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    catalog = ProviderCatalog({"acme": replace(
        provider, revoke_url=f"http://127.0.0.1:{port}/revoke")})
    monkeypatch.setattr(service, "_catalog_loader", lambda: catalog)
    service.catalog(reload=True)
    memory_store.save(make_account())
    before = snapshot(memory_keyring)
    with pytest.raises(NetworkError):
        service.revoke(KEY)
    assert snapshot(memory_keyring) == before


def test_revoke_success_deletes_the_account(service, memory_store, memory_keyring, server):
    memory_store.save(make_account())
    memory_store.save(make_account("1002", "bob"))
    server.expect_request("/revoke", method="POST").respond_with_data("")
    service.revoke(KEY)
    assert [f["token_type_hint"] for f in forms(server, "/revoke")] == [
        ["refresh_token"], ["access_token"]]
    assert [s.key for s in memory_store.summaries()] == ["acme:1002"]
    assert (SERVICE, "account/acme/1001") not in memory_keyring.items


def test_disconnect_deletes_locally_without_http(service, memory_store, memory_keyring,
                                                 server):
    memory_store.save(make_account())
    service.disconnect(KEY)
    assert memory_store.summaries() == []
    assert (SERVICE, "account/acme/1001") not in memory_keyring.items
    assert server.log == []


# --- configure ------------------------------------------------------------------------------


def test_configure_writes_client_id_to_the_toml_and_the_secret_to_the_keyring(
        memory_store, memory_keyring):
    providers_file = paths.providers_file()
    service = AccountService(memory_store, providers_file=providers_file)
    assert not service.provider("github").is_configured

    configured = service.configure("github", "Iv1.gh-client", Secret(CLIENT_SECRET))

    assert configured.client_id == "Iv1.gh-client"
    assert configured.is_configured
    text = providers_file.read_text(encoding="utf-8")
    assert CLIENT_SECRET not in text
    assert "secret" not in text.lower()
    assert tomllib.loads(text) == {"providers": {"github": {"client_id": "Iv1.gh-client"}}}
    assert stat.S_IMODE(providers_file.stat().st_mode) == 0o600
    assert memory_store.client_secret("github") == Secret(CLIENT_SECRET)
    assert memory_keyring.items[(SERVICE, "client-secret/github")] == CLIENT_SECRET


def test_configure_secret_only_leaves_the_toml_alone(memory_store, tmp_path):
    providers_file = tmp_path / "providers.toml"
    service = AccountService(memory_store, providers_file=providers_file)
    service.configure("gitlab", None, Secret(CLIENT_SECRET))
    assert not providers_file.exists()
    assert memory_store.client_secret("gitlab") == Secret(CLIENT_SECRET)


def test_configure_unknown_provider_writes_nothing(memory_store, memory_keyring, tmp_path):
    providers_file = tmp_path / "providers.toml"
    service = AccountService(memory_store, providers_file=providers_file)
    with pytest.raises(UnknownProviderError):
        service.configure("nope", "id", Secret(CLIENT_SECRET))
    assert not providers_file.exists()
    assert memory_keyring.items == {}


# --- the on-disk hint fast path ----------------------------------------------------------------


@pytest.fixture
def hinted_service(memory_keyring, provider, clock, tmp_path) -> AccountService:
    store = TokenStore(KeyringAccess(memory_keyring, deadline=5.0), tmp_path / "store.lock",
                       hint_path=tmp_path / "hint.json")
    return AccountService(store, providers_file=None,
                          catalog_loader=lambda: ProviderCatalog({"acme": provider}),
                          clock=clock)


def test_token_via_a_hint_naming_a_deleted_entry_falls_back_to_the_index(
        hinted_service, memory_keyring, server):
    store = hinted_service.store
    store.save(make_account("1001", "alice"))
    store.save(make_account("1002", "bob", access=OTHER_ACCESS))
    assert hinted_service.token("acme:alice") == Secret(ACCESS)
    # another process removed alice's entry; the hint still names it
    del memory_keyring.items[(SERVICE, "account/acme/1001")]
    with pytest.raises(AccountNotFoundError):
        hinted_service.token("acme:alice")
    assert hinted_service.token("acme:bob") == Secret(OTHER_ACCESS)
    assert server.log == []


def test_token_via_the_hint_still_refuses_an_account_needing_reconnect(
        hinted_service, server):
    store = hinted_service.store
    store.save(replace(make_account(), status=STATUS_NEEDS_RECONNECT))
    with pytest.raises(NeedsReconnectError):
        hinted_service.token("acme")
    assert server.log == []


def test_a_refresh_waiting_on_a_revoke_never_brings_the_account_back(
        service, memory_store, memory_keyring, server):
    import threading

    memory_store.save(make_account())
    revoke_started, let_revoke_finish = threading.Event(), threading.Event()

    def slow_revoke(request: Request) -> Response:
        revoke_started.set()
        let_revoke_finish.wait(5)
        return Response("")

    server.expect_request("/revoke", method="POST").respond_with_handler(slow_revoke)
    revoker = threading.Thread(target=service.revoke, args=(KEY,))
    revoker.start()
    assert revoke_started.wait(5)
    outcome: dict[str, BaseException] = {}

    def refresh() -> None:
        try:
            service.refresh(KEY)
        except BaseException as exc:
            outcome["error"] = exc

    refresher = threading.Thread(target=refresh)
    refresher.start()  # blocks on the store lock the revoke holds
    let_revoke_finish.set()
    revoker.join(10)
    refresher.join(10)
    assert isinstance(outcome.get("error"), AccountNotFoundError)
    assert (SERVICE, "account/acme/1001") not in memory_keyring.items
    assert memory_store.summaries() == []
    assert forms(server, "/token") == []  # the revoked refresh token was never spent
