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

def backend_is_refused(backend: Any, allowed: Collection[str] = ()) -> bool:
    """True unless the backend is known to protect secrets or the user named it
    (the allow-list: ``backend_policy``)."""
    return not backend_policy.judge(backend, allowed).accepted


def describe_backend(backend: Any) -> str:
    return backend_policy.backend_name(backend)


def _platform_backend() -> Any:
    """The backend keyring's detection would pick here, without scanning every
    installed backend (which costs ~60 ms on each CLI start). None: detect."""
    import os
    import sys

    if sys.platform.startswith(("linux", "freebsd")):
        if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return None  # keyring prefers KWallet there: let detection decide
        from tokenmgr.store.secret_service import PersistentSecretService as Keyring
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
    return Keyring()


def load_backend() -> Any:
    """Choose the backend as keyring does: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``, then the platform's own backend, then full detection."""
    import keyring.core

    chosen = keyring.core.load_env() or keyring.core.load_config() or _platform_backend()
    return persistent(chosen if chosen is not None else keyring.core.get_keyring())


def persistent(backend: Any) -> Any:
    """keyring's own Secret Service backend opens a connection per call: use the
    subclass that keeps one (``store/secret_service.py``); others as they are."""
    if type(backend).__module__ == "keyring.backends.SecretService" \
            and type(backend).__name__ == "Keyring":
        from tokenmgr.store.secret_service import PersistentSecretService

        return PersistentSecretService.adopt(backend)
    return backend


CHUNK_MARK = "tokenmgr-chunks:1:"
WINDOWS_MAX_CHARS = 1200  # Credential Manager keeps 2,560 bytes of UTF-16 per secret


def max_chars_for(backend: Any) -> int | None:
    """The largest value a backend keeps whole; larger ones are split (SECURITY.md #25)."""
    return WINDOWS_MAX_CHARS if type(backend).__module__.startswith("keyring.backends.Windows") \
        else None


class KeyringAccess:
    def __init__(self, backend: Any = None, *, service: str = SERVICE,
                 deadline: float = DEFAULT_DEADLINE, max_chars: int | None = None,
                 allowed_backends: Collection[str] = ()) -> None:
        self._backend = backend
        self.allowed_backends = frozenset(allowed_backends)  # settings.toml's opt-in
        self.service = service
        self.deadline = deadline
        self.max_chars = max_chars
        self._init_lock = threading.Lock()

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

    def verdict(self) -> backend_policy.BackendVerdict:
        """Which backend holds the tokens and why it is accepted (for the window and
        ``tokenmgr list``); may open the keyring: call it off the UI thread."""
        with self._init_lock:
            if self._backend is None:
                self._backend = self._call(self._load_backend, "open the keyring")
        return backend_policy.judge(self._backend, self.allowed_backends)

    @staticmethod
    def _load_backend() -> Any:
        return load_backend()

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
            discard = getattr(self._backend, "discard", None)
            if callable(discard):
                discard()  # the hung call keeps its connection; the next one opens another
            raise KeyringLockedError(
                f"The keyring did not answer within {self.deadline:g} s (is it locked, or is "
                f"an unlock prompt waiting?). Could not {what}.")
        if "error" in outcome:
            raise self._translate(outcome["error"], what) from None
        return outcome.get("value")  # type: ignore[return-value]

    @staticmethod
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

    # --- raw calls ---------------------------------------------------------------

    def _get(self, name: str) -> str | None:
        backend = self.backend
        value: str | None = self._call(lambda: backend.get_password(self.service, name),
                                       "read from it")
        return value

    def _set(self, name: str, value: str) -> None:
        backend = self.backend
        self._call(lambda: backend.set_password(self.service, name, value), "write to it")

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

    # --- values of any size --------------------------------------------------------

    def _limit(self) -> int | None:
        return self.max_chars or max_chars_for(self.backend)

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

    def delete(self, name: str) -> bool:
        old = self._old_generation(name)
        deleted = self._delete(name)
        if old is not None:
            self._delete_parts(name, *old)
        return deleted

    def _old_generation(self, name: str) -> tuple[str, int] | None:
        current = self._get(name) if self._limit() is not None else None
        if current is None or not current.startswith(CHUNK_MARK):
            return None
        generation, count, _ = self._parse_head(name, current)
        return generation, count

    def _delete_parts(self, name: str, generation: str, count: int) -> None:
        for index in range(1, count):
            self._delete(f"{name}#{generation}/{index}")

    @staticmethod
    def _parse_head(name: str, value: str) -> tuple[str, int, str]:
        header, _, head = value[len(CHUNK_MARK):].partition("\n")
        generation, _, count = header.partition(":")
        if not generation or not count.isdigit() or int(count) < 1:
            from tokenmgr.errors import EntryCorruptError

            raise EntryCorruptError(f"The keyring entry {name!r} has a damaged part list; "
                                    "it was left untouched.")
        return generation, int(count), head
