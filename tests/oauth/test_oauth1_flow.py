"""The OAuth 1 Connect flow (1.0a with the loopback catcher, legacy 1.0, PIN) against a real
OAuth 1 provider on 127.0.0.1; the "browser" is a plain HTTP client that opens the
authorization URL, approves or denies on the provider's consent form and follows the
provider's redirect to tokenmgr's catcher."""

from __future__ import annotations

import re
import socket
import time
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.e2e.oauth1server.control import OAuth1Server
from tokenmgr.errors import (
    BadRequestError,
    FlowCancelledError,
    FlowTimeoutError,
    NotApprovedError,
    TokenEndpointError,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth1 import OAuth1Client
from tokenmgr.oauth.oauth1_flow import OAuth1Flow
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider


@pytest.fixture(scope="module")
def srv():
    with OAuth1Server() as server:
        yield server


@pytest.fixture
def http():
    client = HttpClient()
    yield client
    client.close()


def provider_for(srv: OAuth1Server, mode: str = "1.0a", **kw) -> Provider:
    legacy = mode == "1.0"
    return Provider(
        id="loop1", name="Loop One", protocol="oauth1", callback_mode=mode,
        client_id=srv.legacy_key if legacy else srv.consumer_key,
        request_token_url=srv.request_token_url, authorize_url=srv.authorize_url,
        access_token_url=srv.access_token_url, userinfo_url=srv.me_url,
        account_name_field="screen_name", **kw)


def client_for(srv, http, mode="1.0a", **kw) -> OAuth1Client:
    secret = srv.legacy_secret if mode == "1.0" else srv.consumer_secret
    return OAuth1Client(provider_for(srv, mode, **kw), Secret(secret), http)


class Browser:
    """Plays the user: ``action`` "approve" or "deny" on the consent form, then follows the
    provider's redirect (to the catcher) like a browser; keeps every page it saw."""

    def __init__(self, action: str = "approve", user: str = "alice") -> None:
        self.action, self.user = action, user
        self.opened: list[str] = []
        self.pages: list[requests.Response] = []
        self.session = requests.Session()
        self.session.trust_env = False
        self.before_redirect = lambda location: None

    def get(self, url: str) -> requests.Response:
        page = self.session.get(url, allow_redirects=False)
        self.pages.append(page)
        return page

    def consent(self, url: str) -> requests.Response:
        page = self.get(url)
        assert page.status_code == 200 and "oauth1-authorize" in page.text, page.text
        form = dict(re.findall(r"name='(oauth_token|oauth_callback)' value='([^']*)'", page.text))
        answer = self.session.post(urlsplit(url)._replace(query="").geturl(), data={
            **form, "username": self.user, "password": f"{self.user}-password",
            "action": self.action}, allow_redirects=False)
        self.pages.append(answer)
        return answer

    def __call__(self, url: str) -> None:  # open_browser
        self.opened.append(url)
        answer = self.consent(url)
        if answer.status_code == 302:
            self.before_redirect(answer.headers["Location"])
            self.get(answer.headers["Location"])


def last_request(srv: OAuth1Server, path: str) -> dict:
    return [r for r in srv.requests if r["path"] == path][-1]


def access_token_requests(srv) -> int:
    return sum(r["path"] == "/oauth/access_token" for r in srv.requests)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_1_0a_connects_through_the_catcher_on_the_providers_port_and_path(srv, http):
    port = free_port()
    browser, shown = Browser(user="bob"), []
    flow = OAuth1Flow(client_for(srv, http, redirect_port=port, redirect_path="/oauth1/done"),
                      open_browser=browser, on_authorization_url=shown.append)
    result = flow.run()
    callback = f"http://127.0.0.1:{port}/oauth1/done"
    assert result.redirect_uri == callback and result.provider_id == "loop1"
    assert last_request(srv, "/oauth/request_token")["oauth"]["oauth_callback"] == callback
    assert shown == browser.opened and len(shown) == 1
    assert dict(parse_qsl(urlsplit(shown[0]).query)).keys() == {"oauth_token"}
    landing = browser.pages[-1]
    assert landing.url.startswith(callback + "?")
    assert landing.status_code == 200
    assert "Loop One approved the sign-in; tokenmgr is finishing it." in landing.text
    assert srv.access_token_valid(result.tokens.access_token.reveal())
    assert (result.account.account_id, result.account.name) == ("1002", "bob")


def test_legacy_1_0_gives_the_callback_on_the_authorize_url_and_needs_no_verifier(srv, http):
    browser = Browser()
    result = OAuth1Flow(client_for(srv, http, "1.0"), open_browser=browser).run()
    query = dict(parse_qsl(urlsplit(browser.opened[0]).query))
    assert query["oauth_callback"] == result.redirect_uri
    assert urlsplit(result.redirect_uri).hostname == "127.0.0.1"
    assert "oauth_callback" not in last_request(srv, "/oauth/request_token")["oauth"]
    assert srv.access_token_valid(result.tokens.access_token.reveal())
    assert result.account.name == "alice"


def test_1_0a_callback_without_a_verifier_is_not_approved(srv, http):
    browser = Browser()
    before = access_token_requests(srv)

    def skip_approval(url: str) -> None:  # a provider that redirects without a verifier
        browser.opened.append(url)
        token = dict(parse_qsl(urlsplit(url).query))["oauth_token"]
        callback = last_request(srv, "/oauth/request_token")["oauth"]["oauth_callback"]
        browser.get(callback + "?" + urlencode({"oauth_token": token}))

    with pytest.raises(NotApprovedError) as refused:
        OAuth1Flow(client_for(srv, http), open_browser=skip_approval).run()
    assert str(refused.value) == "The provider sent no verifier: the sign-in was not approved."
    assert access_token_requests(srv) == before


def test_denying_on_the_consent_page_ends_the_flow_unapproved(srv, http):
    before = access_token_requests(srv)
    with pytest.raises(NotApprovedError) as refused:
        OAuth1Flow(client_for(srv, http), open_browser=Browser("deny")).run()
    assert str(refused.value) == "The sign-in was not approved."
    assert access_token_requests(srv) == before


def test_a_callback_for_another_request_token_is_refused_and_the_real_one_still_lands(srv, http):
    browser = Browser()
    forged: list[requests.Response] = []

    def forge_first(location: str) -> None:
        query = dict(parse_qsl(urlsplit(location).query))
        forged.append(browser.session.get(location.split("?")[0] + "?" + urlencode(
            {**query, "oauth_token": "someone-elses-token"}), allow_redirects=False))

    browser.before_redirect = forge_first
    result = OAuth1Flow(client_for(srv, http), open_browser=browser).run()
    assert forged[0].status_code == 403
    assert "not this sign-in" in forged[0].text
    assert srv.access_token_valid(result.tokens.access_token.reveal())


def test_cancel_after_the_redirect_arrived_exchanges_nothing(srv, http):
    browser = Browser()

    def land_then_cancel(url: str) -> None:
        browser(url)
        flow.cancel()

    flow = OAuth1Flow(client_for(srv, http), open_browser=land_then_cancel)
    before = access_token_requests(srv)
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert browser.pages[-1].status_code == 200  # the catcher had taken the redirect
    assert access_token_requests(srv) == before


def test_no_answer_from_the_browser_within_the_flows_timeout_ends_it(srv, http):
    before = access_token_requests(srv)
    with pytest.raises(FlowTimeoutError) as timed_out:
        OAuth1Flow(client_for(srv, http), open_browser=lambda url: None, timeout=0).run()
    assert str(timed_out.value) == "No answer from the browser in time."
    assert access_token_requests(srv) == before


def port_is_released(port: int, within: float = 2.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return True
    return False


def test_the_catcher_lingers_only_as_long_as_the_flow_says(srv, http):
    port = free_port()
    result = OAuth1Flow(client_for(srv, http, redirect_port=port), open_browser=Browser(),
                        linger_seconds=0.0).run()
    assert result.redirect_uri == f"http://127.0.0.1:{port}/callback"
    assert port_is_released(port)  # the catcher's default (3 s) would keep it for reloads


# --- PIN (out-of-band) ---------------------------------------------------------------------


class PinUser:
    """Reads the PIN off the provider's page after approving, and types it in."""

    def __init__(self, typed=lambda pin: f"  {pin}\n") -> None:
        self.browser = Browser()
        self.prompts: list[str] = []
        self.typed = typed

    def ask_code(self, prompt: str) -> str:
        self.prompts.append(prompt)
        page = self.browser.pages[-1]
        return self.typed(re.search(r"<code id='pin'>([^<]+)</code>", page.text).group(1))


def test_pin_mode_asks_for_the_pin_the_provider_shows(srv, http):
    user, shown = PinUser(), []
    flow = OAuth1Flow(client_for(srv, http, "oob"), open_browser=user.browser,
                      on_authorization_url=shown.append, ask_code=user.ask_code)
    result = flow.run()
    assert user.prompts == ["Enter the PIN Loop One shows:"]
    assert shown == user.browser.opened and len(shown) == 1
    assert result.redirect_uri == "oob"
    assert last_request(srv, "/oauth/request_token")["oauth"]["oauth_callback"] == "oob"
    assert srv.access_token_valid(result.tokens.access_token.reveal())
    assert result.account.name == "alice"


@pytest.mark.parametrize("typed", ["", "   ", "12 34", "1\t2", "x" * 257])
def test_what_is_not_a_pin_is_refused_before_any_exchange(srv, http, typed):
    user = PinUser(typed=lambda pin: typed)
    before = access_token_requests(srv)
    with pytest.raises(BadRequestError) as refused:
        OAuth1Flow(client_for(srv, http, "oob"), open_browser=user.browser,
                   ask_code=user.ask_code).run()
    assert str(refused.value) == "That does not look like the provider's PIN."
    assert access_token_requests(srv) == before


def test_a_long_pin_is_still_sent_to_the_provider(srv, http):
    user = PinUser(typed=lambda pin: "x" * 256)
    with pytest.raises(TokenEndpointError) as refused:
        OAuth1Flow(client_for(srv, http, "oob"), open_browser=user.browser,
                   ask_code=user.ask_code).run()
    assert refused.value.error == "http_400"  # the provider's verdict on that verifier
    sent = last_request(srv, "/oauth/access_token")
    assert sent["oauth"]["oauth_verifier"] == "x" * 256


def test_pin_mode_without_a_way_to_ask_says_so_before_opening_the_browser(srv, http):
    browser = Browser()
    with pytest.raises(BadRequestError) as refused:
        OAuth1Flow(client_for(srv, http, "oob"), open_browser=browser).run()
    assert str(refused.value) == "This provider shows a PIN, but nothing can ask for it here."
    assert browser.opened == []


def test_cancel_before_the_pin_is_asked_opens_nothing(srv, http):
    user = PinUser()
    flow = OAuth1Flow(client_for(srv, http, "oob"), open_browser=user.browser,
                      ask_code=user.ask_code)
    flow.cancel()
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert user.browser.opened == [] and user.prompts == []


def test_cancel_while_the_pin_is_typed_exchanges_nothing(srv, http):
    user = PinUser()
    flow = OAuth1Flow(client_for(srv, http, "oob"), open_browser=user.browser,
                      ask_code=lambda prompt: (flow.cancel(), user.ask_code(prompt))[1])
    before = access_token_requests(srv)
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert access_token_requests(srv) == before


def scripted_provider(server: HTTPServer) -> Provider:
    return Provider(id="s", name="Scripted", protocol="oauth1", client_id="ck",
                    callback_mode="oob", request_token_url=server.url_for("/rt"),
                    authorize_url=server.url_for("/authorize"),
                    access_token_url=server.url_for("/at"), userinfo_url=server.url_for("/me"),
                    account_name_field="screen_name")


def test_cancel_during_the_token_exchange_asks_nobody_who_the_token_is_for(http):
    with HTTPServer(host="127.0.0.1", port=0) as server:
        server.expect_request("/rt", method="POST").respond_with_data(
            "oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true")

        def cancel_while_answering(request: Request) -> Response:
            flow.cancel()  # the user gave up while the provider was answering
            return Response("oauth_token=a&oauth_token_secret=b",
                            content_type="application/x-www-form-urlencoded")

        server.expect_request("/at", method="POST").respond_with_handler(cancel_while_answering)
        server.expect_request("/me").respond_with_json({"screen_name": "x"})
        flow = OAuth1Flow(OAuth1Client(scripted_provider(server), Secret("cs"), http),
                          open_browser=lambda url: None, ask_code=lambda prompt: "1234")
        with pytest.raises(FlowCancelledError):
            flow.run()
        assert [request.path for request, _ in server.log] == ["/rt", "/at"]
