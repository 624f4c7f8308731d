"""Try it: a signed request from the detail pane, sent off the UI thread (real TaskRunner,
real loopback server, real AccountService on an in-memory keyring)."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import ACCESS, NOW, REFRESH
from tokenmgr.api_calls import ApiRequest, ApiResponse
from tokenmgr.errors import NeedsReconnectError
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
from tokenmgr.ui.detail.try_it import MAX_SHOWN_CHARS, TryItWidget, parse_body, try_it_for
from tokenmgr.ui.workers import TaskRunner


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(10000)


@pytest.fixture
def connected(service):
    service.store.save(Account(
        provider_id="example", account_id="42", name="alice",
        tokens=TokenSet(access_token=Secret(ACCESS), refresh_token=Secret(REFRESH),
                        expires_at=NOW + 3600)))
    return service


def send_and_wait(qtbot, widget: TryItWidget):
    with qtbot.waitSignal(widget.finished, timeout=10000) as blocker:
        qtbot.mouseClick(widget.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def all_text(widget: TryItWidget) -> str:
    return "\n".join([widget.status.text(), widget.response_body.toPlainText(),
                      widget.response_headers.toPlainText(), widget.request_view.toPlainText()])


def test_prefilled_with_the_account_endpoint_and_shows_the_signed_answer(
        qtbot, connected, runner, token_server):
    provider = connected.provider("example")
    widget = try_it_for(connected, runner.submit, "example", provider)
    qtbot.addWidget(widget)
    assert (widget.method.currentText(), widget.url.text()) == ("GET", provider.userinfo_url)
    response = send_and_wait(qtbot, widget)
    assert isinstance(response, ApiResponse) and response.status == 200
    sent = token_server.log[-1][0]
    assert sent.headers["Authorization"] == f"Bearer {ACCESS}"
    assert widget.status.text().startswith("200 OK")
    assert json.loads(widget.response_body.toPlainText())["username"] == "alice"
    assert '\n  "username": "alice"' in widget.response_body.toPlainText()  # indented
    assert "content-type: application/json" in widget.response_headers.toPlainText().lower()
    request = widget.request_view.toPlainText()
    assert request.startswith(f"GET {provider.userinfo_url}")
    assert "Authorization: Bearer ••••••••" in request
    assert ACCESS not in all_text(widget)
    assert widget.send_button.isEnabled()


def test_a_token_echoed_by_the_provider_is_masked_too(qtbot, connected, runner, token_server):
    token_server.expect_request("/echo-token").respond_with_json(
        {"you_sent": ACCESS}, headers={"X-Echo": ACCESS})
    widget = try_it_for(connected, runner.submit, "example", connected.provider("example"))
    qtbot.addWidget(widget)
    widget.url.setText(token_server.url_for("/echo-token"))
    send_and_wait(qtbot, widget)
    assert "you_sent" in widget.response_body.toPlainText()
    assert ACCESS not in all_text(widget)


def fixed(response: ApiResponse | BaseException, seen: list | None = None):
    def call(request: ApiRequest) -> ApiResponse:
        if seen is not None:
            seen.append((request, threading.current_thread()))
        if isinstance(response, BaseException):
            raise response
        return response

    return call


def answer(body: bytes, status: int = 200, ctype: str = "application/json") -> ApiResponse:
    return ApiResponse("GET", "https://api.test/x", status, {"content-type": ctype}, body)


def test_sends_off_the_ui_thread_with_the_body_as_form_or_json(qtbot, runner):
    seen: list = []
    widget = TryItWidget(fixed(answer(b"{}"), seen), runner.submit, url="https://api.test/x")
    qtbot.addWidget(widget)
    widget.method.setCurrentText("post")
    widget.body.setPlainText("a=1\na=2\nnote=x=y")
    send_and_wait(qtbot, widget)
    widget.body.setPlainText('{"k": [1]}')
    send_and_wait(qtbot, widget)
    (form, ui_thread), (as_json, _) = seen
    assert ui_thread is not threading.main_thread()
    assert (form.method, list(form.form)) == ("POST", [("a", "1"), ("a", "2"), ("note", "x=y")])
    assert as_json.json_body == '{"k": [1]}' and not as_json.form


def test_a_bad_body_is_explained_and_nothing_is_sent(qtbot, runner):
    seen: list = []
    widget = TryItWidget(fixed(answer(b""), seen), runner.submit, url="https://api.test/x")
    qtbot.addWidget(widget)
    widget.body.setPlainText("{not json")
    widget.send()
    assert "not valid JSON" in widget.status.text() and seen == []
    with pytest.raises(ValueError, match="line 2"):
        parse_body("a=1\njunk")


def test_long_bodies_are_capped(qtbot, runner):
    widget = TryItWidget(fixed(answer(b"x" * (MAX_SHOWN_CHARS + 5000), ctype="text/plain")),
                         runner.submit, url="https://api.test/x")
    qtbot.addWidget(widget)
    send_and_wait(qtbot, widget)
    shown = widget.response_body.toPlainText()
    assert len(shown) < MAX_SHOWN_CHARS + 100 and "5,000 more characters not shown" in shown
    assert f"{MAX_SHOWN_CHARS + 5000:,} bytes" in widget.status.text()


def test_errors_and_rejections_are_words_and_the_button_comes_back(qtbot, runner):
    widget = TryItWidget(fixed(NeedsReconnectError("example:alice needs to be re-connected.")),
                         runner.submit, url="https://api.test/x")
    qtbot.addWidget(widget)
    result = send_and_wait(qtbot, widget)
    assert isinstance(result, NeedsReconnectError)
    assert "needs to be re-connected" in widget.status.text()
    assert widget.send_button.isEnabled()
    rejected = ApiResponse("GET", "https://api.test/x", 401, {}, b"<b>no</b>", rejected=True)
    widget._call = fixed(rejected)
    send_and_wait(qtbot, widget)
    assert widget.status.text().startswith("401 Unauthorized")
    assert "the provider rejected the token" in widget.status.text()
    assert widget.response_body.toPlainText() == "<b>no</b>"  # provider text stays plain


def test_every_control_has_an_accessible_name(qtbot, runner):
    widget = TryItWidget(fixed(answer(b"")), runner.submit)
    qtbot.addWidget(widget)
    for control in (widget.method, widget.url, widget.send_button, widget.body,
                    widget.status, widget.response_body, widget.response_headers,
                    widget.request_view):
        assert control.accessibleName()
