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
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})
NEVER_MODULES = ("keyring.backends.null", "keyring.backends.fail")
CHAINER_MODULE = "keyring.backends.chainer"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_backend_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_backend_name__mutmut)
def backend_name(backend: Any) -> str:
    """``module.Class``: what ``allow_backend`` names and what messages show."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def x_backend_name__mutmut_orig(backend: Any) -> str:
    """``module.Class``: what ``allow_backend`` names and what messages show."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def x_backend_name__mutmut_1(backend: Any) -> str:
    """``module.Class``: what ``allow_backend`` names and what messages show."""
    cls = None
    return f"{cls.__module__}.{cls.__qualname__}"


def x_backend_name__mutmut_2(backend: Any) -> str:
    """``module.Class``: what ``allow_backend`` names and what messages show."""
    cls = type(None)
    return f"{cls.__module__}.{cls.__qualname__}"

mutants_x_backend_name__mutmut['_mutmut_orig'] = x_backend_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_backend_name__mutmut['x_backend_name__mutmut_1'] = x_backend_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_backend_name__mutmut['x_backend_name__mutmut_2'] = x_backend_name__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBackendVerdictǁdescribe__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class BackendVerdict:
    name: str
    accepted: bool
    opted_in: bool = False  # accepted only because settings.toml names it

    @_mutmut_mutated(mutants_xǁBackendVerdictǁdescribe__mutmut)
    def describe(self) -> str:
        if not self.accepted:
            return f"{self.name} (refused: not known to protect secrets)"
        if self.opted_in:
            return (f"{self.name} (allowed by your settings.toml; tokenmgr cannot tell "
                    "whether it protects secrets)")
        return self.name

    def xǁBackendVerdictǁdescribe__mutmut_orig(self) -> str:
        if not self.accepted:
            return f"{self.name} (refused: not known to protect secrets)"
        if self.opted_in:
            return (f"{self.name} (allowed by your settings.toml; tokenmgr cannot tell "
                    "whether it protects secrets)")
        return self.name

    def xǁBackendVerdictǁdescribe__mutmut_1(self) -> str:
        if self.accepted:
            return f"{self.name} (refused: not known to protect secrets)"
        if self.opted_in:
            return (f"{self.name} (allowed by your settings.toml; tokenmgr cannot tell "
                    "whether it protects secrets)")
        return self.name

    def xǁBackendVerdictǁdescribe__mutmut_2(self) -> str:
        if not self.accepted:
            return f"{self.name} (refused: not known to protect secrets)"
        if self.opted_in:
            return (f"{self.name} (allowed by your settings.toml; tokenmgr cannot tell "
                    "XXwhether it protects secrets)XX")
        return self.name

    def xǁBackendVerdictǁdescribe__mutmut_3(self) -> str:
        if not self.accepted:
            return f"{self.name} (refused: not known to protect secrets)"
        if self.opted_in:
            return (f"{self.name} (allowed by your settings.toml; tokenmgr cannot tell "
                    "WHETHER IT PROTECTS SECRETS)")
        return self.name

mutants_xǁBackendVerdictǁdescribe__mutmut['_mutmut_orig'] = BackendVerdict.xǁBackendVerdictǁdescribe__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBackendVerdictǁdescribe__mutmut['xǁBackendVerdictǁdescribe__mutmut_1'] = BackendVerdict.xǁBackendVerdictǁdescribe__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBackendVerdictǁdescribe__mutmut['xǁBackendVerdictǁdescribe__mutmut_2'] = BackendVerdict.xǁBackendVerdictǁdescribe__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBackendVerdictǁdescribe__mutmut['xǁBackendVerdictǁdescribe__mutmut_3'] = BackendVerdict.xǁBackendVerdictǁdescribe__mutmut_3 # type: ignore # mutmut generated
mutants_x_judge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_judge__mutmut)
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


def x_judge__mutmut_orig(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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


def x_judge__mutmut_1(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = None
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


def x_judge__mutmut_2(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(None)
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


def x_judge__mutmut_3(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = None
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


def x_judge__mutmut_4(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(None).__module__
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


def x_judge__mutmut_5(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(None):
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


def x_judge__mutmut_6(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(None, accepted=False)
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


def x_judge__mutmut_7(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=None)
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


def x_judge__mutmut_8(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(accepted=False)
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


def x_judge__mutmut_9(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, )
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


def x_judge__mutmut_10(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=True)
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


def x_judge__mutmut_11(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(None):
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


def x_judge__mutmut_12(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = None
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_13(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(None, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_14(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, None) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_15(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_16(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, ) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_17(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) and ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_18(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(None, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_19(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, None, None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_20(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr("backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_21(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_22(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", ) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_23(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "XXbackendsXX", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_24(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "BACKENDS", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_25(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = None
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_26(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) or all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_27(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(None) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_28(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(None)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_29(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(None, accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_30(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, None,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_31(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=None)
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_32(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(accepted,
                              opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_33(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, opted_in=accepted and any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_34(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              )
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_35(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted or any(c.opted_in for c in children))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_36(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
    name = backend_name(backend)
    module = type(backend).__module__
    if module.startswith(NEVER_MODULES):
        return BackendVerdict(name, accepted=False)
    if module.startswith(CHAINER_MODULE):
        # A chainer writes to the first child that accepts: every child must pass.
        children = [judge(child, allowed) for child in getattr(backend, "backends", None) or ()]
        accepted = bool(children) and all(child.accepted for child in children)
        return BackendVerdict(name, accepted,
                              opted_in=accepted and any(None))
    if name in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_37(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
    if name not in TRUSTED_BACKENDS:
        return BackendVerdict(name, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_38(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(None, accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_39(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, accepted=None)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_40(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(accepted=True)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_41(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, )
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_42(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, accepted=False)
    if name in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_43(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
    if name not in allowed:
        return BackendVerdict(name, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_44(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(None, accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_45(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, accepted=None, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_46(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, accepted=True, opted_in=None)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_47(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(accepted=True, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_48(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_49(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, accepted=True, )
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_50(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, accepted=False, opted_in=True)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_51(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
        return BackendVerdict(name, accepted=True, opted_in=False)
    return BackendVerdict(name, accepted=False)


def x_judge__mutmut_52(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
    return BackendVerdict(None, accepted=False)


def x_judge__mutmut_53(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
    return BackendVerdict(name, accepted=None)


def x_judge__mutmut_54(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
    return BackendVerdict(accepted=False)


def x_judge__mutmut_55(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
    return BackendVerdict(name, )


def x_judge__mutmut_56(backend: Any, allowed: Collection[str] = ()) -> BackendVerdict:
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
    return BackendVerdict(name, accepted=True)

mutants_x_judge__mutmut['_mutmut_orig'] = x_judge__mutmut_orig # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_1'] = x_judge__mutmut_1 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_2'] = x_judge__mutmut_2 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_3'] = x_judge__mutmut_3 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_4'] = x_judge__mutmut_4 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_5'] = x_judge__mutmut_5 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_6'] = x_judge__mutmut_6 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_7'] = x_judge__mutmut_7 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_8'] = x_judge__mutmut_8 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_9'] = x_judge__mutmut_9 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_10'] = x_judge__mutmut_10 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_11'] = x_judge__mutmut_11 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_12'] = x_judge__mutmut_12 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_13'] = x_judge__mutmut_13 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_14'] = x_judge__mutmut_14 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_15'] = x_judge__mutmut_15 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_16'] = x_judge__mutmut_16 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_17'] = x_judge__mutmut_17 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_18'] = x_judge__mutmut_18 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_19'] = x_judge__mutmut_19 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_20'] = x_judge__mutmut_20 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_21'] = x_judge__mutmut_21 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_22'] = x_judge__mutmut_22 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_23'] = x_judge__mutmut_23 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_24'] = x_judge__mutmut_24 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_25'] = x_judge__mutmut_25 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_26'] = x_judge__mutmut_26 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_27'] = x_judge__mutmut_27 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_28'] = x_judge__mutmut_28 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_29'] = x_judge__mutmut_29 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_30'] = x_judge__mutmut_30 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_31'] = x_judge__mutmut_31 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_32'] = x_judge__mutmut_32 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_33'] = x_judge__mutmut_33 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_34'] = x_judge__mutmut_34 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_35'] = x_judge__mutmut_35 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_36'] = x_judge__mutmut_36 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_37'] = x_judge__mutmut_37 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_38'] = x_judge__mutmut_38 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_39'] = x_judge__mutmut_39 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_40'] = x_judge__mutmut_40 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_41'] = x_judge__mutmut_41 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_42'] = x_judge__mutmut_42 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_43'] = x_judge__mutmut_43 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_44'] = x_judge__mutmut_44 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_45'] = x_judge__mutmut_45 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_46'] = x_judge__mutmut_46 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_47'] = x_judge__mutmut_47 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_48'] = x_judge__mutmut_48 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_49'] = x_judge__mutmut_49 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_50'] = x_judge__mutmut_50 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_51'] = x_judge__mutmut_51 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_52'] = x_judge__mutmut_52 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_53'] = x_judge__mutmut_53 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_54'] = x_judge__mutmut_54 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_55'] = x_judge__mutmut_55 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_56'] = x_judge__mutmut_56 # type: ignore # mutmut generated
