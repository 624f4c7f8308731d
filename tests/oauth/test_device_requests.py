"""Device grant (RFC 8628) details: the device authorization request as the provider receives
it, how its answer is read (defaults, caps, Google's old field name), the polling limits
(60 s cap, the exact expiry edge, the 900 s default) and the provider's other answers —
against endpoints on 127.0.0.1, with an injected clock and wait."""

from __future__ import annotations

import base64
import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.oauth.test_device import PENDING, TOKEN, FakeTime
from tokenmgr.errors import (
    FlowCancelledError,
    FlowTimeoutError,
    NotApprovedError,
    ProviderError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.device import DeviceCodeFlow, request_device_authorization
from tokenmgr.oauth.http import HttpClient
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.secret import Secret
from tokenmgr.values.provider import Provider

DEVICE = {"device_code": "dc-secret", "user_code": "WDJB-MJHT",
          "verification_uri": "https://example.com/device", "expires_in": 600}


@pytest.fixture
def server():
    with HTTPServer(host="127.0.0.1", port=0) as srv:
        yield srv


@pytest.fixture
def http():
    client = HttpClient()
    yield client
    client.close()


def client_for(server, http, secret: str | None = None, **kw) -> OAuth2Client:
    values = dict(id="dev", name="Device Co", authorize_url=server.url_for("/authorize"),
                  token_url=server.url_for("/token"), userinfo_url=server.url_for("/me"),
                  device_authorization_url=server.url_for("/device"), client_id="dev-client",
                  account_name_field="login", scopes=("read", "org"))
    values.update(kw)
    return OAuth2Client(Provider(**values), Secret(secret) if secret else None, http)


def device_endpoint(server, answer: dict, status: int = 200) -> list[Request]:
    """The device authorization endpoint; returns the requests it received."""
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps(answer), status=status, content_type="application/json")

    server.expect_request("/device", method="POST").respond_with_handler(handler)
    return seen


def token_endpoint(server, answers: list, on_poll=lambda n: None) -> list[dict]:
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        seen.append(dict(request.form))
        on_poll(len(seen))
        answer = answers[min(len(seen), len(answers)) - 1]
        status = 400 if "error" in answer else 200
        return Response(json.dumps(answer), status=status, content_type="application/json")

    server.expect_request("/token", method="POST").respond_with_handler(handler)
    server.expect_request("/me").respond_with_json({"id": 7, "login": "octo"})
    return seen


def flow_for(client, fake: FakeTime, **kw) -> DeviceCodeFlow:
    return DeviceCodeFlow(client, clock=fake.clock, wait=fake.wait,
                          open_browser=kw.pop("open_browser", lambda url: None), **kw)


# --- the device authorization request ---------------------------------------------------------


def test_a_public_client_sends_its_id_and_the_scopes_asking_for_json(server, http):
    seen = device_endpoint(server, DEVICE)
    device = request_device_authorization(client_for(server, http), ("read", "org"))
    request = seen[0]
    assert dict(request.form) == {"client_id": "dev-client", "scope": "read org"}
    assert request.headers["Accept"] == "application/json"
    assert "Authorization" not in request.headers
    assert device.device_code == Secret("dc-secret")
    assert (device.user_code, device.verification_uri) == ("WDJB-MJHT",
                                                           "https://example.com/device")
    assert device.verification_uri_complete is None
    assert (device.expires_in, device.interval) == (600.0, 5.0)


def test_no_scopes_means_no_scope_parameter(server, http):
    seen = device_endpoint(server, DEVICE)
    request_device_authorization(client_for(server, http), ())
    assert dict(seen[0].form) == {"client_id": "dev-client"}


def test_a_confidential_client_authenticates_as_configured(server, http):
    seen = device_endpoint(server, DEVICE)
    request_device_authorization(client_for(server, http, secret="s3cr3t"), ())
    assert dict(seen[0].form) == {"client_id": "dev-client", "client_secret": "s3cr3t"}

    basic = client_for(server, http, secret="s3cr3t", token_auth="basic")
    request_device_authorization(basic, ())
    assert dict(seen[1].form) == {"client_id": "dev-client"}
    assert seen[1].headers["Authorization"] == "Basic " + base64.b64encode(
        b"dev-client:s3cr3t").decode()


def test_googles_old_verification_url_and_the_complete_uri_are_understood(server, http):
    device_endpoint(server, {**{k: v for k, v in DEVICE.items() if k != "verification_uri"},
                             "verification_url": "https://www.google.com/device",
                             "verification_uri_complete": "https://www.google.com/device?c=1"})
    device = request_device_authorization(client_for(server, http), ())
    assert device.verification_uri == "https://www.google.com/device"
    assert device.verification_uri_complete == "https://www.google.com/device?c=1"


def test_a_non_text_complete_uri_is_ignored_and_long_user_codes_are_cut(server, http):
    device_endpoint(server, {**DEVICE, "user_code": "U" * 100,
                             "verification_uri_complete": 42})
    device = request_device_authorization(client_for(server, http), ())
    assert device.verification_uri_complete is None
    assert device.user_code == "U" * 64


@pytest.mark.parametrize("given, expires_in, interval", [
    ({}, 900.0, 5.0),                                     # RFC 8628 3.2: interval default 5
    ({"expires_in": "300", "interval": "7"}, 300.0, 7.0),
    ({"expires_in": 0, "interval": 0}, 900.0, 5.0),
    ({"expires_in": -5, "interval": -1}, 900.0, 5.0),
    ({"expires_in": "soon", "interval": None}, 900.0, 5.0),
    ({"expires_in": [1], "interval": {}}, 900.0, 5.0),
    ({"interval": 0.5}, 900.0, 0.5),
    ({"interval": 60}, 900.0, 60.0),
    ({"interval": 3600}, 900.0, 60.0),                    # never more than a minute
])
def test_expiry_and_interval_are_read_with_defaults_and_a_cap(server, http, given, expires_in,
                                                              interval):
    answer = {k: v for k, v in DEVICE.items() if k != "expires_in"}
    device_endpoint(server, {**answer, **given})
    device = request_device_authorization(client_for(server, http), ())
    assert (device.expires_in, device.interval) == (expires_in, interval)


@pytest.mark.parametrize("missing", ["device_code", "user_code", "verification_uri"])
def test_an_answer_without_the_codes_or_the_page_is_refused(server, http, missing):
    device_endpoint(server, {**DEVICE, missing: 12345} if missing != "verification_uri"
                    else {k: v for k, v in DEVICE.items() if k != missing})
    with pytest.raises(TokenResponseError) as refused:
        request_device_authorization(client_for(server, http), ())
    assert str(refused.value) == ("The device authorization answer lacks device_code, "
                                  "user_code or verification_uri.")


def test_a_refusal_at_the_device_endpoint_is_the_providers_error(server, http):
    device_endpoint(server, {"error": "invalid_client", "error_description": "unknown app"},
                    status=401)
    with pytest.raises(TokenEndpointError) as refused:
        request_device_authorization(client_for(server, http), ())
    assert (refused.value.error, refused.value.description) == ("invalid_client", "unknown app")


# --- polling --------------------------------------------------------------------------------


def test_the_flow_asks_for_the_scopes_given_or_else_the_providers(server, http):
    seen = device_endpoint(server, DEVICE)
    token_endpoint(server, [TOKEN])
    result = flow_for(client_for(server, http), FakeTime()).run()
    assert seen[0].form["scope"] == "read org"
    assert result.tokens.scopes == ("read", "org")
    assert (result.provider_id, result.redirect_uri) == ("dev", "device")
    assert (result.account.account_id, result.account.name) == ("7", "octo")

    result = flow_for(client_for(server, http), FakeTime(), scopes=("gist",)).run()
    assert seen[1].form["scope"] == "gist"
    assert result.tokens.scopes == ("gist",)


def test_a_poll_may_end_exactly_at_expiry_but_not_after(server, http):
    device_endpoint(server, {**DEVICE, "expires_in": 10})
    forms = token_endpoint(server, [PENDING])
    fake = FakeTime()
    with pytest.raises(FlowTimeoutError) as expired:
        flow_for(client_for(server, http), fake).run()
    assert str(expired.value) == "The device code expired before it was approved."
    assert fake.waits == [5.0, 5.0] and len(forms) == 2


def test_without_expires_in_the_code_is_taken_to_last_15_minutes(server, http):
    device_endpoint(server, {k: v for k, v in DEVICE.items() if k != "expires_in"})
    fake = FakeTime()

    def slow_provider(poll: int) -> None:
        fake.now = 895.5  # the first answer took long: 5 s more would pass 900 s

    forms = token_endpoint(server, [PENDING], on_poll=slow_provider)
    with pytest.raises(FlowTimeoutError) as expired:
        flow_for(client_for(server, http), fake, timeout=3600).run()
    assert str(expired.value) == "The device code expired before it was approved."
    assert len(forms) == 1


def test_the_callers_timeout_is_the_limit_when_it_comes_first(server, http):
    device_endpoint(server, {**DEVICE, "expires_in": 600})
    forms = token_endpoint(server, [PENDING])
    fake = FakeTime()
    with pytest.raises(FlowTimeoutError) as timed_out:
        flow_for(client_for(server, http), fake, timeout=10).run()
    assert str(timed_out.value) == "No approval in time; sign-in timed out."
    assert len(forms) == 2


def test_slow_down_never_makes_polls_more_than_a_minute_apart(server, http):
    device_endpoint(server, {**DEVICE, "interval": 52, "expires_in": 900})
    slow = {"error": "slow_down"}
    token_endpoint(server, [slow, slow, slow, TOKEN])
    fake = FakeTime()
    flow_for(client_for(server, http), fake).run()
    assert fake.waits == [52.0, 57.0, 60.0, 60.0]


def test_the_clock_starts_when_the_code_is_issued(server, http):
    device_endpoint(server, {**DEVICE, "expires_in": 10})
    forms = token_endpoint(server, [PENDING])
    fake = FakeTime()
    fake.now = 1_000_000.0  # a monotonic clock starts anywhere
    with pytest.raises(FlowTimeoutError):
        flow_for(client_for(server, http), fake).run()
    assert len(forms) == 2


@pytest.mark.parametrize("answer, message", [
    ({"error": "invalid_client", "error_description": "unknown app"},
     "The provider refused: invalid_client (unknown app)"),
    ({"error": "invalid_grant"}, "The provider refused: invalid_grant"),
])
def test_other_provider_errors_end_polling_with_the_providers_words(server, http, answer,
                                                                     message):
    device_endpoint(server, DEVICE)
    forms = token_endpoint(server, [PENDING, answer])
    with pytest.raises(ProviderError) as refused:
        flow_for(client_for(server, http), FakeTime()).run()
    assert str(refused.value) == message
    assert len(forms) == 2


def test_access_denied_and_expired_token_say_what_happened(server, http):
    device_endpoint(server, DEVICE)
    token_endpoint(server, [{"error": "access_denied"}])
    with pytest.raises(NotApprovedError) as denied:
        flow_for(client_for(server, http), FakeTime()).run()
    assert str(denied.value) == "The sign-in was not approved."
    server.clear()
    device_endpoint(server, DEVICE)
    token_endpoint(server, [PENDING, {"error": "expired_token"}])
    with pytest.raises(FlowTimeoutError) as expired:
        flow_for(client_for(server, http), FakeTime()).run()
    assert str(expired.value) == "The device code expired before it was approved."


def test_cancel_during_the_approving_poll_asks_nobody_who_the_token_is_for(server, http):
    device_endpoint(server, DEVICE)
    flow: DeviceCodeFlow | None = None
    token_endpoint(server, [TOKEN], on_poll=lambda n: flow.cancel())
    flow = flow_for(client_for(server, http), FakeTime())
    with pytest.raises(FlowCancelledError):
        flow.run()
    assert [request.path for request, _ in server.log] == ["/device", "/token"]


def test_without_on_user_code_the_browser_still_opens_on_the_verification_page(server, http):
    device_endpoint(server, DEVICE)
    token_endpoint(server, [TOKEN])
    opened: list[str] = []
    flow_for(client_for(server, http), FakeTime(), open_browser=opened.append).run()
    assert opened == ["https://example.com/device"]
