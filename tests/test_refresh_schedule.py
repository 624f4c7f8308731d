"""Which accounts the window refreshes, and how it backs off (issue 17: untested before)."""

from __future__ import annotations

import pytest

from tokenmgr.refresh_schedule import BASE_BACKOFF, MAX_BACKOFF, MIN_INTERVAL, RefreshSchedule
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, AccountSummary

NOW = 1_800_000_000.0
MARGIN = 300.0


def summary(account_id="1", *, expires_in: float | None = 100.0, refresh=True,
            status="active") -> AccountSummary:
    return AccountSummary(provider_id="acme", account_id=account_id, name=f"n{account_id}",
                          status=status, has_refresh_token=refresh,
                          expires_at=None if expires_in is None else NOW + expires_in)


def test_due_only_active_refreshable_accounts_expiring_within_the_margin():
    schedule = RefreshSchedule(MARGIN)
    rows = [
        summary("soon", expires_in=MARGIN),                       # exactly at the margin: due
        summary("later", expires_in=MARGIN + 1),                  # not yet
        summary("expired", expires_in=-10),                       # expired, refreshable: due
        summary("norefresh", refresh=False),                      # cannot refresh
        summary("noexpiry", expires_in=None),                     # never expires
        summary("reconnect", status=STATUS_NEEDS_RECONNECT),      # needs re-connect: never
    ]
    assert schedule.due(rows, NOW) == ["acme:soon", "acme:expired"]


def test_in_flight_accounts_are_not_due_twice():
    schedule = RefreshSchedule(MARGIN)
    schedule.started("acme:1")
    assert schedule.due([summary("1")], NOW) == []


def test_backoff_doubles_from_the_base_up_to_the_cap():
    schedule = RefreshSchedule(MARGIN)
    delays = []
    for _ in range(8):
        schedule.started("acme:1")
        delays.append(schedule.failed("acme:1", NOW))
    assert delays == [30.0, 60.0, 120.0, 240.0, 480.0, 900.0, 900.0, 900.0]
    assert (BASE_BACKOFF, MAX_BACKOFF) == (30.0, 900.0)


def test_a_failed_account_is_due_again_exactly_when_its_backoff_ends():
    schedule = RefreshSchedule(MARGIN)
    schedule.started("acme:1")
    delay = schedule.failed("acme:1", NOW)
    assert schedule.due([summary("1")], NOW + delay - 0.001) == []
    assert schedule.due([summary("1")], NOW + delay) == ["acme:1"]


def test_success_resets_the_backoff():
    schedule = RefreshSchedule(MARGIN)
    for _ in range(3):
        schedule.failed("acme:1", NOW)
    schedule.succeeded("acme:1", NOW)
    assert schedule.failed("acme:1", NOW) == BASE_BACKOFF


def test_after_a_success_the_account_waits_at_least_one_minute():
    """A token living shorter than the margin must not loop on refresh."""
    assert MIN_INTERVAL == 60.0
    schedule = RefreshSchedule(MARGIN)
    schedule.started("acme:1")
    schedule.succeeded("acme:1", NOW)
    short_lived = summary("1", expires_in=30)  # still within the margin after refreshing
    assert schedule.due([short_lived], NOW + 59.999) == []
    assert schedule.due([short_lived], NOW + 60) == ["acme:1"]


def test_giving_up_forgets_the_account_and_its_status_keeps_it_off_the_list():
    schedule = RefreshSchedule(MARGIN)
    schedule.started("acme:1")
    schedule.failed("acme:1", NOW)
    schedule.gave_up("acme:1")
    assert schedule.due([summary("1", status=STATUS_NEEDS_RECONNECT)], NOW + 10_000) == []
    # re-connected later: due at once, and a new failure starts from the base again
    assert schedule.due([summary("1")], NOW) == ["acme:1"]
    assert schedule.failed("acme:1", NOW) == BASE_BACKOFF


@pytest.mark.parametrize("base, cap", [(5.0, 20.0), (1.0, 1.0)])
def test_backoff_parameters_are_honoured(base, cap):
    schedule = RefreshSchedule(MARGIN, base_backoff=base, max_backoff=cap)
    delays = [schedule.failed("acme:1", NOW) for _ in range(4)]
    assert delays == [min(cap, base * 2 ** n) for n in range(4)]
