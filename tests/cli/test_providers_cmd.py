"""``tokenmgr providers add | edit | remove`` and the listing, in-process, on the real
providers.toml writer (comments kept) and an in-memory keyring."""

from __future__ import annotations

import io
import json

import pytest

from tokenmgr.accounts import AccountService
from tokenmgr.cli import context, main
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import load_catalog
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account

USER_FILE = """# my providers, hand-written
[providers.github]
client_id = "gh-id"   # from the OAuth app page
"""


@pytest.fixture
def service(memory_store, tmp_path, monkeypatch):
    path = tmp_path / "providers.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    svc = AccountService(memory_store, providers_file=path,
                         catalog_loader=lambda: load_catalog(path))
    monkeypatch.setattr(context, "build_service", lambda: svc)
    return svc


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listing_lines(capsys) -> dict[str, str]:
    code, out, _ = run(capsys, "providers")
    assert code == 0
    return {line.split()[0]: line for line in out.splitlines()}


def test_providers_json_lists_every_preset_and_what_each_lacks(service, capsys):
    code, out, _ = run(capsys, "providers", "--json")
    assert code == 0
    listed = {p["id"]: p for p in json.loads(out)["providers"]}
    assert len(listed) >= 15 and {"slack", "microsoft", "oidc"} <= set(listed)
    assert listed["github"]["missing"] == ["client secret"] and not listed["github"]["ready"]
    assert listed["github-enterprise"]["missing"] == ["client id", "base url", "client secret"]
    assert listed["google"]["docs_url"].startswith("https://developers.google.com/")


def test_a_preset_needing_a_secret_is_ready_only_once_the_keyring_has_it(service, capsys):
    assert listing_lines(capsys)["github"].endswith("needs client secret")
    service.store.set_client_secret("github", Secret("gh-secret"))
    lines = listing_lines(capsys)
    assert lines["github"].endswith("ready")
    assert lines["dropbox"].endswith("needs client id")


def test_add_by_issuer_alone_keeps_the_comments_and_secret_goes_to_the_keyring(
        service, capsys, monkeypatch, tmp_path):
    code, _, err = run(capsys, "providers", "add", "corp", "--issuer",
                       "https://idp.corp.example/realms/dev", "--client-id", "tm-cli",
                       "--client-secret-stdin", stdin="corp-secret\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert "Added provider corp (ready)" in err and "corp-secret" not in err
    text = (tmp_path / "providers.toml").read_text()
    assert "# my providers, hand-written" in text and "# from the OAuth app page" in text
    assert 'issuer = "https://idp.corp.example/realms/dev"' in text and "corp-secret" not in text
    assert service.store.client_secret("corp").reveal() == "corp-secret"
    corp = service.provider("corp")
    assert corp.scopes == ("openid", "profile", "email") and corp.is_configured


@pytest.mark.parametrize(("argv", "message"), [
    (["--issuer", "http://idp.example", "--client-id", "x"], "https"),
    (["--client-id", "x"], "needs --issuer"),
    (["--issuer", "https://idp.example"], "needs --client-id"),
])
def test_add_refuses_bad_input_and_writes_nothing(service, capsys, tmp_path, argv, message):
    code, _, err = run(capsys, "providers", "add", "corp", *argv)
    assert code == 2 and message in err
    assert (tmp_path / "providers.toml").read_text() == USER_FILE


def test_add_refuses_an_existing_id(service, capsys):
    code, _, err = run(capsys, "providers", "add", "github", "--issuer", "https://x.example",
                       "--client-id", "x")
    assert code == 2 and "exists already" in err and "providers edit" in err


def test_edit_changes_keys_of_a_preset_and_keeps_comments(service, capsys, tmp_path):
    code, _, err = run(capsys, "providers", "edit", "github-enterprise", "--client-id", "ghe",
                       "--base-url", "https://ghe.corp.example", "--scopes", "read:user,repo")
    assert code == 0, err
    ghe = service.provider("github-enterprise")
    assert ghe.authorize_url == "https://ghe.corp.example/login/oauth/authorize"
    assert ghe.scopes == ("read:user", "repo")
    assert "# from the OAuth app page" in (tmp_path / "providers.toml").read_text()


def _account(provider_id: str) -> Account:
    return Account(provider_id=provider_id, account_id="1", name="ann",
                   tokens=TokenSet(Secret("at")), connected_at=1.0)


def test_remove_refuses_while_accounts_exist_and_force_forgets_them(service, capsys, tmp_path):
    run(capsys, "providers", "add", "corp", "--issuer", "https://idp.example",
        "--client-id", "x")
    service.store.save(_account("corp"))
    code, _, err = run(capsys, "providers", "remove", "corp")
    assert code == 2 and "corp:ann" in err and "--force" in err
    assert "corp" in service.catalog(reload=True).providers
    code, _, err = run(capsys, "providers", "remove", "corp", "--force")
    assert code == 0 and "forgot 1 account" in err
    assert service.summaries() == [] and "corp" not in service.catalog().providers
    text = (tmp_path / "providers.toml").read_text()
    assert "corp" not in text and "# from the OAuth app page" in text


def test_remove_of_an_untouched_preset_is_refused(service, capsys):
    code, _, err = run(capsys, "providers", "remove", "slack")
    assert code == 2 and "built-in preset" in err


def test_configure_asks_for_the_tenant_and_base_url_where_presets_need_them(
        service, capsys, tmp_path):
    code, out, _ = run(capsys, "configure", "github-enterprise")
    assert code == 0 and "Still needed: client id, base url, client secret" in out
    code, _, err = run(capsys, "configure", "microsoft", "--client-id", "ms",
                       "--tenant", "organizations")
    assert code == 0, err
    assert service.provider("microsoft").token_url == (
        "https://login.microsoftonline.com/organizations/oauth2/v2.0/token")
    code, _, err = run(capsys, "configure", "gitlab-self-managed", "--client-id", "gl",
                       "--base-url", "ftp://gitlab.corp.example")
    assert code == 2 and "base_url" in err
    assert "gitlab-self-managed" not in (tmp_path / "providers.toml").read_text()


def test_providers_discover_refetches_the_metadata_now(service, capsys, httpserver, tmp_path):
    issuer = httpserver.url_for("/idp")
    meta = {"issuer": issuer, "authorization_endpoint": issuer + "/auth",
            "token_endpoint": issuer + "/token",
            "device_authorization_endpoint": issuer + "/device",
            "code_challenge_methods_supported": ["S256"]}
    httpserver.expect_request("/idp/.well-known/openid-configuration").respond_with_json(meta)
    service.metadata_cache_dir = tmp_path / "cache"
    run(capsys, "providers", "add", "corp", "--issuer", issuer, "--client-id", "x")
    for _ in range(2):
        code, out, err = run(capsys, "providers", "discover", "corp")
        assert code == 0, err
    assert f"{issuer}/device" in out and "pkce_methods               S256" in out
    assert len(httpserver.log) == 2  # on demand: not served from the day-long cache
