"""Presets and the user's providers.toml: merged key by key, bad entries reported with
file, line and key and skipped, the rest loaded (SECURITY.md #12 for configured endpoints)."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest

from tokenmgr.errors import ConfigError
from tokenmgr.providers.config import load_catalog
from tokenmgr.providers.user_file import set_provider_keys
from tokenmgr.resources import resource_path

PRESETS = ("github", "dropbox", "google", "gitlab")

USER_PROVIDER = """\
[providers.acme]
name = "Acme SSO"
protocol = "oauth2"
authorize_url = "http://127.0.0.1:9000/o/authorize/"
token_url = "http://127.0.0.1:9000/o/token/"
revoke_url = "http://127.0.0.1:9000/o/revoke_token/"
userinfo_url = "http://127.0.0.1:9000/api/me"
account_name_field = "username"
account_id_field = "id"
scopes = ["read", "write"]
client_id = "acme-desktop"
token_auth = "basic"
redirect_port = 8765
redirect_path = "/oauth/callback"

[providers.acme.extra_authorize_params]
prompt = "consent"
audience = "api"
"""


@pytest.fixture
def user_file(tmp_path) -> Path:
    return tmp_path / "providers.toml"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, fragment: str) -> int:
    """1-based number of the only line containing ``fragment``."""
    numbers = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(numbers) == 1, numbers
    return numbers[0]


# --- presets ----------------------------------------------------------------------------


def test_presets_load_without_a_user_file(user_file):
    catalog = load_catalog(user_file)
    assert catalog.errors == []
    for pid in PRESETS:
        provider = catalog.get(pid)
        assert provider is not None
        assert provider.source == "preset"
        assert provider.client_id is None
        assert not provider.is_configured
        assert provider.authorize_url is not None
        assert provider.authorize_url.startswith("https://")
        assert provider.token_url is not None
        assert provider.token_url.startswith("https://")


def test_load_catalog_with_no_user_file_path_loads_the_presets():
    catalog = load_catalog(None)
    assert set(PRESETS) <= set(catalog.providers)


def test_preset_quirks_are_data(user_file):
    catalog = load_catalog(user_file)
    dropbox = catalog.providers["dropbox"]
    assert dropbox.account_name_field == "name.display_name"
    assert dropbox.userinfo_method == "POST"
    assert dropbox.revoke_method == "dropbox"
    assert dict(dropbox.extra_authorize_params) == {"token_access_type": "offline"}
    assert catalog.providers["github"].revoke_method == "github"
    assert catalog.providers["github"].client_secret_required is True
    assert catalog.providers["gitlab"].refresh_sends_redirect_uri is True


# --- the user file -------------------------------------------------------------------------


def test_user_client_id_is_merged_over_the_preset(user_file):
    write(user_file, '[providers.github]\nclient_id = "Iv1.0123abcd"\n')
    catalog = load_catalog(user_file)
    assert catalog.errors == []
    github = catalog.providers["github"]
    assert github.client_id == "Iv1.0123abcd"
    assert github.is_configured
    assert github.source == str(user_file)
    assert github.authorize_url == "https://github.com/login/oauth/authorize"
    assert github.scopes == ("read:user",)
    assert not catalog.providers["gitlab"].is_configured


def test_user_keys_override_preset_keys_one_by_one(user_file):
    write(user_file, '[providers.gitlab]\nclient_id = "x"\nscopes = ["api"]\n'
                     'authorize_url = "https://gitlab.example.org/oauth/authorize"\n')
    gitlab = load_catalog(user_file).providers["gitlab"]
    assert gitlab.scopes == ("api",)
    assert gitlab.authorize_url == "https://gitlab.example.org/oauth/authorize"
    assert gitlab.token_url == "https://gitlab.com/oauth/token"


def test_user_defined_provider_loads_with_every_key(user_file):
    write(user_file, USER_PROVIDER)
    catalog = load_catalog(user_file)
    assert catalog.errors == []
    acme = catalog.providers["acme"]
    assert acme.name == "Acme SSO"
    assert acme.protocol == "oauth2"
    assert acme.authorize_url == "http://127.0.0.1:9000/o/authorize/"
    assert acme.token_url == "http://127.0.0.1:9000/o/token/"
    assert acme.revoke_url == "http://127.0.0.1:9000/o/revoke_token/"
    assert acme.userinfo_url == "http://127.0.0.1:9000/api/me"
    assert acme.account_name_field == "username"
    assert acme.scopes == ("read", "write")
    assert acme.client_id == "acme-desktop"
    assert acme.token_auth == "basic"
    assert acme.redirect_port == 8765
    assert acme.redirect_uri_to_register == "http://127.0.0.1:8765/oauth/callback"
    assert dict(acme.extra_authorize_params) == {"prompt": "consent", "audience": "api"}
    assert acme.is_configured
    assert acme.source == str(user_file)
    assert set(PRESETS) <= set(catalog.providers)


def test_user_defined_provider_without_a_name_is_named_by_its_id(user_file):
    write(user_file, '[providers.mine]\nauthorize_url = "https://a.example/auth"\n'
                     'token_url = "https://a.example/token"\n')
    assert load_catalog(user_file).providers["mine"].name == "mine"


def test_user_defined_provider_missing_its_endpoints_is_reported(user_file):
    write(user_file, '[providers.half]\nauthorize_url = "https://a.example/auth"\n')
    catalog = load_catalog(user_file)
    assert "half" not in catalog.providers
    assert len(catalog.errors) == 1
    assert "providers.half" in str(catalog.errors[0])
    assert "token_url" in str(catalog.errors[0])


# --- invalid files ------------------------------------------------------------------------


def test_toml_syntax_error_is_one_config_error_naming_file_and_line(user_file):
    text = '[providers.acme]\nclient_id = "x"\nscopes = [\n  "read"\n  "write"\n]\n'
    write(user_file, text)
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    message = str(catalog.errors[0])
    assert str(user_file) in message
    assert "line 5" in message
    assert set(PRESETS) <= set(catalog.providers)
    assert "acme" not in catalog.providers


def test_user_file_that_is_not_utf8_is_reported_and_presets_load(user_file):
    user_file.write_bytes(b'[providers.github]\nclient_id = "\xff\xfe"\n')
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    assert str(user_file) in str(catalog.errors[0])
    assert not catalog.providers["github"].is_configured


def test_wrong_typed_key_names_file_line_and_key_and_other_providers_load(user_file):
    text = (
        "# my providers\n"
        "[providers.good]\n"
        'authorize_url = "https://good.example/auth"\n'
        'token_url = "https://good.example/token"\n'
        'scopes = ["a"]\n'
        "\n"
        "[providers.bad]\n"
        'authorize_url = "https://bad.example/auth"\n'
        'token_url = "https://bad.example/token"\n'
        'scopes = "x"\n'
        "\n"
        "[providers.github]\n"
        'client_id = "gh-id"\n'
    )
    write(user_file, text)
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    message = str(catalog.errors[0])
    assert str(user_file) in message
    bad_line = line_of(text, 'scopes = "x"')
    assert bad_line == 10
    assert f", line {bad_line}: providers.bad.scopes: " in message
    assert "providers.bad.scopes" in message
    assert "list of strings" in message
    assert "bad" not in catalog.providers
    assert catalog.providers["good"].scopes == ("a",)
    assert catalog.providers["github"].client_id == "gh-id"


@pytest.mark.parametrize(("key_line", "problem"), [
    ('client_secret_required = "yes"', "true or false"),
    ("redirect_port = 70000", "port"),
    ("redirect_port = true", "port"),
    ('revoke_method = "magic"', "one of"),
    ('token_auth = "jwt"', "one of"),
    ('protocol = "saml"', "one of"),
    ("extra_authorize_params = { prompt = 1 }", "table of strings"),
    ('redirect_path = "callback"', "start with /"),
    ("client_id = 12345", "string"),
    ('api_base_url = "http://api.example"', "plain http"),
    ('api_base_url = "https://api.example/v1?x=1"', "without query"),
    ('locale_param = "ui locales"', "parameter name"),
    ('use_authenticate_url = "yes"', "true or false"),
])
def test_invalid_values_are_reported_with_key_and_line(key_line, problem, user_file):
    text = ('[providers.p]\nauthorize_url = "https://p.example/a"\n'
            f'token_url = "https://p.example/t"\n{key_line}\n')
    write(user_file, text)
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    message = str(catalog.errors[0])
    key = key_line.split(" = ")[0]
    assert f"providers.p.{key}" in message
    assert "line 4" in message
    assert problem in message
    assert "p" not in catalog.providers


def test_unknown_key_is_reported(user_file):
    text = '[providers.github]\nclient_id = "x"\ncolour = "red"\n'
    write(user_file, text)
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    message = str(catalog.errors[0])
    assert "providers.github.colour" in message
    assert "unknown key" in message
    assert "line 3" in message
    # the bad table is skipped as a whole: the preset stays as shipped
    assert catalog.providers["github"].client_id is None


def test_unknown_top_level_key_is_reported_and_providers_still_load(user_file):
    write(user_file, 'theme = "dark"\n[providers.github]\nclient_id = "x"\n')
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    assert "theme" in str(catalog.errors[0])
    assert catalog.providers["github"].client_id == "x"


@pytest.mark.parametrize("url", [
    "http://example.com/token",
    "ftp://example.com/token",
    "https://user:pw@example.com/token",
    "file:///tmp/token",
])
def test_insecure_endpoint_in_user_file_is_refused(url, user_file, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    text = f'[providers.evil]\nauthorize_url = "https://e.example/a"\ntoken_url = "{url}"\n'
    write(user_file, text)
    catalog = load_catalog(user_file)
    assert "evil" not in catalog.providers
    assert len(catalog.errors) == 1
    assert "providers.evil.token_url" in str(catalog.errors[0])
    assert "line 3" in str(catalog.errors[0])
    assert "pw" not in str(catalog.errors[0])


def test_insecure_endpoint_overriding_a_preset_is_refused(user_file):
    write(user_file, '[providers.github]\ntoken_url = "http://github.com/login/oauth/token"\n')
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    assert catalog.providers["github"].token_url == "https://github.com/login/oauth/access_token"


@pytest.mark.parametrize("pid", ["Bad", "has space", "-leading", "a.b", "x" * 65, "é"])
def test_bad_provider_id_is_reported(pid, user_file):
    write(user_file, f'[providers."{pid}"]\nauthorize_url = "https://a.example/a"\n'
                     'token_url = "https://a.example/t"\n')
    catalog = load_catalog(user_file)
    assert pid not in catalog.providers
    assert len(catalog.errors) == 1
    assert "ids are lower-case" in str(catalog.errors[0])
    assert str(user_file) in str(catalog.errors[0])


def test_provider_that_is_not_a_table_is_reported(user_file):
    write(user_file, '[providers]\nacme = "x"\n')
    catalog = load_catalog(user_file)
    assert len(catalog.errors) == 1
    assert "providers.acme" in str(catalog.errors[0])


def test_presets_file_is_valid_and_uses_https_only():
    data = tomllib.loads(resource_path("providers.toml").read_text(encoding="utf-8"))
    for table in data["providers"].values():
        for key in ("authorize_url", "token_url", "revoke_url", "userinfo_url"):
            if key in table:
                assert table[key].startswith(("https://", "{base_url}/"))


# --- set_provider_keys ----------------------------------------------------------------------


def test_set_provider_keys_keeps_comments_and_other_tables(tmp_path):
    path = tmp_path / "providers.toml"
    original = (
        "# My providers: do not lose this comment\n"
        "[providers.acme]  # the work server\n"
        'authorize_url = "https://acme.example/a"  # inline note\n'
        'token_url = "https://acme.example/t"\n'
        "\n"
        "[providers.github]\n"
        "# keep me too\n"
        'scopes = ["repo"]\n'
    )
    write(path, original)
    set_provider_keys(path, "github", {"client_id": "gh-client"})
    set_provider_keys(path, "gitlab", {"client_id": "gl-client"})
    text = path.read_text(encoding="utf-8")
    for fragment in ("# My providers: do not lose this comment", "# the work server",
                     "# inline note", "# keep me too"):
        assert fragment in text
    data = tomllib.loads(text)
    assert data["providers"]["acme"] == {"authorize_url": "https://acme.example/a",
                                         "token_url": "https://acme.example/t"}
    assert data["providers"]["github"] == {"scopes": ["repo"], "client_id": "gh-client"}
    assert data["providers"]["gitlab"] == {"client_id": "gl-client"}
    catalog = load_catalog(path)
    assert catalog.errors == []
    assert catalog.providers["github"].client_id == "gh-client"


def test_set_provider_keys_replaces_and_removes_keys(tmp_path):
    path = tmp_path / "providers.toml"
    write(path, '[providers.github]\nclient_id = "old"\nscopes = ["repo"]\n')
    set_provider_keys(path, "github", {"client_id": "new", "scopes": None})
    assert tomllib.loads(path.read_text())["providers"]["github"] == {"client_id": "new"}


def test_set_provider_keys_creates_the_file_0600_in_a_0700_dir(tmp_path):
    path = tmp_path / "config" / "tokenmgr" / "providers.toml"
    set_provider_keys(path, "github", {"client_id": "gh-client"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert tomllib.loads(path.read_text())["providers"]["github"]["client_id"] == "gh-client"
    assert not path.with_name("providers.toml.tmp").exists()


def test_set_provider_keys_makes_an_existing_readable_file_private(tmp_path):
    path = write(tmp_path / "providers.toml", '[providers.github]\nscopes = ["repo"]\n')
    path.chmod(0o644)
    set_provider_keys(path, "github", {"client_id": "gh-client"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_error_messages_are_config_errors(user_file):
    write(user_file, '[providers.p]\ncolour = "red"\n')
    assert all(isinstance(e, ConfigError) for e in load_catalog(user_file).errors)


OAUTH1_TABLE = """
[providers.flickr]
protocol = "oauth1"
request_token_url = "https://www.flickr.com/services/oauth/request_token"
authorize_url = "https://www.flickr.com/services/oauth/authorize"
access_token_url = "https://www.flickr.com/services/oauth/access_token"
client_id = "key"
"""


def test_an_oauth1_provider_loads_with_its_modes(user_file):
    write(user_file, OAUTH1_TABLE + 'callback_mode = "oob"\nsignature_method = "HMAC-SHA256"\n')
    catalog = load_catalog(user_file)
    assert catalog.errors == []
    flickr = catalog.providers["flickr"]
    assert (flickr.protocol, flickr.callback_mode, flickr.signature_method) == (
        "oauth1", "oob", "HMAC-SHA256")
    assert flickr.is_configured and flickr.redirect_uri_to_register == "oob"


@pytest.mark.parametrize("extra, message", [
    ('signature_method = "RSA-SHA1"\n', "needs rsa_key_file"),
    ('callback_mode = "2.0"\n', "must be one of 1.0a, 1.0, oob"),
])
def test_bad_oauth1_settings_are_reported(user_file, extra, message):
    write(user_file, OAUTH1_TABLE + extra)
    catalog = load_catalog(user_file)
    assert "flickr" not in catalog.providers
    assert message in str(catalog.errors[0])


def test_plaintext_needs_every_endpoint_on_https(user_file):
    write(user_file, OAUTH1_TABLE.replace("https://www.flickr.com/services/oauth/access_token",
                                          "http://127.0.0.1:9/access")
          + 'signature_method = "PLAINTEXT"\n')
    catalog = load_catalog(user_file)
    assert "only when every endpoint is https" in str(catalog.errors[0])


def test_git_hosting_presets_know_their_git_usernames():
    """issue 18: `tokenmgr git-credential` sends these with the access token."""
    from tokenmgr.providers.config import load_catalog

    catalog = load_catalog(None)
    assert catalog.providers["github"].git_username == "x-access-token"
    assert catalog.providers["gitlab"].git_username == "oauth2"
    assert catalog.providers["gitlab-self-managed"].git_username == "oauth2"
    assert catalog.providers["github-enterprise"].git_username == "x-access-token"
    assert catalog.providers["bitbucket"].git_username == "x-token-auth"
    assert catalog.providers["google"].git_username is None


def test_presets_resolve_api_paths_and_declare_their_locale_parameter(user_file):
    providers = load_catalog(user_file).providers
    assert providers["github"].api_base_url == "https://api.github.com"
    assert providers["dropbox"].api_base_url == "https://api.dropboxapi.com/2"
    assert providers["x-oauth1"].api_base_url == "https://api.x.com"
    assert providers["microsoft"].api_base_url == "https://graph.microsoft.com/v1.0"
    assert all(providers[p].api_base_url for p in (*PRESETS, "x-oauth1"))
    assert providers["dropbox"].locale_param == "locale"
    x = providers["x-oauth1"]
    assert x.authenticate_url == "https://api.twitter.com/oauth/authenticate"
    assert x.use_authenticate_url is False  # "Sign in with Twitter" is the user's choice
    write(user_file, "[providers.x-oauth1]\nuse_authenticate_url = true\n")
    assert load_catalog(user_file).providers["x-oauth1"].use_authenticate_url is True
