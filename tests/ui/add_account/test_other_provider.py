""""Other provider…" with a real Qt loop: Test runs discovery off the UI thread against a
local issuer and shows what it found; Save checks and emits; the window's handler writes
providers.toml (comments kept) and the keyring."""

from __future__ import annotations

import threading

import pytest
from pytest_httpserver import HTTPServer

from tokenmgr.accounts import AccountService
from tokenmgr.providers.config import load_catalog
from tokenmgr.secret import Secret
from tokenmgr.ui.add_account.other_provider import OtherProviderWidget, default_probe
from tokenmgr.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def issuer_server():
    with HTTPServer(host="127.0.0.1", port=0) as server:
        yield server


def serve_metadata(server: HTTPServer, **extra) -> str:
    issuer = server.url_for("/realms/dev")
    server.expect_request("/realms/dev/.well-known/openid-configuration").respond_with_json({
        "issuer": issuer, "authorization_endpoint": issuer + "/auth",
        "token_endpoint": issuer + "/token", "revocation_endpoint": issuer + "/revoke",
        "device_authorization_endpoint": issuer + "/device",
        "code_challenge_methods_supported": ["plain", "S256"],
        "authorization_response_iss_parameter_supported": True, **extra})
    return issuer


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(10000)


@pytest.fixture
def widget(qtbot, runner):
    threads: list[threading.Thread] = []

    def probe(issuer: str) -> dict:
        threads.append(threading.current_thread())
        return default_probe(issuer)

    w = OtherProviderWidget(runner.submit, probe)
    w.probe_threads = threads
    qtbot.addWidget(w)
    return w


def test_test_shows_what_the_issuer_offers_fetched_off_the_ui_thread(qtbot, widget,
                                                                     issuer_server):
    issuer = serve_metadata(issuer_server)
    widget.issuer.setText(issuer)
    with qtbot.waitSignal(widget.tested, timeout=10000) as done:
        widget.test_button.click()
        assert not widget.test_button.isEnabled()  # busy while the probe runs
    assert done.args == [True]
    report = widget.report.toPlainText()
    assert f"Token: {issuer}/token" in report
    assert "PKCE: plain, S256" in report
    assert "Device grant: yes" in report and "Revocation: yes" in report
    assert "Issuer in redirects (RFC 9207): yes" in report
    assert widget.probe_threads and widget.probe_threads[0] is not threading.main_thread()
    assert widget.test_button.isEnabled()


def test_a_mismatched_issuer_is_reported_in_plain_words(qtbot, widget, issuer_server):
    issuer = serve_metadata(issuer_server, issuer="https://evil.example/<b>x</b>")
    widget.issuer.setText(issuer)
    with qtbot.waitSignal(widget.tested, timeout=10000) as done:
        widget.test_button.click()
    assert done.args == [False]
    assert "another issuer" in widget.status.text()
    assert widget.report.toPlainText() == ""


def test_save_emits_the_values_and_the_secret_apart(qtbot, widget):
    widget.provider_id.setText("corp")
    widget.issuer.setText("https://idp.corp.example/realms/dev")
    widget.client_id.setText("tm-cli")
    widget.client_secret.setText("s3cret")
    with qtbot.waitSignal(widget.saved) as saved:
        widget.save_button.click()
    provider_id, values, secret, new = saved.args
    assert (provider_id, new) == ("corp", True)
    assert values["issuer"] == "https://idp.corp.example/realms/dev"
    assert values["scopes"] == ["openid", "profile", "email"]
    assert "s3cret" not in repr(values) and isinstance(secret, Secret)
    assert secret.reveal() == "s3cret" and widget.client_secret.text() == ""


@pytest.mark.parametrize(("fill", "message"), [
    ({"client_id": "x"}, "issuer URL, or the authorization and token URLs"),
    ({"issuer": "https://idp.example"}, "client id"),
    ({"issuer": "http://idp.example", "client_id": "x"}, "https"),
])
def test_save_refuses_incomplete_or_unsafe_input(qtbot, widget, fill, message):
    widget.provider_id.setText("corp")
    for key, value in fill.items():
        getattr(widget, key).setText(value)
    with qtbot.assertNotEmitted(widget.saved):
        widget.save_button.click()
    assert message in widget.status.text()


def test_endpoints_by_hand_replace_the_issuer(qtbot, widget):
    widget.provider_id.setText("legacy")
    widget.client_id.setText("x")
    widget.scopes.setText("read")
    widget.by_hand.setChecked(True)
    widget.endpoints["authorize_url"].setText("https://legacy.example/oauth/authorize")
    widget.endpoints["token_url"].setText("https://legacy.example/oauth/token")
    with qtbot.waitSignal(widget.saved) as saved:
        widget.save_button.click()
    values = saved.args[1]
    assert values["authorize_url"] == "https://legacy.example/oauth/authorize"
    assert "issuer" not in values and values["scopes"] == ["read"]


# --- the window's part: the saved values go to providers.toml and the keyring ---------


@pytest.fixture
def service(memory_store, tmp_path):
    path = tmp_path / "providers.toml"
    path.write_text("# written by hand\n[providers.github]\nclient_id = \"gh\"  # keep\n",
                    encoding="utf-8")
    return AccountService(memory_store, providers_file=path,
                          catalog_loader=lambda: load_catalog(path))


def wire(widget: OtherProviderWidget, service: AccountService, runner: TaskRunner) -> list:
    """What the window does with the signals (on its task runner, off the UI thread)."""
    done: list = []

    def on_saved(provider_id, values, secret, new):
        runner.submit(lambda: service.save_provider(provider_id, values, new=new,
                                                    client_secret=secret), done.append,
                      done.append)

    widget.saved.connect(on_saved)
    widget.remove_requested.connect(lambda pid: runner.submit(
        lambda: service.remove_provider(pid), done.append, done.append))
    return done


def test_add_edit_and_remove_through_the_widget_keep_the_comments(qtbot, runner, service,
                                                                  tmp_path):
    added = OtherProviderWidget(runner.submit)
    qtbot.addWidget(added)
    done = wire(added, service, runner)
    added.provider_id.setText("corp")
    added.issuer.setText("https://idp.corp.example")
    added.client_id.setText("tm-cli")
    added.client_secret.setText("corp-secret")
    added.save_button.click()
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10000)
    assert service.provider("corp").client_id == "tm-cli"
    assert service.store.client_secret("corp").reveal() == "corp-secret"

    edit = OtherProviderWidget(runner.submit)
    qtbot.addWidget(edit)
    done = wire(edit, service, runner)
    edit.load("corp", {"issuer": "https://idp.corp.example", "client_id": "tm-cli",
                       "scopes": ["openid"]})
    assert edit.provider_id.isReadOnly() and edit.remove_button.isVisibleTo(edit)
    edit.client_id.setText("tm-cli-2")
    edit.save_button.click()
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10000)
    assert service.provider("corp").client_id == "tm-cli-2"
    assert service.store.client_secret("corp").reveal() == "corp-secret"  # empty kept it
    text = (tmp_path / "providers.toml").read_text()
    assert "# written by hand" in text and "# keep" in text and "corp-secret" not in text

    edit.remove_button.click()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10000)
    assert "corp" not in service.catalog().providers
    assert "# keep" in (tmp_path / "providers.toml").read_text()
