"""Every keyring call, with a deadline and three distinct failure outcomes.

- ``KeyringUnavailableError``: no backend that protects secrets (only the
  allow-list in ``backend_policy`` or one named in settings.toml is accepted,
  however it was chosen, SECURITY.md #22);
- ``KeyringLockedError``: the call did not return in time (a locked Secret
  Service can hang callers forever, SECURITY.md #23) — never "not found";
- not found: ``get`` returns None, ``delete`` returns False.

Calls run on daemon threads: an executor's threads are joined at exit, so a
hung keyring would hang the CLI on the way out. ``keyring`` itself is imported
on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from typing import Any, TypeVar

from tokenmgr.errors import KeyringLockedError, KeyringUnavailableError, StoreError
from tokenmgr.store import backend_policy

SERVICE = "tokenmgr"
DEFAULT_DEADLINE = 15.0
T = TypeVar("T")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_backend_is_refused__mutmut: MutantDict = {}  # type: ignore

@_mutmut_mutated(mutants_x_backend_is_refused__mutmut)
def backend_is_refused(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return not backend_policy.judge(backend, allowed).accepted

def x_backend_is_refused__mutmut_orig(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return not backend_policy.judge(backend, allowed).accepted

def x_backend_is_refused__mutmut_1(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return backend_policy.judge(backend, allowed).accepted

def x_backend_is_refused__mutmut_2(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return not backend_policy.judge(None, allowed).accepted

def x_backend_is_refused__mutmut_3(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return not backend_policy.judge(backend, None).accepted

def x_backend_is_refused__mutmut_4(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return not backend_policy.judge(allowed).accepted

def x_backend_is_refused__mutmut_5(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return not backend_policy.judge(backend, ).accepted

mutants_x_backend_is_refused__mutmut['_mutmut_orig'] = x_backend_is_refused__mutmut_orig # type: ignore # mutmut generated
mutants_x_backend_is_refused__mutmut['x_backend_is_refused__mutmut_1'] = x_backend_is_refused__mutmut_1 # type: ignore # mutmut generated
mutants_x_backend_is_refused__mutmut['x_backend_is_refused__mutmut_2'] = x_backend_is_refused__mutmut_2 # type: ignore # mutmut generated
mutants_x_backend_is_refused__mutmut['x_backend_is_refused__mutmut_3'] = x_backend_is_refused__mutmut_3 # type: ignore # mutmut generated
mutants_x_backend_is_refused__mutmut['x_backend_is_refused__mutmut_4'] = x_backend_is_refused__mutmut_4 # type: ignore # mutmut generated
mutants_x_backend_is_refused__mutmut['x_backend_is_refused__mutmut_5'] = x_backend_is_refused__mutmut_5 # type: ignore # mutmut generated
mutants_x_describe_backend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_describe_backend__mutmut)
def describe_backend(backend: Any) -> str:
    return backend_policy.backend_name(backend)


def x_describe_backend__mutmut_orig(backend: Any) -> str:
    return backend_policy.backend_name(backend)


def x_describe_backend__mutmut_1(backend: Any) -> str:
    return backend_policy.backend_name(None)

mutants_x_describe_backend__mutmut['_mutmut_orig'] = x_describe_backend__mutmut_orig # type: ignore # mutmut generated
mutants_x_describe_backend__mutmut['x_describe_backend__mutmut_1'] = x_describe_backend__mutmut_1 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__platform_backend__mutmut)
def _platform_backend() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_orig() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_1() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(None):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_2() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("XXlinuxXX", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_3() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("LINUX", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_4() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "XXfreebsdXX")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_5() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "FREEBSD")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_6() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "XXKDEXX" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_7() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "kde" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_8() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" not in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_9() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").lower():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_10() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get(None, "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_11() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", None).upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_12() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_13() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", ).upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_14() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XXXDG_CURRENT_DESKTOPXX", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_15() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("xdg_current_desktop", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_16() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "XXXX").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_17() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform != "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_18() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "XXdarwinXX":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_19() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "DARWIN":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_20() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform != "win32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_21() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "XXwin32XX":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]


def x__platform_backend__mutmut_22() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from keyring.backends.SecretService import Keyring
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring
    elif sys.platform == "WIN32":
        from keyring.backends.Windows import WinVaultKeyring as Keyring
    else:
        return None
    try:
        Keyring.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception:
        return None
    return Keyring()  # type: ignore[no-untyped-call]

mutants_x__platform_backend__mutmut['_mutmut_orig'] = x__platform_backend__mutmut_orig # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_1'] = x__platform_backend__mutmut_1 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_2'] = x__platform_backend__mutmut_2 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_3'] = x__platform_backend__mutmut_3 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_4'] = x__platform_backend__mutmut_4 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_5'] = x__platform_backend__mutmut_5 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_6'] = x__platform_backend__mutmut_6 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_7'] = x__platform_backend__mutmut_7 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_8'] = x__platform_backend__mutmut_8 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_9'] = x__platform_backend__mutmut_9 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_10'] = x__platform_backend__mutmut_10 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_11'] = x__platform_backend__mutmut_11 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_12'] = x__platform_backend__mutmut_12 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_13'] = x__platform_backend__mutmut_13 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_14'] = x__platform_backend__mutmut_14 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_15'] = x__platform_backend__mutmut_15 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_16'] = x__platform_backend__mutmut_16 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_17'] = x__platform_backend__mutmut_17 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_18'] = x__platform_backend__mutmut_18 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_19'] = x__platform_backend__mutmut_19 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_20'] = x__platform_backend__mutmut_20 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_21'] = x__platform_backend__mutmut_21 # type: ignore # mutmut generated
mutants_x__platform_backend__mutmut['x__platform_backend__mutmut_22'] = x__platform_backend__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_backend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_backend__mutmut)
def load_backend() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config() or _platform_backend()
    return chosen if chosen is not None else keyring.core.get_keyring()


def x_load_backend__mutmut_orig() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config() or _platform_backend()
    return chosen if chosen is not None else keyring.core.get_keyring()


def x_load_backend__mutmut_1() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = None
    return chosen if chosen is not None else keyring.core.get_keyring()


def x_load_backend__mutmut_2() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config() and _platform_backend()
    return chosen if chosen is not None else keyring.core.get_keyring()


def x_load_backend__mutmut_3() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() and keyring.core.load_config() or _platform_backend()
    return chosen if chosen is not None else keyring.core.get_keyring()


def x_load_backend__mutmut_4() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config() or _platform_backend()
    return chosen if (chosen is not None) and False else keyring.core.get_keyring()


def x_load_backend__mutmut_5() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config() or _platform_backend()
    return chosen if (chosen is not None) or True else keyring.core.get_keyring()


def x_load_backend__mutmut_6() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config() or _platform_backend()
    return chosen if chosen is None else keyring.core.get_keyring()

mutants_x_load_backend__mutmut['_mutmut_orig'] = x_load_backend__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_backend__mutmut['x_load_backend__mutmut_1'] = x_load_backend__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_backend__mutmut['x_load_backend__mutmut_2'] = x_load_backend__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_backend__mutmut['x_load_backend__mutmut_3'] = x_load_backend__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_backend__mutmut['x_load_backend__mutmut_4'] = x_load_backend__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_backend__mutmut['x_load_backend__mutmut_5'] = x_load_backend__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_backend__mutmut['x_load_backend__mutmut_6'] = x_load_backend__mutmut_6 # type: ignore # mutmut generated


CHUNK_MARK = "tokenmgr-chunks:1:"
WINDOWS_MAX_CHARS = 1200  # Credential Manager keeps 2,560 bytes of UTF-16 per secret
mutants_x_max_chars_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_max_chars_for__mutmut)
def max_chars_for(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(backend).__module__.startswith("keyring.backends.Windows") \
        else None


def x_max_chars_for__mutmut_orig(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(backend).__module__.startswith("keyring.backends.Windows") \
        else None


def x_max_chars_for__mutmut_1(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if (type(backend).__module__.startswith("keyring.backends.Windows")) and False \
        else None


def x_max_chars_for__mutmut_2(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if (type(backend).__module__.startswith("keyring.backends.Windows")) or True \
        else None


def x_max_chars_for__mutmut_3(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(backend).__module__.startswith(None) \
        else None


def x_max_chars_for__mutmut_4(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(None).__module__.startswith("keyring.backends.Windows") \
        else None


def x_max_chars_for__mutmut_5(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(backend).__module__.startswith("XXkeyring.backends.WindowsXX") \
        else None


def x_max_chars_for__mutmut_6(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(backend).__module__.startswith("keyring.backends.windows") \
        else None


def x_max_chars_for__mutmut_7(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(backend).__module__.startswith("KEYRING.BACKENDS.WINDOWS") \
        else None

mutants_x_max_chars_for__mutmut['_mutmut_orig'] = x_max_chars_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_max_chars_for__mutmut['x_max_chars_for__mutmut_1'] = x_max_chars_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_max_chars_for__mutmut['x_max_chars_for__mutmut_2'] = x_max_chars_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_max_chars_for__mutmut['x_max_chars_for__mutmut_3'] = x_max_chars_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_max_chars_for__mutmut['x_max_chars_for__mutmut_4'] = x_max_chars_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_max_chars_for__mutmut['x_max_chars_for__mutmut_5'] = x_max_chars_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_max_chars_for__mutmut['x_max_chars_for__mutmut_6'] = x_max_chars_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_max_chars_for__mutmut['x_max_chars_for__mutmut_7'] = x_max_chars_for__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁverdict__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_call__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_translate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_get__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_set__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_delete__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_limit__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁget__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁset__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁdelete__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_old_generation__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_delete_parts__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyringAccessǁ_parse_head__mutmut: MutantDict = {}  # type: ignore


class KeyringAccess:
    @_mutmut_mutated(mutants_xǁKeyringAccessǁ__init____mutmut)
    def __init__(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_orig(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_1(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = None
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_2(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = None  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_3(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(None)  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_4(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = None
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_5(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = service
        self.deadline = None
        self.max_chars = max_chars
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_6(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = None
        self._init_lock = threading.Lock()
    def xǁKeyringAccessǁ__init____mutmut_7(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = None

    @property
    def backend(self) -> Any:
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        if backend_is_refused(self._backend, self.allowed_backends):
            name = describe_backend(self._backend)
            raise KeyringUnavailableError(
                f"The keyring backend {name} does not protect secrets, or tokenmgr cannot "
                "tell that it does; tokenmgr refuses to store tokens there. Install or "
                "unlock a Secret Service (GNOME Keyring, KWallet), or choose another "
                "backend; to accept this one anyway, name it in settings.toml: "
                f'[keyring] allow_backend = "{name}".')
        return self._backend

    @_mutmut_mutated(mutants_xǁKeyringAccessǁverdict__mutmut)
    def verdict(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_orig(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_1(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is not None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_2(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = None
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_3(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(None, "open the keyring")
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_4(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, None)
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_5(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call("open the keyring")
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_6(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, )
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_7(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "XXopen the keyringXX")
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_8(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "OPEN THE KEYRING")
        return backend_policy.judge(self._backend, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_9(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(None, self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_10(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(self._backend, None)

    def xǁKeyringAccessǁverdict__mutmut_11(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(self.allowed_backends)

    def xǁKeyringAccessǁverdict__mutmut_12(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(self._backend, )

    @staticmethod
    def _load_backend() -> Any:
        return load_backend()

    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_call__mutmut)
    def _call(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_orig(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_1(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = None

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_2(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = None
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_3(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["XXvalueXX"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_4(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["VALUE"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_5(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = None

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_6(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["XXerrorXX"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_7(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["ERROR"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_8(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = None
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_9(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=None, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_10(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name=None, daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_11(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=None)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_12(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_13(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_14(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", )
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_15(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="XXtokenmgr-keyringXX", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_16(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="TOKENMGR-KEYRING", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_17(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=False)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_18(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(None)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_19(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                None)
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_20(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "XXerrorXX" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_21(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "ERROR" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_22(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" not in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_23(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(None, what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_24(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], None) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_25(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_26(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], ) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_27(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["XXerrorXX"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_28(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["ERROR"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_29(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get(None)  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_30(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("XXvalueXX")  # type: ignore[return-value]

    def xǁKeyringAccessǁ_call__mutmut_31(self, fn: Callable[[], T], what: str) -> T:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:  # handed to the caller below
                outcome["error"] = exc

        thread = threading.Thread(target=target, name="tokenmgr-keyring", daemon=True)
        thread.start()
        thread.join(self.deadline)
        if thread.is_alive():
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("VALUE")  # type: ignore[return-value]

    @staticmethod
    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_translate__mutmut)
    def _translate(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_orig(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_1(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = None
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_2(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(None).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_3(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = None
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_4(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(None).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_5(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name != "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_6(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "XXKeyringLockedXX":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_7(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "keyringlocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_8(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KEYRINGLOCKED":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_9(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(None)
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_10(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") and module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_11(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name not in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_12(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("XXNoKeyringErrorXX", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_13(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("nokeyringerror", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_14(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NOKEYRINGERROR", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_15(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "XXInitErrorXX") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_16(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "initerror") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_17(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "INITERROR") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_18(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(None):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_19(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("XXjeepneyXX", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_20(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("JEEPNEY", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_21(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "XXdbusXX")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_22(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "DBUS")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_23(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(None)
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_24(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(None):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_25(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("XXkeyringXX", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_26(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("KEYRING", "secretstorage")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_27(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "XXsecretstorageXX")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_28(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "SECRETSTORAGE")):
            return StoreError(f"The keyring failed ({name}); could not {what}.")
        return exc

    @staticmethod
    def xǁKeyringAccessǁ_translate__mutmut_29(exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, StoreError):
            return exc
        module = type(exc).__module__
        name = type(exc).__name__
        if name == "KeyringLocked":
            return KeyringLockedError(f"The keyring is locked; could not {what}.")
        if name in ("NoKeyringError", "InitError") or module.startswith(("jeepney", "dbus")):
            return KeyringUnavailableError(f"No usable keyring ({name}); could not {what}.")
        if module.startswith(("keyring", "secretstorage")):
            return StoreError(None)
        return exc

    # --- raw calls ---------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_get__mutmut)
    def _get(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_orig(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_1(self, name: str) -> str | None:
        backend = None
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_2(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = None
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_3(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(None,
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_4(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       None)
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_5(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call("read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_6(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       )
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_7(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: None,
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_8(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(None, name),
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_9(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, None),
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_10(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(name),
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_11(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, ),
                                       "read from it")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_12(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       "XXread from itXX")
        return value

    # --- raw calls ---------------------------------------------------------------

    def xǁKeyringAccessǁ_get__mutmut_13(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       "READ FROM IT")
        return value

    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_set__mutmut)
    def _set(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, value), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_orig(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, value), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_1(self, name: str, value: str) -> None:
        backend = None
        self._call(lambda: backend.set_password(self.service, name, value), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_2(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(None, "write to it")

    def xǁKeyringAccessǁ_set__mutmut_3(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, value), None)

    def xǁKeyringAccessǁ_set__mutmut_4(self, name: str, value: str) -> None:
        backend = self.backend
        self._call("write to it")

    def xǁKeyringAccessǁ_set__mutmut_5(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, value), )

    def xǁKeyringAccessǁ_set__mutmut_6(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: None, "write to it")

    def xǁKeyringAccessǁ_set__mutmut_7(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(None, name, value), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_8(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, None, value), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_9(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, None), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_10(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(name, value), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_11(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, value), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_12(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, ), "write to it")

    def xǁKeyringAccessǁ_set__mutmut_13(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, value), "XXwrite to itXX")

    def xǁKeyringAccessǁ_set__mutmut_14(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, value), "WRITE TO IT")

    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_delete__mutmut)
    def _delete(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_orig(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_1(self, name: str) -> bool:
        backend = None

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_2(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(None, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_3(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, None)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_4(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_5(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, )
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_6(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return True
            return True

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_7(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return False

        return self._call(delete, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_8(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(None, "delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_9(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, None)

    def xǁKeyringAccessǁ_delete__mutmut_10(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call("delete from it")

    def xǁKeyringAccessǁ_delete__mutmut_11(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, )

    def xǁKeyringAccessǁ_delete__mutmut_12(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "XXdelete from itXX")

    def xǁKeyringAccessǁ_delete__mutmut_13(self, name: str) -> bool:
        backend = self.backend

        def delete() -> bool:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(self.service, name)
            except PasswordDeleteError:
                return False
            return True

        return self._call(delete, "DELETE FROM IT")

    # --- values of any size --------------------------------------------------------

    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_limit__mutmut)
    def _limit(self) -> int | None:
        return self.max_chars or max_chars_for(self.backend)

    # --- values of any size --------------------------------------------------------

    def xǁKeyringAccessǁ_limit__mutmut_orig(self) -> int | None:
        return self.max_chars or max_chars_for(self.backend)

    # --- values of any size --------------------------------------------------------

    def xǁKeyringAccessǁ_limit__mutmut_1(self) -> int | None:
        return self.max_chars and max_chars_for(self.backend)

    # --- values of any size --------------------------------------------------------

    def xǁKeyringAccessǁ_limit__mutmut_2(self) -> int | None:
        return self.max_chars or max_chars_for(None)

    @_mutmut_mutated(mutants_xǁKeyringAccessǁget__mutmut)
    def get(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_orig(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_1(self, name: str) -> str | None:
        value = None
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_2(self, name: str) -> str | None:
        value = self._get(None)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_3(self, name: str) -> str | None:
        value = self._get(name)
        if value is None and not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_4(self, name: str) -> str | None:
        value = self._get(name)
        if value is not None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_5(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_6(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(None):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_7(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = None
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_8(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(None, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_9(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, None)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_10(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_11(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, )
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_12(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = None
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_13(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(None, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_14(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, None):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_15(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_16(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, ):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_17(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(2, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_18(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = None
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_19(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(None)
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_20(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is not None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_21(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(None)
            parts.append(part)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_22(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(None)
        return "".join(parts)

    def xǁKeyringAccessǁget__mutmut_23(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "".join(None)

    def xǁKeyringAccessǁget__mutmut_24(self, name: str) -> str | None:
        value = self._get(name)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        generation, count, head = self._parse_head(name, value)
        parts = [head]
        for index in range(1, count):
            part = self._get(f"{name}#{generation}/{index}")
            if part is None:
                from tokenmgr.errors import EntryCorruptError

                raise EntryCorruptError(f"The keyring entry {name!r} is missing part {index} "
                                        f"of {count}; it was left untouched.")
            parts.append(part)
        return "XXXX".join(parts)

    @_mutmut_mutated(mutants_xǁKeyringAccessǁset__mutmut)
    def set(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_orig(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_1(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = None
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_2(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(None)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_3(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = None
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_4(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None and len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_5(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is not None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_6(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) < limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_7(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(None, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_8(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, None)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_9(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_10(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, )
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_11(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = None
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_12(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(None)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_13(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(5)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_14(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = None
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_15(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) - 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_16(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 25
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_17(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = None
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_18(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit + header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_19(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size < 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_20(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 1:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_21(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError(None)
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_22(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("XXThe keyring's size limit is too small to split entries.XX")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_23(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("the keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_24(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("THE KEYRING'S SIZE LIMIT IS TOO SMALL TO SPLIT ENTRIES.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_25(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = None
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_26(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = None
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_27(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i - limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_28(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(None, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_29(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, None, limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_30(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), None)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_31(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_32(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_33(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), )]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_34(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(1, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_35(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(None, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_36(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=None):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_37(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_38(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, ):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_39(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=2):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_40(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(None, part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_41(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", None)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_42(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_43(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", )
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_44(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(None, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_45(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, None)
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_46(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_47(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, )
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_48(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) - 1}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_49(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 2}\n{head}")
        if old is not None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_50(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is None:
            self._delete_parts(name, *old)

    def xǁKeyringAccessǁset__mutmut_51(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(None, *old)

    def xǁKeyringAccessǁset__mutmut_52(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(*old)

    def xǁKeyringAccessǁset__mutmut_53(self, name: str, value: str) -> None:
        """Write ``value`` whole, or split in parts when the backend caps its size.

        Parts carry a fresh generation and the head is written last, so a crash
        midway leaves the old value readable; the old parts are removed after."""
        old = self._old_generation(name)
        limit = self._limit()
        if limit is None or len(value) <= limit:
            self._set(name, value)
        else:
            import secrets

            generation = secrets.token_hex(4)
            header_room = len(CHUNK_MARK) + 24
            head_size = limit - header_room
            if head_size <= 0:
                raise StoreError("The keyring's size limit is too small to split entries.")
            head, rest = value[:head_size], value[head_size:]
            tail = [rest[i:i + limit] for i in range(0, len(rest), limit)]
            for index, part in enumerate(tail, start=1):
                self._set(f"{name}#{generation}/{index}", part)
            self._set(name, f"{CHUNK_MARK}{generation}:{len(tail) + 1}\n{head}")
        if old is not None:
            self._delete_parts(name, )

    @_mutmut_mutated(mutants_xǁKeyringAccessǁdelete__mutmut)
    def delete(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(name, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_orig(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(name, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_1(self, name: str) -> bool:
        old = None
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(name, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_2(self, name: str) -> bool:
        old = self._old_generation(None)
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(name, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_3(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = None
        if old is not None:
            self._delete_parts(name, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_4(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(None)
        if old is not None:
            self._delete_parts(name, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_5(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(name)
        if old is None:
            self._delete_parts(name, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_6(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(None, *old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_7(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(*old)
        return deleted

    def xǁKeyringAccessǁdelete__mutmut_8(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(name, )
        return deleted

    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_old_generation__mutmut)
    def _old_generation(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_orig(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_1(self, name: str) -> tuple[str, int] | None:
        current = None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_2(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if (self._limit() is not None) and False else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_3(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if (self._limit() is not None) or True else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_4(self, name: str) -> tuple[str, int] | None:
        current = self._get(None) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_5(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_6(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None and not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_7(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is not None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_8(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_9(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(None):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_10(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = None
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_11(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(None, current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_12(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, None)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_13(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(current)
        return generation, count

    def xǁKeyringAccessǁ_old_generation__mutmut_14(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, )
        return generation, count

    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_delete_parts__mutmut)
    def _delete_parts(self, name: str, generation: str, count: int) -> None:
        for index in range(1, count):
            self._delete(f"{name}#{generation}/{index}")

    def xǁKeyringAccessǁ_delete_parts__mutmut_orig(self, name: str, generation: str, count: int) -> None:
        for index in range(1, count):
            self._delete(f"{name}#{generation}/{index}")

    def xǁKeyringAccessǁ_delete_parts__mutmut_1(self, name: str, generation: str, count: int) -> None:
        for index in range(None, count):
            self._delete(f"{name}#{generation}/{index}")

    def xǁKeyringAccessǁ_delete_parts__mutmut_2(self, name: str, generation: str, count: int) -> None:
        for index in range(1, None):
            self._delete(f"{name}#{generation}/{index}")

    def xǁKeyringAccessǁ_delete_parts__mutmut_3(self, name: str, generation: str, count: int) -> None:
        for index in range(count):
            self._delete(f"{name}#{generation}/{index}")

    def xǁKeyringAccessǁ_delete_parts__mutmut_4(self, name: str, generation: str, count: int) -> None:
        for index in range(1, ):
            self._delete(f"{name}#{generation}/{index}")

    def xǁKeyringAccessǁ_delete_parts__mutmut_5(self, name: str, generation: str, count: int) -> None:
        for index in range(2, count):
            self._delete(f"{name}#{generation}/{index}")

    def xǁKeyringAccessǁ_delete_parts__mutmut_6(self, name: str, generation: str, count: int) -> None:
        for index in range(1, count):
            self._delete(None)

    @staticmethod
    @_mutmut_mutated(mutants_xǁKeyringAccessǁ_parse_head__mutmut)
    def _parse_head(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_orig(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_1(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = None
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_2(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition(None)
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_3(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].rpartition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_4(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("XX\nXX")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_5(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = None
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_6(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(None)
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_7(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.rpartition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_8(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition("XX:XX")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_9(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() and int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_10(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation and not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_11(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_12(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_13(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(None) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_14(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) <= 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_15(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 2:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_16(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(None)
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_17(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "XXit was left untouched.XX")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_18(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "IT WAS LEFT UNTOUCHED.")
        return generation, int(count), head

    @staticmethod
    def xǁKeyringAccessǁ_parse_head__mutmut_19(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(None), head

mutants_xǁKeyringAccessǁ__init____mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut['xǁKeyringAccessǁ__init____mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut['xǁKeyringAccessǁ__init____mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut['xǁKeyringAccessǁ__init____mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut['xǁKeyringAccessǁ__init____mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut['xǁKeyringAccessǁ__init____mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut['xǁKeyringAccessǁ__init____mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ__init____mutmut['xǁKeyringAccessǁ__init____mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ__init____mutmut_7 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁverdict__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁverdict__mutmut['xǁKeyringAccessǁverdict__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁverdict__mutmut_12 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_call__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_13 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_14'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_14 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_15'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_15 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_16'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_16 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_17'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_17 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_18'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_18 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_19'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_19 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_20'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_20 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_21'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_21 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_22'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_22 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_23'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_23 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_24'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_24 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_25'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_25 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_26'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_26 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_27'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_27 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_28'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_28 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_29'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_29 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_30'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_30 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_call__mutmut['xǁKeyringAccessǁ_call__mutmut_31'] = KeyringAccess.xǁKeyringAccessǁ_call__mutmut_31 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_translate__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_13 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_14'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_14 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_15'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_15 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_16'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_16 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_17'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_17 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_18'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_18 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_19'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_19 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_20'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_20 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_21'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_21 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_22'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_22 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_23'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_23 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_24'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_24 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_25'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_25 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_26'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_26 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_27'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_27 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_28'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_28 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_translate__mutmut['xǁKeyringAccessǁ_translate__mutmut_29'] = KeyringAccess.xǁKeyringAccessǁ_translate__mutmut_29 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_get__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_get__mutmut['xǁKeyringAccessǁ_get__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁ_get__mutmut_13 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_set__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_13 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_set__mutmut['xǁKeyringAccessǁ_set__mutmut_14'] = KeyringAccess.xǁKeyringAccessǁ_set__mutmut_14 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_delete__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete__mutmut['xǁKeyringAccessǁ_delete__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁ_delete__mutmut_13 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_limit__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_limit__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_limit__mutmut['xǁKeyringAccessǁ_limit__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_limit__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_limit__mutmut['xǁKeyringAccessǁ_limit__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_limit__mutmut_2 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁget__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_13 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_14'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_14 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_15'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_15 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_16'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_16 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_17'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_17 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_18'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_18 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_19'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_19 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_20'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_20 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_21'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_21 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_22'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_22 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_23'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_23 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁget__mutmut['xǁKeyringAccessǁget__mutmut_24'] = KeyringAccess.xǁKeyringAccessǁget__mutmut_24 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁset__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_13 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_14'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_14 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_15'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_15 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_16'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_16 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_17'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_17 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_18'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_18 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_19'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_19 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_20'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_20 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_21'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_21 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_22'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_22 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_23'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_23 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_24'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_24 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_25'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_25 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_26'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_26 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_27'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_27 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_28'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_28 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_29'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_29 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_30'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_30 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_31'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_31 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_32'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_32 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_33'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_33 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_34'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_34 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_35'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_35 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_36'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_36 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_37'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_37 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_38'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_38 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_39'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_39 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_40'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_40 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_41'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_41 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_42'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_42 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_43'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_43 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_44'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_44 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_45'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_45 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_46'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_46 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_47'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_47 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_48'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_48 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_49'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_49 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_50'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_50 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_51'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_51 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_52'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_52 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁset__mutmut['xǁKeyringAccessǁset__mutmut_53'] = KeyringAccess.xǁKeyringAccessǁset__mutmut_53 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁdelete__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁdelete__mutmut['xǁKeyringAccessǁdelete__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁdelete__mutmut_8 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_old_generation__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_13 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_old_generation__mutmut['xǁKeyringAccessǁ_old_generation__mutmut_14'] = KeyringAccess.xǁKeyringAccessǁ_old_generation__mutmut_14 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_delete_parts__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_delete_parts__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete_parts__mutmut['xǁKeyringAccessǁ_delete_parts__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_delete_parts__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete_parts__mutmut['xǁKeyringAccessǁ_delete_parts__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_delete_parts__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete_parts__mutmut['xǁKeyringAccessǁ_delete_parts__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_delete_parts__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete_parts__mutmut['xǁKeyringAccessǁ_delete_parts__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_delete_parts__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete_parts__mutmut['xǁKeyringAccessǁ_delete_parts__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_delete_parts__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_delete_parts__mutmut['xǁKeyringAccessǁ_delete_parts__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_delete_parts__mutmut_6 # type: ignore # mutmut generated

mutants_xǁKeyringAccessǁ_parse_head__mutmut['_mutmut_orig'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_1'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_2'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_3'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_4'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_5'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_6'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_7'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_8'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_9'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_10'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_10 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_11'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_11 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_12'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_12 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_13'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_13 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_14'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_14 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_15'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_15 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_16'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_16 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_17'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_17 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_18'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_18 # type: ignore # mutmut generated
mutants_xǁKeyringAccessǁ_parse_head__mutmut['xǁKeyringAccessǁ_parse_head__mutmut_19'] = KeyringAccess.xǁKeyringAccessǁ_parse_head__mutmut_19 # type: ignore # mutmut generated
