"""Configure, ``providers add | edit | remove`` through the service: the user's
providers.toml (real file, real loader) and the client secret in the keyring; bad
input is refused with a specific error before anything is written."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.service.support import CLIENT_SECRET, make_account, store_on
from tokenmgr.accounts import AccountService
from tokenmgr.errors import ConfigError, NotConfiguredError, UnknownProviderError
from tokenmgr.providers.config import ProviderCatalog, load_catalog
from tokenmgr.secret import Secret
from tokenmgr.store.keyring_access import SERVICE

MY_IDP = {"name": "My IdP", "authorize_url": "https://idp.example/auth",
          "token_url": "https://idp.example/token", "client_id": "idp-client"}


@pytest.fixture
def providers_file(tmp_path) -> Path:
    return tmp_path / "config" / "providers.toml"


@pytest.fixture
def service(memory_keyring, tmp_path, providers_file) -> AccountService:
    return AccountService(store_on(memory_keyring, tmp_path), providers_file=providers_file,
                          catalog_loader=lambda: load_catalog(providers_file))


def user_tables(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8")).get("providers", {})


# --- configure ------------------------------------------------------------------------------


def test_configure_saves_the_answers_a_preset_asks_for_and_skips_empty_ones(
        service, providers_file):
    provider = service.configure("gitlab-self-managed", "gl-client", None,
                                 {"base_url": "https://git.example.com", "tenant": ""})
    assert provider.client_id == "gl-client"
    assert provider.parameters["base_url"] == "https://git.example.com"
    assert provider.is_configured
    assert user_tables(providers_file) == {"gitlab-self-managed": {
        "base_url": "https://git.example.com", "client_id": "gl-client"}}


def test_configure_refuses_a_bad_answer_before_writing_anything(
        service, providers_file, memory_keyring):
    with pytest.raises(ConfigError) as info:
        service.configure("gitlab-self-managed", "gl-client", Secret(CLIENT_SECRET),
                          {"base_url": "http://git.example.com"})
    assert str(info.value) == (
        "providers.gitlab-self-managed.base_url: Refusing plain http:// to git.example.com: "
        "only https, or http on a loopback address")
    assert not providers_file.exists()
    assert memory_keyring.items == {}


def test_configure_without_a_providers_file_location_says_so_and_stores_nothing(
        memory_keyring, tmp_path):
    service = AccountService(store_on(memory_keyring, tmp_path), providers_file=None)
    with pytest.raises(NotConfiguredError) as info:
        service.configure("github", "Iv1.client", Secret(CLIENT_SECRET))
    assert str(info.value) == "No providers.toml location is known."
    assert memory_keyring.items == {}


def test_a_preset_needing_a_secret_lacks_it_until_the_keyring_has_it(service):
    github = service.configure("github", "Iv1.client", None)
    assert service.provider_missing(github) == ("client secret",)
    service.configure("github", None, Secret(CLIENT_SECRET))
    assert service.provider_missing(service.provider("github")) == ()


def test_what_an_unconfigured_preset_lacks_is_listed_in_order(service):
    assert service.provider_missing(service.provider("github-enterprise")) == (
        "client id", "base url", "client secret")
    assert service.provider_missing(service.provider("gitlab")) == ("client id",)


def test_the_catalog_is_read_once_until_reloaded(service, providers_file):
    service.configure("gitlab", "first-client", None)
    providers_file.write_text('[providers.gitlab]\nclient_id = "edited-client"\n',
                              encoding="utf-8")  # by hand, while the window is open
    assert service.provider("gitlab").client_id == "first-client"
    assert service.catalog(reload=True).providers["gitlab"].client_id == "edited-client"
    assert service.provider("gitlab").client_id == "edited-client"


# --- providers add / edit ---------------------------------------------------------------------


def test_add_writes_a_new_provider_and_its_secret(service, providers_file, memory_keyring):
    provider = service.save_provider("myidp", dict(MY_IDP), new=True,
                                     client_secret=Secret(CLIENT_SECRET))
    assert (provider.name, provider.token_url, provider.client_id) == (
        "My IdP", "https://idp.example/token", "idp-client")
    assert user_tables(providers_file) == {"myidp": MY_IDP}
    assert memory_keyring.items[(SERVICE, "client-secret/myidp")] == CLIENT_SECRET
    assert service.provider("myidp") == provider


def test_add_refuses_an_existing_id_and_points_to_edit(service, providers_file):
    with pytest.raises(ConfigError) as info:
        service.save_provider("github", {"client_id": "x"}, new=True)
    assert str(info.value) == ("A provider 'github' exists already; use "
                               "`tokenmgr providers edit github`.")
    assert not providers_file.exists()


def test_edit_of_an_unknown_provider_lists_the_known_ones(service, providers_file):
    with pytest.raises(UnknownProviderError) as info:
        service.save_provider("myidp", dict(MY_IDP), new=False)
    assert str(info.value).startswith("Unknown provider 'myidp' (known: atlassian, ")
    assert not providers_file.exists()


def test_edit_changes_and_removes_keys_of_an_existing_table(service, providers_file):
    service.save_provider("myidp", dict(MY_IDP, scopes=["openid"]), new=True)
    edited = service.save_provider("myidp", {"name": "Renamed", "scopes": None}, new=False)
    assert (edited.name, edited.scopes) == ("Renamed", ())
    assert user_tables(providers_file)["myidp"] == dict(MY_IDP, name="Renamed")


def test_add_refuses_a_bad_value_and_writes_nothing(service, providers_file, memory_keyring):
    with pytest.raises(ConfigError) as info:
        service.save_provider("myidp", dict(MY_IDP, token_url="http://idp.example/token"),
                              new=True, client_secret=Secret(CLIENT_SECRET))
    assert str(info.value) == ("providers.myidp.token_url: Refusing plain http:// to "
                               "idp.example: only https, or http on a loopback address")
    assert not providers_file.exists()
    assert memory_keyring.items == {}


def test_a_table_that_does_not_load_is_reported_with_the_loaders_words(service, providers_file):
    with pytest.raises(ConfigError) as info:
        service.save_provider("myidp", {"name": "My IdP", "client_id": "x"}, new=True)
    assert str(info.value) == (f"{providers_file}: providers.myidp: missing authorize_url, "
                               "token_url")


def test_only_the_saved_tables_problem_is_reported(service, providers_file):
    providers_file.parent.mkdir(parents=True)
    providers_file.write_text('[providers.myidp-2]\nname = "Other"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        service.save_provider("myidp", {"name": "My IdP", "client_id": "x"}, new=True)
    assert str(info.value) == (f"{providers_file}: providers.myidp: missing authorize_url, "
                               "token_url")


def test_a_provider_the_catalog_drops_silently_is_still_reported(memory_keyring, tmp_path):
    service = AccountService(store_on(memory_keyring, tmp_path),
                             providers_file=tmp_path / "providers.toml",
                             catalog_loader=lambda: ProviderCatalog({}))
    with pytest.raises(ConfigError) as info:
        service.save_provider("myidp", dict(MY_IDP), new=True)
    assert str(info.value) == "providers.myidp did not load."


def test_add_without_a_providers_file_location_says_so(memory_keyring, tmp_path):
    service = AccountService(store_on(memory_keyring, tmp_path), providers_file=None)
    with pytest.raises(NotConfiguredError) as info:
        service.save_provider("myidp", dict(MY_IDP), new=True)
    assert str(info.value) == "No providers.toml location is known."


# --- providers remove -------------------------------------------------------------------------


@pytest.fixture
def myidp_with_accounts(service):
    service.save_provider("myidp", dict(MY_IDP), new=True, client_secret=Secret(CLIENT_SECRET))
    service.store.save(make_account("1", "alice", provider_id="myidp"))
    service.store.save(make_account("2", "bob", provider_id="myidp"))
    service.store.save(make_account("3", "carol", provider_id="gitlab"))
    return service


def test_remove_refuses_while_accounts_use_the_provider(myidp_with_accounts, providers_file):
    with pytest.raises(ConfigError) as info:
        myidp_with_accounts.remove_provider("myidp")
    assert str(info.value) == ("myidp still has accounts (myidp:alice, myidp:bob); disconnect "
                               "them first or use --force to forget them too.")
    assert "myidp" in user_tables(providers_file)
    assert len(myidp_with_accounts.summaries()) == 3


def test_forced_remove_forgets_the_table_its_accounts_and_its_secret(
        myidp_with_accounts, providers_file, memory_keyring):
    assert myidp_with_accounts.remove_provider("myidp", force=True) == 2
    assert user_tables(providers_file) == {}
    assert [s.key for s in myidp_with_accounts.summaries()] == ["gitlab:3"]
    assert (SERVICE, "client-secret/myidp") not in memory_keyring.items
    assert (SERVICE, "account/myidp/1") not in memory_keyring.items
    with pytest.raises(UnknownProviderError):
        myidp_with_accounts.provider("myidp")


def test_removing_a_preset_falls_back_to_the_shipped_values(service, providers_file):
    service.configure("gitlab", "gl-client", Secret(CLIENT_SECRET))
    assert service.remove_provider("gitlab") == 0
    assert service.provider("gitlab").client_id is None
    assert service.store.client_secret("gitlab") is None


@pytest.mark.parametrize("with_file", [True, False])
def test_a_preset_with_nothing_of_the_users_cannot_be_removed(memory_keyring, tmp_path,
                                                              with_file):
    path = tmp_path / "providers.toml" if with_file else None
    service = AccountService(store_on(memory_keyring, tmp_path), providers_file=path)
    with pytest.raises(ConfigError) as info:
        service.remove_provider("github")
    assert str(info.value) == "github is a built-in preset with nothing of yours to remove."
