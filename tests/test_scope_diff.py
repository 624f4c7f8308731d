"""Scopes on re-connect: relative requests, narrowing, what changed, refresh-token loss."""

from __future__ import annotations

import pytest

from tokenmgr.errors import UsageError
from tokenmgr.scope_diff import ScopeChange, narrowed, resolve_scopes


def test_relative_scopes_add_to_and_remove_from_the_current_ones():
    assert resolve_scopes("+repo,-gist", ("read:user", "gist")) == ("read:user", "repo")
    assert resolve_scopes("+repo +read:user", ("read:user",)) == ("read:user", "repo")


def test_plain_scopes_replace_and_are_deduplicated():
    assert resolve_scopes("openid, profile profile", ("email",)) == ("openid", "profile")


@pytest.mark.parametrize(("spec", "words"), [
    ("+repo gist", "mixes"), ("-nope", "does not have it"), ("-a", "every scope"),
    ("+", "names no scope"), (" , ", "empty"),
])
def test_bad_scope_specs_are_refused_clearly(spec, words):
    with pytest.raises(UsageError) as info:
        resolve_scopes(spec, ("a",))
    assert words in str(info.value)


def test_narrowed_lists_what_the_request_leaves_out():
    assert narrowed(("openid", "profile"), ("openid", "profile", "email", "offline_access")) \
        == ("email", "offline_access")
    assert narrowed(("a", "b"), ("a",)) == ()


def test_change_lines_one_per_scope_and_the_refresh_token_loss():
    change = ScopeChange(requested=("openid", "profile", "admin"), granted=("openid", "profile"),
                         previous=("openid", "email", "offline_access"),
                         had_refresh_token=True, has_refresh_token=False)
    assert change.added == ("profile",)
    assert change.removed == ("email", "offline_access")
    assert change.not_granted == ("admin",)
    lines = change.lines()
    assert lines[0].split() == ["+", "profile", "added"]
    assert lines[1].split() == ["-", "email", "removed"]
    assert lines[2].split() == ["-", "offline_access", "removed"]
    assert lines[3].startswith("  ? admin")
    assert "Refresh token lost" in lines[4]
    assert len(lines) == 5


def test_a_new_account_reports_only_what_was_not_granted():
    change = ScopeChange(("read", "write"), ("read",), None, has_refresh_token=True)
    assert change.added == change.removed == ()
    assert [line.split()[:2] for line in change.lines()] == [["?", "write"]]
    assert not ScopeChange(("read",), ("read",), None).changed
