"""The recovery path: the address the browser landed on, pasted, completes the sign-in —
validated exactly like a redirect (state, ``iss``) while the real loopback catcher keeps
listening; whichever answer comes first wins. Token and account endpoints are local fakes."""

from __future__ import annotations

import json
import threading
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tokenmgr.errors import (
    BadStateError,
    CsrfError,
    FlowCancelledError,
    IssuerMismatchError,
    NotApprovedError,
)
from tokenmgr.oauth.flow import AuthorizationCodeFlow
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.values.provider import Provider

ISSUER = "https://idp.test"


@pytest.fixture
def fake(loopback_idp: HTTPServer) -> HTTPServer:
    """Token and account endpoints on 127.0.0.1 (tests/conftest.py)."""
    loopback_idp.expect_request("/token").respond_with_response(Response(json.dumps({
        "access_token": "at-0123456789abcdef", "token_type": "bearer", "expires_in": 60}),
        content_type="application/json"))
    loopback_idp.expect_request("/me").respond_with_json({"id": 7, "name": "alice"})
    return loopback_idp


class Running:
    """A flow on its worker thread; ``url`` is its authorization URL once shown."""

    def __init__(self, fake: HTTPServer, issuer: str | None = None) -> None:
        provider = Provider(id="acme", name="Acme", authorize_url="https://idp.test/authorize",
                            token_url=fake.url_for("/token"), userinfo_url=fake.url_for("/me"),
                            client_id="cid", issuer=issuer)
        self.http = HttpClient(connect_timeout=5.0, total_timeout=5.0)
        self.shown = threading.Event()
        self.url = ""
        self.flow = AuthorizationCodeFlow(OAuth2Client(provider, None, self.http),
                                          open_browser=lambda url: None,
                                          on_authorization_url=self._show, timeout=30.0,
                                          linger_seconds=0.0)
        self.result = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.shown.wait(10)

    def _show(self, url: str) -> None:
        self.url = url
        self.shown.set()

    def _run(self) -> None:
        try:
            self.result = self.flow.run()
        except BaseException as exc:
            self.error = exc

    @property
    def state(self) -> str:
        return parse_qs(urlsplit(self.url).query)["state"][0]

    def landing(self, **params: str) -> str:
        return f"{self.flow.redirect_uri}?{urlencode(params)}"

    def finish(self):
        self.thread.join(15)
        assert not self.thread.is_alive()
        self.http.close()
        if self.error is not None:
            raise self.error
        return self.result


def token_posts(fake: HTTPServer) -> list[dict[str, list[str]]]:
    return [parse_qs(r.get_data(as_text=True)) for r, _ in fake.log if r.path == "/token"]


def test_a_pasted_landing_address_completes_with_the_same_pkce_verifier(fake):
    run = Running(fake)
    run.flow.submit_landing("  " + run.landing(code="the-code", state=run.state) + "\n")
    result = run.finish()
    assert result.account.name == "alice"
    (post,) = token_posts(fake)
    assert post["code"] == ["the-code"]
    assert post["redirect_uri"] == [run.flow.redirect_uri]
    assert post["code_verifier"][0]  # the PKCE verifier of this very flow


def test_a_bare_code_is_accepted(fake):
    run = Running(fake)
    run.flow.submit_landing("bare-code-123")
    run.finish()
    assert token_posts(fake)[0]["code"] == ["bare-code-123"]


def test_a_forged_state_is_refused_and_the_catcher_keeps_listening(fake):
    run = Running(fake)
    with pytest.raises(CsrfError):
        run.flow.submit_landing(run.landing(code="evil", state="forged"))
    assert run.thread.is_alive()
    # the browser reaches the catcher after all: that answer completes the sign-in
    real = run.landing(code="real", state=run.state)
    with urllib.request.urlopen(real, timeout=10) as page:  # noqa: S310 - the catcher
        assert page.status == 200
    run.finish()
    assert [p["code"] for p in token_posts(fake)] == [["real"]]
    with pytest.raises(BadStateError):  # a late paste cannot start a second exchange
        run.flow.submit_landing(run.landing(code="late", state=run.state))
    assert len(token_posts(fake)) == 1


def test_the_issuer_is_checked_like_at_the_catcher(fake):
    run = Running(fake, issuer=ISSUER)
    with pytest.raises(IssuerMismatchError):
        run.flow.submit_landing(run.landing(code="c", state=run.state))
    with pytest.raises(IssuerMismatchError):
        run.flow.submit_landing(run.landing(code="c", state=run.state, iss="https://evil.test"))
    run.flow.submit_landing(run.landing(code="c", state=run.state, iss=ISSUER))
    run.finish()


def test_a_pasted_refusal_ends_the_sign_in_as_not_approved(fake):
    run = Running(fake)
    with pytest.raises(NotApprovedError):
        run.flow.submit_landing(run.landing(error="access_denied", state=run.state))
    with pytest.raises(NotApprovedError):
        run.finish()
    assert token_posts(fake) == []


def test_nothing_can_be_pasted_before_the_sign_in_starts_or_after_cancel(fake):
    run = Running(fake)
    run.flow.cancel()
    with pytest.raises(FlowCancelledError):
        run.finish()
    with pytest.raises(BadStateError):
        run.flow.submit_landing(run.landing(code="c", state=run.state))


@pytest.mark.parametrize("outcome", [False, RuntimeError("no display")])
def test_a_browser_that_cannot_start_triggers_the_recovery_offer(monkeypatch, outcome):
    import webbrowser

    from tokenmgr.oauth.browser import open_in_browser

    def fake_open(url, new=0, autoraise=True):
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(webbrowser, "open", fake_open)
    offered = threading.Event()
    open_in_browser("https://idp.test/authorize?x=1", on_failure=offered.set)
    assert offered.wait(5)


class InlineThread:
    """Runs the launcher at once, so the test sees its whole outcome without waiting."""

    def __init__(self, target, name=None, daemon=None) -> None:
        self._target = target

    def start(self) -> None:
        self._target()


def test_a_browser_that_starts_offers_nothing(monkeypatch):
    import types
    import webbrowser

    from tokenmgr.oauth import browser

    monkeypatch.setattr(browser, "threading", types.SimpleNamespace(Thread=InlineThread))
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0, autoraise=True:
                        opened.append(url) or True)
    offered = []
    browser.open_in_browser("https://idp.test/authorize?x=1",
                            on_failure=lambda: offered.append(1))
    assert opened == ["https://idp.test/authorize?x=1"] and offered == []
