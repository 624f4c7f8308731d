"""Paste-the-code keeps the RFC 9207 ``iss`` check (issue 17: dropping it went unnoticed)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.errors import IssuerMismatchError
from tokenmgr.oauth.flow import PastedCodeFlow
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.values.provider import Provider

ISSUER = "https://issuer.example"
PASTE_URI = "https://app.example/landing"
NOW = 1_800_000_000.0


@pytest.fixture
def server(monkeypatch) -> Iterator[HTTPServer]:
    for name in ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with HTTPServer(host="127.0.0.1", port=0) as httpserver:
        yield httpserver


def run_flow(server: HTTPServer, pasted_iss: str | None):
    provider = Provider(id="acme", name="Acme", authorize_url=server.url_for("/authorize"),
                        token_url=server.url_for("/token"), userinfo_url=server.url_for("/me"),
                        client_id="client", issuer=ISSUER, redirect_iss=True,
                        redirect_mode="paste",
                        paste_redirect_uri=PASTE_URI)
    http = HttpClient(connect_timeout=5.0, total_timeout=5.0)
    shown: list[str] = []

    def ask_code(prompt: str) -> str:
        state = parse_qs(urlsplit(shown[0]).query)["state"][0]
        params = {"code": "the-code", "state": state}
        if pasted_iss is not None:
            params["iss"] = pasted_iss
        return f"{PASTE_URI}?{urlencode(params)}"

    flow = PastedCodeFlow(OAuth2Client(provider, None, http, clock=lambda: NOW),
                          redirect_uri=PASTE_URI, open_browser=shown.append, ask_code=ask_code)
    try:
        return flow.run()
    finally:
        http.close()


@pytest.mark.parametrize("pasted_iss", [None, "https://attacker.example"],
                         ids=["missing", "other"])
def test_a_pasted_address_without_the_providers_iss_is_refused_before_any_exchange(
        server, pasted_iss):
    with pytest.raises(IssuerMismatchError):
        run_flow(server, pasted_iss)
    assert server.log == []  # the code was never sent anywhere


def test_the_providers_iss_lets_the_exchange_go_on(server):
    server.expect_request("/token", method="POST").respond_with_json(
        {"access_token": "at-123", "token_type": "Bearer", "expires_in": 3600})
    server.expect_request("/me").respond_with_json({"id": "7", "name": "alice"})
    result = run_flow(server, ISSUER)
    assert result.tokens.access_token.reveal() == "at-123"
    assert result.account.name == "alice"
