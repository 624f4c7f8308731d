"""Which keyring backends may hold tokens: an allow-list, plus the user's opt-in.

A deny-list of unsafe backends misses every third-party plaintext backend it
does not name, so the rule is the other way round: the backends known to
protect secrets (Secret Service, libsecret, KWallet, macOS Keychain, Windows
Credential Locker, and chainers made only of those) are accepted; any other
backend only when ``settings.toml`` names it explicitly::

    [keyring]
    allow_backend = "keyrings.cryptfile.cryptfile.CryptFileKeyring"

and then the window and the CLI say which backend holds the tokens. The
``null`` and ``fail`` backends are refused even when named: they drop writes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

TRUSTED_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "tokenmgr.store.secret_service.PersistentSecretService",  # ours: one D-Bus connection
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})
NEVER_MODULES = ("keyring.backends.null", "keyring.backends.fail")
CHAINER_MODULE = "keyring.backends.chainer"


def backend_name(backend: Any) -> str:
    """``module.Class``: what ``allow_backend`` names and what messages show."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


@dataclass(frozen=True)
class BackendVerdict:
    name: str
    accepted: bool
    opted_in: bool = False  # accepted only because settings.toml names it

    def describe(self) -> str:
        if not self.accepted:
            return f"{self.name} (refused: not known to protect secrets)"
        if self.opted_in:
            return (f"{self.name} (allowed by your settings.toml; tokenmgr cannot tell "
                    "whether it protects secrets)")
        return self.name


def judge(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)
