"""The Connect flows end to end on this machine: the real loopback catcher, a "browser"
that follows the authorization URL to it, and token/account endpoints on a real
127.0.0.1 server that record what they receive. Covers the callbacks' order, cancel at
each step, the timeout, the catcher's address and lifetime, and paste-the-code."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokenmgr.errors import (
    BadStateError,
    FlowCancelledError,
    FlowTimeoutError,
    NotConfiguredError,
)
from tokenmgr.oauth.flow import (
    AuthorizationCodeFlow,
    ConnectResult,
    PastedCodeFlow,
)
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.loopback import port_is_free
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.values.provider import Provider

NOW = 1_800_000_000.0
PASTE_URI = "https://app.example/landing"


@pytest.fixture
def idp(loopback_idp: HTTPServer) -> HTTPServer:
    """The provider's endpoints on 127.0.0.1, reached directly (tests/conftest.py)."""
    return loopback_idp


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(connect_timeout=5.0, total_timeout=5.0)
    yield client
    client.close()


def answer_token(idp: HTTPServer, hook: Callable[[], None] = lambda: None) -> None:
    def handle(request: Request) -> Response:
        hook()
        return Response('{"access_token": "at-1", "token_type": "bearer", "expires_in": 60}',
                        content_type="application/json")

    idp.expect_request("/token", method="POST").respond_with_handler(handle)


def answer_account(idp: HTTPServer) -> None:
    idp.expect_request("/me").respond_with_json({"id": 42, "name": "alice"})


def provider(idp: HTTPServer, **kw) -> Provider:
    values = dict(id="acme", name="Acme Cloud", authorize_url="https://idp.example/authorize",
                  token_url=idp.url_for("/token"), userinfo_url=idp.url_for("/me"),
                  client_id="cid", scopes=("read",))
    values.update(kw)
    return Provider(**values)


def paths(idp: HTTPServer) -> list[str]:
    return [request.path for request, _ in idp.log]


def token_form(idp: HTTPServer) -> dict[str, str]:
    (form,) = [dict(parse_qs(r.get_data(as_text=True))) for r, _ in idp.log
               if r.path == "/token"]
    return {k: v[0] for k, v in form.items()}


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


class Browser:
    """Follows the authorization URL to the catcher (approving with ``code``) and keeps
    the page the catcher answered."""

    def __init__(self, code: str = "the-code", then: Callable[[], None] = lambda: None):
        self.code = code
        self.then = then
        self.opened: list[str] = []
        self.page = ""

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        q = query(url)
        target = q["redirect_uri"] + "?" + urlencode({"code": self.code, "state": q["state"]})
        with urllib.request.urlopen(target, timeout=10) as page:  # noqa: S310 - the catcher
            self.page = page.read().decode()
        self.then()


def fixed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the authorization code flow ------------------------------------------------------------


def test_a_connect_shows_the_url_then_opens_it_and_returns_tokens_account_and_address(
        idp, http):
    answer_token(idp)
    answer_account(idp)
    events: list[tuple[str, str]] = []
    browser = Browser()

    def open_browser(url: str) -> None:
        events.append(("open", url))
        browser(url)

    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http, clock=lambda: NOW),
                                 open_browser=open_browser,
                                 on_authorization_url=lambda url: events.append(("show", url)),
                                 linger_seconds=0.0, timeout=10.0)
    assert flow.redirect_uri is None  # not known before the URL is shown
    result = flow.run()
    assert [kind for kind, _ in events] == ["show", "open"]
    assert events[0][1] == events[1][1]
    assert result == ConnectResult("acme", result.tokens, result.account, flow.redirect_uri)
    assert result.tokens.access_token.reveal() == "at-1"
    assert (result.account.account_id, result.account.name) == ("42", "alice")
    assert query(events[0][1])["redirect_uri"] == flow.redirect_uri
    assert token_form(idp)["redirect_uri"] == flow.redirect_uri
    assert token_form(idp)["code"] == "the-code"
    assert paths(idp) == ["/token", "/me"]
    assert "Acme Cloud approved the sign-in" in browser.page


def test_the_flows_scopes_replace_the_providers(idp, http):
    answer_token(idp)
    answer_account(idp)
    browser = Browser()
    AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http), scopes=("admin", "x"),
                          open_browser=browser, linger_seconds=0.0, timeout=10.0).run()
    assert query(browser.opened[0])["scope"] == "admin x"


def test_the_catcher_listens_on_the_providers_port_path_and_name(idp, http):
    """A fixed port and path (as registered at the provider) and the host name the provider
    matches; the code pasted from the landing page completes the sign-in."""
    answer_token(idp)
    answer_account(idp)
    port = fixed_port()
    shown: list[str] = []
    flow: AuthorizationCodeFlow

    def paste_landing(url: str) -> None:
        shown.append(url)
        flow.submit_landing(f"{flow.redirect_uri}?code=pasted&state={query(url)['state']}")

    flow = AuthorizationCodeFlow(
        OAuth2Client(provider(idp, redirect_port=port, redirect_path="/oauth/done",
                              redirect_host="localhost"), None, http),
        open_browser=paste_landing, linger_seconds=0.0, timeout=10.0)
    result = flow.run()
    assert flow.redirect_uri == f"http://localhost:{port}/oauth/done"
    assert query(shown[0])["redirect_uri"] == flow.redirect_uri
    assert result.redirect_uri == flow.redirect_uri
    assert token_form(idp)["code"] == "pasted"


def test_the_catcher_requires_the_issuer_when_the_provider_sends_iss(idp, http):
    answer_token(idp)
    answer_account(idp)
    refused: list[int] = []
    flow: AuthorizationCodeFlow

    def browser(url: str) -> None:
        q = query(url)
        base = q["redirect_uri"] + "?"
        try:
            urllib.request.urlopen(base + urlencode(  # noqa: S310 - the catcher
                {"code": "no-iss", "state": q["state"]}), timeout=10)
        except urllib.error.HTTPError as err:
            refused.append(err.code)
            err.close()
        with urllib.request.urlopen(base + urlencode(  # noqa: S310 - the catcher
                {"code": "with-iss", "state": q["state"], "iss": "https://idp.example"}),
                timeout=10) as page:
            page.read()

    flow = AuthorizationCodeFlow(
        OAuth2Client(provider(idp, issuer="https://idp.example", redirect_iss=True), None,
                     http), open_browser=browser, linger_seconds=0.0, timeout=10.0)
    flow.run()
    assert refused == [400]
    assert token_form(idp)["code"] == "with-iss"


def test_the_catcher_answers_reloads_for_a_while_after_the_sign_in(idp, http):
    answer_token(idp)
    answer_account(idp)
    browser = Browser()
    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http), open_browser=browser,
                                 linger_seconds=30.0, timeout=10.0)
    flow.run()
    reload = f"{flow.redirect_uri}?code=again&state=x"
    with urllib.request.urlopen(reload, timeout=10) as page:  # noqa: S310 - the catcher
        assert "This sign-in has already finished." in page.read().decode()
    assert paths(idp) == ["/token", "/me"]


def test_without_an_answer_the_flow_times_out(idp, http):
    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http),
                                 open_browser=lambda url: None, timeout=0.2)
    with pytest.raises(FlowTimeoutError) as info:
        flow.run()
    assert str(info.value) == "No answer from the browser in time."
    assert idp.log == []


def test_a_browser_that_fails_ends_the_flow_and_frees_the_port_at_once(idp, http):
    port = fixed_port()

    def broken(url: str) -> None:
        raise RuntimeError("no browser")

    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp, redirect_port=port), None, http),
                                 open_browser=broken, linger_seconds=30.0, timeout=10.0)
    with pytest.raises(RuntimeError, match="no browser"):
        flow.run()
    assert port_is_free(port)


# --- cancel ------------------------------------------------------------------------------------


def test_cancel_before_run_opens_no_browser_and_frees_the_port(idp, http):
    port = fixed_port()
    opened: list[str] = []
    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp, redirect_port=port), None, http),
                                 open_browser=opened.append)
    flow.cancel()
    with pytest.raises(FlowCancelledError) as info:
        flow.run()
    assert str(info.value) == "Sign-in cancelled."
    assert opened == []
    assert port_is_free(port)


def test_cancel_while_waiting_for_the_browser_ends_the_wait(idp, http):
    flow: AuthorizationCodeFlow

    def user_cancels(url: str) -> None:
        flow.cancel()

    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http),
                                 open_browser=user_cancels, timeout=10.0)
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert idp.log == []


def test_cancel_after_the_redirect_arrived_makes_no_exchange(idp, http):
    flow: AuthorizationCodeFlow
    browser = Browser(then=lambda: flow.cancel())
    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http), open_browser=browser,
                                 linger_seconds=0.0, timeout=10.0)
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert "approved the sign-in" in browser.page
    assert idp.log == []


def test_cancel_during_the_exchange_asks_for_no_account(idp, http):
    flow: AuthorizationCodeFlow
    answer_token(idp, hook=lambda: flow.cancel())
    answer_account(idp)
    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http),
                                 open_browser=Browser(), linger_seconds=0.0, timeout=10.0)
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert paths(idp) == ["/token"]


def test_a_landing_cannot_be_pasted_before_the_sign_in_starts(idp, http):
    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http),
                                 open_browser=lambda url: None)
    with pytest.raises(BadStateError) as info:
        flow.submit_landing("code")
    assert str(info.value) == "No sign-in is waiting for an address yet."


def test_a_landing_pasted_after_the_redirect_won_says_the_sign_in_finished(idp, http):
    answer_token(idp)
    answer_account(idp)
    late: list[BaseException] = []
    flow: AuthorizationCodeFlow

    def then() -> None:
        with pytest.raises(BadStateError) as info:
            flow.submit_landing("late-code")
        late.append(info.value)

    flow = AuthorizationCodeFlow(OAuth2Client(provider(idp), None, http),
                                 open_browser=Browser(then=then), linger_seconds=0.0, timeout=10.0)
    flow.run()
    assert [str(e) for e in late] == ["This sign-in has already finished."]
    assert token_form(idp)["code"] == "the-code"


# --- paste the code ----------------------------------------------------------------------------


def pasted_flow(idp, http, ask_code, **kw) -> PastedCodeFlow:
    client = OAuth2Client(provider(idp, redirect_mode="paste", paste_redirect_uri=PASTE_URI),
                          None, http, clock=lambda: NOW)
    return PastedCodeFlow(client, redirect_uri=PASTE_URI, ask_code=ask_code, **kw)


def test_paste_the_code_asks_once_in_words_and_exchanges_that_code(idp, http):
    answer_token(idp)
    answer_account(idp)
    prompts: list[str] = []
    events: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return "  pasted-code  "

    flow = pasted_flow(idp, http, ask, scopes=("files",),
                       open_browser=lambda url: events.append("open " + url),
                       on_authorization_url=lambda url: events.append("show " + url))
    result = flow.run()
    assert prompts == ["Paste the code Acme Cloud shows, or the whole address your browser "
                       "landed on:"]
    assert [e.split(" ")[0] for e in events] == ["show", "open"]
    url = events[0].split(" ", 1)[1]
    assert query(url)["redirect_uri"] == PASTE_URI
    assert query(url)["scope"] == "files"
    form = token_form(idp)
    assert form["code"] == "pasted-code"
    assert form["redirect_uri"] == PASTE_URI
    assert form["code_verifier"]
    assert result.redirect_uri == PASTE_URI
    assert result.provider_id == "acme"
    assert result.account.name == "alice"


def test_paste_the_code_cancelled_while_asking_makes_no_exchange(idp, http):
    flow: PastedCodeFlow

    def ask(prompt: str) -> str:
        flow.cancel()
        return "code"

    flow = pasted_flow(idp, http, ask, open_browser=lambda url: None)
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert idp.log == []


def test_paste_the_code_cancelled_during_the_exchange_asks_for_no_account(idp, http):
    flow: PastedCodeFlow
    answer_token(idp, hook=lambda: flow.cancel())
    answer_account(idp)
    flow = pasted_flow(idp, http, lambda prompt: "code", open_browser=lambda url: None)
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert paths(idp) == ["/token"]


def test_paste_the_code_needs_a_way_to_ask(idp, http):
    client = OAuth2Client(provider(idp), None, http)
    with pytest.raises(ValueError, match=r"^PastedCodeFlow needs ask_code$"):
        PastedCodeFlow(client, redirect_uri=PASTE_URI, open_browser=lambda url: None)


def test_after_a_sign_in_that_could_not_start_nothing_can_be_pasted(idp, http):
    client = OAuth2Client(provider(idp, authorize_url=None,
                                   discovery_url="https://idp.example/.well-known/x"), None, http)
    flow = AuthorizationCodeFlow(client, open_browser=lambda url: None, timeout=10.0)
    with pytest.raises(NotConfiguredError):
        flow.run()
    with pytest.raises(BadStateError) as info:
        flow.submit_landing("code")
    assert str(info.value) == "No sign-in is waiting for an address yet."
