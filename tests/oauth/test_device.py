"""Device grant (RFC 8628, SECURITY.md #20): default interval, slow_down, expiry, user code
shown, denial — against a token endpoint on 127.0.0.1 with an injected clock and wait."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokenmgr.errors import FlowCancelledError, FlowTimeoutError, NotApprovedError
from tokenmgr.oauth.device import DeviceCodeFlow
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.values.provider import Provider


class FakeTime:
    """The flow's clock and wait: waiting advances the clock, nobody sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        self.now += seconds
        return False


@pytest.fixture
def server():
    with HTTPServer(host="127.0.0.1", port=0) as srv:
        yield srv


@pytest.fixture
def http():
    client = HttpClient()
    yield client
    client.close()


def client_for(server, http) -> OAuth2Client:
    provider = Provider(
        id="dev", name="Device Co", authorize_url=server.url_for("/authorize"),
        token_url=server.url_for("/token"), userinfo_url=server.url_for("/me"),
        device_authorization_url=server.url_for("/device"), client_id="dev-client",
        account_name_field="login", scopes=("read",))
    return OAuth2Client(provider, None, http)


def device_answer(server, **extra) -> None:
    body = {"device_code": "dc-secret", "user_code": "WDJB-MJHT",
            "verification_uri": "https://example.com/device", "expires_in": 60, **extra}
    server.expect_request("/device", method="POST").respond_with_json(body)
    server.expect_request("/me").respond_with_json({"id": 7, "login": "octo"})


def token_script(server, answers: list[dict]) -> list[dict]:
    """The token endpoint answers these in turn; returns the forms it received."""
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        seen.append(dict(request.form))
        answer = answers[min(len(seen), len(answers)) - 1]
        status = 400 if "error" in answer else 200
        return Response(json.dumps(answer), status=status, content_type="application/json")

    server.expect_request("/token", method="POST").respond_with_handler(handler)
    return seen


def run_flow(server, http, fake, shown=None, opened=None):
    shown = [] if shown is None else shown
    opened = [] if opened is None else opened
    flow = DeviceCodeFlow(client_for(server, http), clock=fake.clock, wait=fake.wait,
                          on_user_code=lambda code, uri: shown.append((code, uri)),
                          open_browser=opened.append)
    return flow.run()


TOKEN = {"access_token": "at-device", "token_type": "Bearer", "expires_in": 3600}
PENDING = {"error": "authorization_pending"}


def test_polls_every_5_seconds_by_default_until_approved(server, http):
    device_answer(server)
    forms = token_script(server, [PENDING, PENDING, TOKEN])
    fake, shown, opened = FakeTime(), [], []
    result = run_flow(server, http, fake, shown, opened)
    assert result.tokens.access_token.reveal() == "at-device"
    assert result.account.name == "octo"
    assert fake.waits == [5.0, 5.0, 5.0]
    assert shown == [("WDJB-MJHT", "https://example.com/device")]
    assert opened == ["https://example.com/device"]
    assert forms[0]["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code"
    assert forms[0]["device_code"] == "dc-secret" and forms[0]["client_id"] == "dev-client"


def test_the_provider_interval_is_used_and_slow_down_adds_5_seconds_for_good(server, http):
    device_answer(server, interval=2, verification_uri_complete="https://example.com/d?c=W")
    token_script(server, [PENDING, {"error": "slow_down"}, PENDING, PENDING, TOKEN])
    fake, opened = FakeTime(), []
    run_flow(server, http, fake, opened=opened)
    assert fake.waits == [2.0, 2.0, 7.0, 7.0, 7.0]
    assert opened == ["https://example.com/d?c=W"]  # the complete URI when given


def test_polling_stops_at_expires_in(server, http):
    device_answer(server, expires_in=12)
    forms = token_script(server, [PENDING])
    fake = FakeTime()
    with pytest.raises(FlowTimeoutError, match="expired"):
        run_flow(server, http, fake)
    assert fake.waits == [5.0, 5.0]
    assert len(forms) == 2
    assert fake.now <= 12


def test_denial_and_expiry_answers_end_the_flow(server, http):
    device_answer(server)
    token_script(server, [PENDING, {"error": "access_denied"}])
    with pytest.raises(NotApprovedError):
        run_flow(server, http, FakeTime())
    server.clear()
    device_answer(server)
    token_script(server, [{"error": "expired_token"}])
    with pytest.raises(FlowTimeoutError):
        run_flow(server, http, FakeTime())


def test_cancel_stops_polling(server, http):
    device_answer(server)
    forms = token_script(server, [PENDING])
    fake = FakeTime()
    flow = DeviceCodeFlow(client_for(server, http), clock=fake.clock,
                          open_browser=lambda url: None)
    flow._wait = lambda seconds: (flow.cancel(), True)[1]
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert forms == []


def test_default_wait_is_cancellable_without_sleeping_out_the_interval(server, http):
    import threading
    import time

    device_answer(server)
    token_script(server, [PENDING])
    flow = DeviceCodeFlow(client_for(server, http), open_browser=lambda url: None)
    outcome: dict[str, BaseException] = {}

    def run() -> None:
        try:
            flow.run()
        except BaseException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=run)
    started = time.monotonic()
    worker.start()
    flow.cancel()
    worker.join(3)
    assert not worker.is_alive() and time.monotonic() - started < 3
    assert isinstance(outcome["error"], FlowCancelledError)


def test_the_callers_timeout_stops_polling_before_expires_in(server, http):
    device_answer(server, expires_in=900)
    forms = token_script(server, [PENDING])
    fake = FakeTime()
    flow = DeviceCodeFlow(client_for(server, http), clock=fake.clock, wait=fake.wait,
                          open_browser=lambda url: None, timeout=16)
    with pytest.raises(FlowTimeoutError, match="in time"):
        flow.run()
    assert fake.waits == [5.0, 5.0, 5.0] and len(forms) == 3
