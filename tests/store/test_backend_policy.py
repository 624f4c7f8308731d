"""Keyring backends by allow-list (issue 17 item 7): the known protecting backends
are accepted, any other only when settings.toml names it, and then it is shown."""

from __future__ import annotations

import sys
import textwrap

import keyring.backend
import pytest
from keyring.backends import SecretService, chainer, null

from tokenmgr.errors import KeyringUnavailableError
from tokenmgr.settings import load_settings
from tokenmgr.store import backend_policy
from tokenmgr.store.keyring_access import KeyringAccess

pytestmark = pytest.mark.real_backend_policy
SECRET = "s3cret-Value-0123456789"


class ThirdPartyPlain(keyring.backend.KeyringBackend):
    """Stands for a plaintext backend from some other package (on no deny-list)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username))


ThirdPartyPlain.__module__ = "keyrings.thirdparty.plain"
NAME = "keyrings.thirdparty.plain.ThirdPartyPlain"


def chainer_of(monkeypatch, *backends) -> chainer.ChainerBackend:
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(backends))
    return chainer.ChainerBackend()


def test_a_third_party_backend_nobody_vetted_is_refused_and_nothing_is_stored():
    backend = ThirdPartyPlain()
    access = KeyringAccess(backend, deadline=5.0)
    with pytest.raises(KeyringUnavailableError) as info:
        access.set("account/x/1", SECRET)
    assert f'allow_backend = "{NAME}"' in str(info.value)  # says how to opt in
    assert backend.items == {}
    assert not access.verdict().accepted


def test_the_real_secret_service_is_accepted_without_any_setting():
    backend = SecretService.Keyring()
    access = KeyringAccess(backend, service="tokenmgr-policy-test", deadline=10.0)
    access.set("probe", SECRET)
    try:
        assert access.get("probe") == SECRET
        verdict = access.verdict()
        assert verdict.accepted and not verdict.opted_in
        assert verdict.name == "keyring.backends.SecretService.Keyring"
    finally:
        access.delete("probe")


def test_a_backend_named_in_the_settings_is_accepted_and_says_so():
    backend = ThirdPartyPlain()
    access = KeyringAccess(backend, deadline=5.0, allowed_backends=[NAME])
    access.set("account/x/1", SECRET)
    assert backend.items == {("tokenmgr", "account/x/1"): SECRET}
    verdict = access.verdict()
    assert verdict.accepted and verdict.opted_in
    assert NAME in verdict.describe() and "settings.toml" in verdict.describe()


def test_null_backend_is_refused_even_when_named():
    access = KeyringAccess(null.Keyring(), deadline=5.0,
                           allowed_backends=["keyring.backends.null.Keyring"])
    with pytest.raises(KeyringUnavailableError):
        access.get("index")


def test_a_chainer_is_as_trusted_as_its_least_trusted_child(monkeypatch):
    plain = ThirdPartyPlain()
    chained = chainer_of(monkeypatch, SecretService.Keyring(), plain)
    assert not backend_policy.judge(chained).accepted
    opted = backend_policy.judge(chained, [NAME])
    assert opted.accepted and opted.opted_in
    only_trusted = chainer_of(monkeypatch, SecretService.Keyring())
    verdict = backend_policy.judge(only_trusted)
    assert verdict.accepted and not verdict.opted_in


def test_settings_read_allow_backend_as_a_name_or_a_list(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(f'[keyring]\nallow_backend = "{NAME}"\n')
    assert load_settings(path).keyring_allow_backends == (NAME,)
    path.write_text(f'[keyring]\nallow_backend = ["{NAME}", "a.B"]\n')
    assert load_settings(path).keyring_allow_backends == (NAME, "a.B")
    path.write_text("[keyring]\nallow_backend = 3\n")
    settings = load_settings(path)
    assert settings.keyring_allow_backends == ()
    assert "allow_backend" in settings.problems[0]


PLUGIN = textwrap.dedent('''
    import keyring.backend

    class Plain(keyring.backend.KeyringBackend):
        priority = 1
        items = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username))
''')


def test_default_wiring_refuses_an_env_chosen_backend_until_settings_name_it(
        tmp_path, monkeypatch):
    """PYTHON_KEYRING_BACKEND picks a third-party backend; settings.toml opts in."""
    from tokenmgr import paths
    from tokenmgr.accounts import build_default_service

    (tmp_path / "thirdparty_plain.py").write_text(PLUGIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "thirdparty_plain.Plain")
    monkeypatch.setitem(sys.modules, "thirdparty_plain", None)  # import it fresh
    del sys.modules["thirdparty_plain"]
    with pytest.raises(KeyringUnavailableError):
        build_default_service().summaries()
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(
        '[keyring]\nallow_backend = "thirdparty_plain.Plain"\n')
    service = build_default_service()
    assert service.summaries() == []
    verdict = service.keyring_verdict()
    assert verdict.opted_in and verdict.name == "thirdparty_plain.Plain"


def test_tokenmgr_list_names_an_opted_in_backend(tmp_path, monkeypatch, capsys):
    import json

    from tokenmgr.accounts import AccountService
    from tokenmgr.cli import context, main
    from tokenmgr.providers.config import ProviderCatalog
    from tokenmgr.store.token_store import TokenStore

    access = KeyringAccess(ThirdPartyPlain(), deadline=5.0, allowed_backends=[NAME])
    service = AccountService(TokenStore(access, tmp_path / "lock"), providers_file=None,
                             catalog_loader=lambda: ProviderCatalog({}))
    monkeypatch.setattr(context, "build_service", lambda: service)
    from tokenmgr.logsetup import remove_logging

    # main() installs a stderr log handler: removed below
    try:
        assert main(["list"]) == 0
        err = capsys.readouterr().err
        assert main(["list", "--json"]) == 0
        out = capsys.readouterr().out
    finally:
        remove_logging()
    assert f"tokens are kept in {NAME} (allowed by your settings.toml" in err
    assert json.loads(out)["keyring"] == {"backend": NAME, "allowed_by_settings": True}



def test_the_refusal_says_which_backend_and_how_to_accept_it():
    with pytest.raises(KeyringUnavailableError) as info:
        KeyringAccess(ThirdPartyPlain(), deadline=5.0).get("index")
    assert str(info.value) == (
        f"The keyring backend {NAME} does not protect secrets, or tokenmgr cannot tell that "
        "it does; tokenmgr refuses to store tokens there. Install or unlock a Secret "
        "Service (GNOME Keyring, KWallet), or choose another backend; to accept this one "
        f'anyway, name it in settings.toml: [keyring] allow_backend = "{NAME}".')


@pytest.mark.parametrize("allowed, verdict, described", [
    ((), backend_policy.BackendVerdict(NAME, accepted=False),
     f"{NAME} (refused: not known to protect secrets)"),
    ((NAME,), backend_policy.BackendVerdict(NAME, accepted=True, opted_in=True),
     f"{NAME} (allowed by your settings.toml; tokenmgr cannot tell whether it protects "
     "secrets)"),
    (("keyrings.thirdparty.plain", "ThirdPartyPlain", "keyrings.thirdparty.plain.Third"),
     backend_policy.BackendVerdict(NAME, accepted=False),  # only the exact name counts
     f"{NAME} (refused: not known to protect secrets)"),
])
def test_verdicts_on_a_third_party_backend_and_how_they_are_shown(allowed, verdict,
                                                                  described):
    assert backend_policy.judge(ThirdPartyPlain(), allowed) == verdict
    assert verdict.describe() == described


def test_a_trusted_backend_is_shown_by_its_name_alone():
    verdict = backend_policy.judge(SecretService.Keyring(), [NAME])
    assert verdict == backend_policy.BackendVerdict("keyring.backends.SecretService.Keyring",
                                                    accepted=True, opted_in=False)
    assert verdict.describe() == "keyring.backends.SecretService.Keyring"


@pytest.mark.parametrize("name", ["keyring.backends.null.Keyring",
                                  "keyring.backends.fail.Keyring"])
def test_backends_that_drop_writes_are_refused_even_when_named(name):
    from keyring.backends import fail

    backend = {"keyring.backends.null.Keyring": null.Keyring,
               "keyring.backends.fail.Keyring": fail.Keyring}[name]()
    assert backend_policy.judge(backend, [name]) == backend_policy.BackendVerdict(
        name, accepted=False)


def test_a_chainer_with_a_refused_child_is_refused_even_if_another_was_opted_in(
        monkeypatch):
    other = type("OtherPlain", (ThirdPartyPlain,), {"__module__": "keyrings.other"})()
    chained = chainer_of(monkeypatch, ThirdPartyPlain(), other)
    assert backend_policy.judge(chained, [NAME]) == backend_policy.BackendVerdict(
        "keyring.backends.chainer.ChainerBackend", accepted=False, opted_in=False)
