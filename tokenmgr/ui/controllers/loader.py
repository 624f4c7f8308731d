"""Reading what the list shows (catalog + index) off the UI thread, and the keyring's
state: usable, locked (names from the on-disk hint if readable) or unavailable."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from tokenmgr.accounts import AccountService
from tokenmgr.errors import KeyringLockedError, KeyringUnavailableError, TokenmgrError
from tokenmgr.store.schema import AccountSummary
from tokenmgr.ui.errors import describe_error
from tokenmgr.ui.workers import TaskRunner
from tokenmgr.values.provider import Provider

KEYRING_OK, KEYRING_LOCKED, KEYRING_UNAVAILABLE = "ok", "locked", "unavailable"


@dataclass(frozen=True)
class Snapshot:
    """``summaries`` None: unreadable now, keep showing the accounts known so far."""

    providers: list[Provider]
    summaries: list[AccountSummary] | None
    keyring: str = KEYRING_OK
    problems: list[str] = field(default_factory=list)


def skipped_words(skipped: list[str]) -> str:
    return (f"Skipped {len(skipped)} unreadable account "
            f"entr{'y' if len(skipped) == 1 else 'ies'} in the keyring's index "
            f"({'; '.join(skipped[:3])}{' …' if len(skipped) > 3 else ''}); "
            "they were left untouched.")


def read_snapshot(service: AccountService) -> Snapshot:
    """Runs on a worker. A locked keyring keeps the names known from the hint file."""
    catalog = service.catalog(reload=True)
    providers = list(catalog.providers.values())
    problems = [str(e) for e in catalog.errors]
    try:
        summaries, skipped = service.readable_summaries()
        if skipped:
            problems.append(skipped_words(skipped))
        return Snapshot(providers, summaries, KEYRING_OK, problems)
    except KeyringLockedError:
        hint = service.store.hint() or []
        names = [AccountSummary(provider_id=p, account_id=a, name=n) for p, a, n in hint]
        return Snapshot(providers, names, KEYRING_LOCKED, problems)
    except KeyringUnavailableError as exc:
        return Snapshot(providers, [], KEYRING_UNAVAILABLE, [*problems, describe_error(exc)])
    except TokenmgrError as exc:
        return Snapshot(providers, None, KEYRING_OK, [*problems, describe_error(exc)])


class AccountLoader(QObject):
    """``reload()`` → ``loaded(Snapshot)`` on the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, service: AccountService, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner

    def reload(self) -> None:
        self._runner.submit(lambda: read_snapshot(self._service), self.loaded.emit,
                            lambda exc: self.failed.emit(describe_error(exc)))
