"""Token health: expected end from the provider's documented limits, warnings, keep-alive."""

from __future__ import annotations

from dataclasses import replace

from tokenmgr.health import DAY, health_for, token_health
from tokenmgr.refresh_schedule import RefreshSchedule
from tokenmgr.store.schema import AccountSummary
from tokenmgr.values.provider import Provider

NOW = 1_800_000_000.0


def summary(**kw) -> AccountSummary:
    base = AccountSummary("ms", "1", "alice", expires_at=NOW + 3600, has_refresh_token=True,
                          connected_at=NOW - 100 * DAY, refreshed_at=NOW - 85 * DAY)
    return replace(base, **kw)


def test_inactivity_limit_counts_from_the_last_refresh():
    health = token_health(summary(), inactivity_days=90, source="https://docs")
    assert health.expected_end == NOW + 5 * DAY
    assert health.end_rule == "90 days without use"
    assert health.obtained_at == NOW - 85 * DAY
    assert health.age(NOW) == 85 * DAY
    assert "expected to stop working in 5 d" in health.warning(NOW)
    assert health.keep_alive_due(NOW)
    assert any(line == "Source: https://docs" for line in health.lines(NOW))


def test_absolute_lifetime_counts_from_the_authorization_and_refresh_does_not_extend_it():
    spotify = token_health(summary(connected_at=NOW - 170 * DAY, refreshed_at=NOW - 1),
                           lifetime_days=183)
    assert spotify.expected_end == NOW + 13 * DAY
    assert spotify.end_rule == "183 days from the authorization"
    assert spotify.warning(NOW) is None  # 13 days out: beyond the one-week warning
    assert not spotify.keep_alive_due(NOW)  # refreshing cannot help


def test_short_limits_warn_a_quarter_ahead():
    testing = token_health(summary(connected_at=NOW - 5.5 * DAY, refreshed_at=None),
                           lifetime_days=7)
    assert "in 1 d" in testing.warning(NOW)  # 1.5 days left, within 7/4 days
    assert token_health(summary(connected_at=NOW - 4 * DAY, refreshed_at=None),
                        lifetime_days=7).warning(NOW) is None


def test_the_earlier_of_two_limits_wins():
    both = token_health(summary(connected_at=NOW - 360 * DAY, refreshed_at=NOW - DAY),
                        lifetime_days=365, inactivity_days=90)
    assert both.expected_end == NOW + 5 * DAY
    assert both.end_rule == "365 days from the authorization"


def test_past_end_and_no_refresh_token_are_said_plainly():
    past = token_health(summary(refreshed_at=NOW - 95 * DAY), inactivity_days=90)
    assert "probably stopped working" in past.warning(NOW)
    assert not past.keep_alive_due(NOW)  # too late for a keep-alive
    none = token_health(summary(has_refresh_token=False), inactivity_days=90)
    assert none.warning(NOW) is None
    assert none.lines(NOW)[0].startswith("Refresh token: none")


def test_no_documented_limit_means_no_end_and_no_warning():
    health = health_for(summary(), None)
    assert health.expected_end is None and health.warning(NOW) is None
    assert "Expected end: none documented by the provider" in health.lines(NOW)


def test_keep_alive_schedule_picks_accounts_near_an_inactivity_limit():
    ms = Provider(id="ms", name="Microsoft", refresh_token_inactivity_days=90)
    fresh = summary(account_id="2", refreshed_at=NOW - DAY)
    stale = summary()
    no_limit = summary(provider_id="gh", account_id="3")
    schedule = RefreshSchedule(300.0)
    providers = {"ms": ms, "gh": Provider(id="gh", name="GitHub")}
    assert schedule.keep_alive_due([fresh, stale, no_limit], providers, NOW) == ["ms:1"]
    schedule.started("ms:1")
    assert schedule.keep_alive_due([stale], providers, NOW) == []
    schedule.failed("ms:1", NOW, retry_after=120.0)
    assert schedule.keep_alive_due([stale], providers, NOW + 60) == []
    assert schedule.keep_alive_due([stale], providers, NOW + 121) == ["ms:1"]


def test_google_preset_documents_its_limit_with_a_source():
    from tokenmgr.providers.config import load_catalog

    google = load_catalog(None).providers["google"]
    assert google.refresh_token_inactivity_days == 180
    assert google.refresh_token_limits_source.startswith("https://developers.google.com/")


def test_every_preset_limit_has_a_source_and_the_documented_numbers():
    from tokenmgr.providers.config import load_catalog

    presets = load_catalog(None).providers
    limited = {pid: p for pid, p in presets.items()
               if p.refresh_token_lifetime_days or p.refresh_token_inactivity_days}
    assert all(p.refresh_token_limits_source.startswith("https://") for p in limited.values())
    assert presets["microsoft"].refresh_token_inactivity_days == 90
    assert presets["spotify"].refresh_token_lifetime_days == 183
    assert presets["slack"].refresh_token_inactivity_days == 30
    assert (presets["atlassian"].refresh_token_inactivity_days,
            presets["atlassian"].refresh_token_lifetime_days) == (90, 365)
