"""Add account: the picker (icons, search, Other provider…), the setup card (console,
exact redirect URI, Save only when the provider's requirements are met), then connect
in the same sheet."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import example_provider
from tokenmgr.accounts import AccountService
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.ui.add_account.picker import ID_ROLE, OTHER
from tokenmgr.ui.add_account.setup_card import SetupCard
from tokenmgr.ui.icons import GENERIC_PROVIDER, icon, provider_icon
from tokenmgr.ui.main_window import MainWindow
from tokenmgr.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def win(qtbot, memory_store, token_server, clock, tmp_path, browser, memory_keyring):
    providers = {
        "example": example_provider(token_server, client_id=None,
                                    client_secret_required=True,
                                    docs_url="https://console.example.test/apps"),
        "github": example_provider(token_server, id="github", name="GitHub"),
    }
    file = tmp_path / "providers.toml"

    def load() -> ProviderCatalog:  # presets + the user's file, as load_catalog does
        import tomllib
        from dataclasses import replace

        saved = tomllib.loads(file.read_text()) if file.exists() else {}
        saved = saved.get("providers", saved)
        return ProviderCatalog({pid: replace(p, client_id=saved.get(pid, {}).get(
            "client_id", p.client_id)) for pid, p in providers.items()})

    service = AccountService(memory_store, providers_file=file, catalog_loader=load,
                             clock=clock)
    opened: list[str] = []
    runner = TaskRunner()
    window = MainWindow(service, runner=runner, open_browser=browser, clock=clock,
                        connect_timeout=20)
    window.connector.open_in_browser = opened.append  # the console button's opener
    window.sheet.setup.open_console.disconnect()
    window.sheet.setup.open_console.connect(opened.append)
    window.opened = opened
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload()
    yield window
    runner.wait_for_done(10000)


def test_picker_lists_presets_with_icons_and_search_keeps_other_provider(qtbot, win):
    win.actions_by_name["add_account"].trigger()
    picker = win.sheet.picker
    assert picker.visible_ids() == ["example", "github", OTHER]
    texts = [picker.list.item(r).text() for r in range(picker.list.count())]
    assert texts[0] == "Example Corp — needs an app registration"
    assert texts[1] == "GitHub — ready"
    assert all(not picker.list.item(r).icon().isNull() for r in range(picker.list.count()))
    picker.search.setText("git")
    assert picker.visible_ids() == ["github", OTHER]
    other = next(picker.list.item(r) for r in range(picker.list.count())
                 if picker.list.item(r).data(ID_ROLE) == OTHER)
    picker.list.itemActivated.emit(other)
    assert win.sheet.stack.currentWidget() is win.sheet.other
    assert type(win.sheet.other).__name__ == "OtherProviderWidget"  # issue 16's widget


def test_provider_icons_fall_back_to_a_generic_one(qtbot):
    assert provider_icon("no-such-provider") is provider_icon("another-unknown-one") or (
        provider_icon("no-such-provider").name() == provider_icon("another").name())
    assert not provider_icon("no-such-provider").isNull()
    assert not provider_icon("github").isNull()
    assert not icon(GENERIC_PROVIDER).isNull()  # the bundled fallback of the fallback


def test_setup_card_save_waits_for_what_the_provider_requires(qtbot, win, token_server):
    win.add_account()
    win.sheet.choose("example")
    card: SetupCard = win.sheet.setup
    assert win.sheet.stack.currentWidget() is card
    assert card.redirect_uri.text() == "http://127.0.0.1/callback"
    assert not card.save.isEnabled()
    assert card.requirement.text() == "Example Corp needs the client id and the client secret."
    card.client_id.setText("my-client")
    assert not card.save.isEnabled()  # a required secret is required
    card.client_secret.setText("s3cret")
    assert card.save.isEnabled() and card.requirement.text() == ""
    card.open_button.click()
    assert win.opened == ["https://console.example.test/apps"]
    card.copy_uri.click()
    assert QGuiApplication.clipboard().text() == "http://127.0.0.1/callback"


def test_save_then_connect_happens_in_the_same_sheet(qtbot, win, memory_keyring, tmp_path):
    win.add_account()
    win.sheet.choose("example")
    card = win.sheet.setup
    card.client_id.setText("my-client")
    card.client_secret.setText("my-secret-value")
    with qtbot.waitSignal(win.connect_finished, timeout=15000) as blocker:
        card.save.click()
    assert blocker.args[0].name == "alice"
    text = (tmp_path / "providers.toml").read_text()
    assert 'client_id = "my-client"' in text and "my-secret-value" not in text
    assert memory_keyring.items[("tokenmgr", "client-secret/example")] == "my-secret-value"
    assert not win.sheet.isVisible()


def test_setup_card_without_a_console_address_says_so(qtbot, token_server):
    card = SetupCard()
    qtbot.addWidget(card)
    card.set_provider(example_provider(token_server, client_id=None))
    assert not card.open_button.isEnabled()
    assert card.open_button.toolTip() == "No console address is known for this provider"
    card.client_id.setText("x")
    assert card.save.isEnabled()  # no secret required here


def test_a_provider_saved_from_other_provider_is_connected_in_the_same_sheet(
        qtbot, memory_store, token_server, clock, tmp_path, browser):
    from tokenmgr.providers.config import load_catalog

    file = tmp_path / "providers.toml"
    service = AccountService(memory_store, providers_file=file,
                             catalog_loader=lambda: load_catalog(file), clock=clock)
    runner = TaskRunner()
    window = MainWindow(service, runner=runner, open_browser=browser, clock=clock,
                        connect_timeout=20)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded, timeout=5000):
        window.reload()
    window.add_account()
    window.sheet.choose(OTHER)
    other = window.sheet.other
    values = {"name": "Corp SSO", "authorize_url": token_server.url_for("/authorize"),
              "token_url": token_server.url_for("/token"),
              "userinfo_url": token_server.url_for("/me"), "account_name_field": "username",
              "client_id": "corp-client"}
    with qtbot.waitSignal(window.connect_finished, timeout=15000) as blocker:
        other.saved.emit("corp", values, None, True)
    assert blocker.args[0].name == "alice" and blocker.args[0].provider_id == "corp"
    assert "[providers.corp]" in file.read_text()
    runner.wait_for_done(10000)
