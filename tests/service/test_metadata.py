"""Provider metadata through the service: fetched on first use into the user's cache dir,
read from there afterwards, and fetched again on demand (``providers refresh``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.service.support import NOW, Clock, service_with, store_on
from tokenmgr.values.provider import Provider


@pytest.fixture
def server(monkeypatch) -> Iterator[HTTPServer]:
    for name in ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with HTTPServer(host="127.0.0.1", port=0) as srv:
        srv.expect_request("/.well-known/openid-configuration").respond_with_json({
            "issuer": srv.url_for("/").rstrip("/"),
            "authorization_endpoint": srv.url_for("/authorize"),
            "token_endpoint": srv.url_for("/token")})
        yield srv


def corp(server: HTTPServer) -> Provider:
    return Provider(id="corp", name="Corp IdP", client_id="corp-cli",
                    discovery_url=server.url_for("/.well-known/openid-configuration"))


def test_metadata_is_cached_in_the_users_cache_dir_and_refetched_on_demand(
        server, memory_keyring, tmp_path):
    service = service_with(store_on(memory_keyring, tmp_path), corp(server))
    discovered = service.discovered(service.provider("corp"))
    assert discovered.token_url == server.url_for("/token")
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "tokenmgr"
    assert [p for p in cache.rglob("*") if p.is_file()]  # the metadata, kept for a day
    assert service.discovered(service.provider("corp")) == discovered
    assert len(server.log) == 1
    assert service.refresh_metadata("corp") == discovered
    assert len(server.log) == 2


def test_a_chosen_cache_dir_is_used_instead(server, memory_keyring, tmp_path):
    service = service_with(store_on(memory_keyring, tmp_path), corp(server))
    service.metadata_cache_dir = tmp_path / "metadata"
    service.discovered(service.provider("corp"))
    assert [p for p in (tmp_path / "metadata").rglob("*") if p.is_file()]
    assert not (Path(os.environ["XDG_CACHE_HOME"]) / "tokenmgr").exists()


def test_a_provider_without_discovery_is_used_as_configured(server, memory_keyring, tmp_path):
    plain = Provider(id="plain", name="Plain", client_id="c",
                     authorize_url="https://plain.example/a", token_url="https://plain.example/t")
    service = service_with(store_on(memory_keyring, tmp_path), plain)
    assert service.refresh_metadata("plain") == plain
    assert server.log == []


def test_the_cached_metadata_lasts_a_day_by_the_services_clock(server, memory_keyring,
                                                               tmp_path):
    clock = Clock()
    service = service_with(store_on(memory_keyring, tmp_path), corp(server), clock=clock)
    service.discovered(service.provider("corp"))
    clock.now = NOW + 86_000
    service.discovered(service.provider("corp"))
    assert len(server.log) == 1
    clock.now = NOW + 86_401
    service.discovered(service.provider("corp"))
    assert len(server.log) == 2
