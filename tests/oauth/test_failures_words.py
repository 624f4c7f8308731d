"""The words of a failed token request (busy provider, invalid_grant) and the retry
schedule, checked directly: exact messages, Retry-After parsing, back-off with an
injected sleep."""

from __future__ import annotations

import time

import pytest

from tokenmgr.errors import (
    InvalidGrantError,
    NetworkError,
    OfflineError,
    ProviderBusyError,
    TokenEndpointError,
)
from tokenmgr.oauth.failures import (
    busy_error,
    explain_invalid_grant,
    is_transient,
    parse_retry_after,
    with_retries,
)

TAIL = " The account is fine; nothing needs re-connecting — try again later."


# --- "Provider busy" -------------------------------------------------------------------

@pytest.mark.parametrize(("status", "retry_after", "text"), [
    (429, 7.0, "Provider busy: the provider is rate-limiting requests (HTTP 429). "
               "It asks to wait 7 s." + TAIL),
    (408, None, "Provider busy: the provider timed out waiting for the request (HTTP 408)."
     + TAIL),
    (503, 119.4, "Provider busy: the provider is having trouble (HTTP 503). "
                 "It asks to wait 119 s." + TAIL),
    (503, 120.0, "Provider busy: the provider is having trouble (HTTP 503). "
                 "It asks to wait 2 min." + TAIL),
    (502, 0.0, "Provider busy: the provider is having trouble (HTTP 502). "
               "It asks to wait 0 s." + TAIL),
    (500, None, "Provider busy: the provider is having trouble (HTTP 500)." + TAIL),
])
def test_busy_error_says_what_the_provider_did_and_how_long_to_wait(status, retry_after,
                                                                    text):
    error = busy_error(status, retry_after)
    assert str(error) == text
    assert (error.status, error.retry_after) == (status, retry_after)


def test_busy_error_names_the_host_when_given():
    assert str(busy_error(429, None, host="api.example.com")).startswith(
        "Provider busy: api.example.com is rate-limiting requests (HTTP 429).")


# --- Retry-After ------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "seconds"), [
    (" 7 ", 7.0),
    ("0", 0.0),
    ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
    ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),        # already past: no wait, not negative
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ("Wed, 21 Oct 2015 07:28:00 -0000", None),     # "-0000": zone unknown, so unusable
    ("", None),
    ("-5", None),
    ("1.5", None),
    ("soon", None),
])
def test_retry_after_values(value, seconds):
    assert parse_retry_after(value, now=1445412480.0) == seconds


def test_retry_after_as_a_date_counts_from_the_current_time_by_default():
    before = time.time()
    wait = parse_retry_after("Fri, 01 Jan 2100 00:00:00 GMT")
    after = time.time()
    assert wait is not None
    assert 4102444800.0 - after <= wait <= 4102444800.0 - before


# --- invalid_grant ----------------------------------------------------------------------

GENERIC = "the provider no longer accepts the refresh token — it was revoked, expired or replaced"


@pytest.mark.parametrize(("description", "cause", "code"), [
    (None, GENERIC, None),
    ("", GENERIC, None),
    ("AADSTS9002313: Invalid request.", GENERIC + " (the provider says: AADSTS9002313: "
     "Invalid request.)", "AADSTS9002313"),
    ("Bad\tthing\n", GENERIC + " (the provider says: Bad thing)", None),
    ("AADSTS700084: SPA token", "the refresh token of a single-page app expired after 24 "
                                "hours", "AADSTS700084"),
    ("AADSTS70043: frequency", "the sign-in expired (a Conditional Access sign-in frequency "
                               "or session limit)", "AADSTS70043"),
    ("Interaction_Required", "the provider wants you to sign in again (multi-factor or a "
                             "policy check)", None),
    ("AADSTS54005: OAuth2 Authorization code was already redeemed", "the refresh token was "
     "already used (replaced by a newer one, e.g. by another copy of it); rotating providers "
     "accept each one only once", "AADSTS54005"),
    ("user PASSWORD changed", "the grant ended because the password was changed", None),
    ("Token expired", "the refresh token has expired", None),
    ("Refresh token does not exist", "the provider does not know this refresh token any "
     "more (revoked, expired, or dropped past the provider's limit of live tokens)", None),
])
def test_invalid_grant_cause_and_provider_code(description, cause, code):
    why = explain_invalid_grant(InvalidGrantError("invalid_grant", description))
    assert (why.cause, why.code) == (cause, code)


def test_only_the_first_200_characters_of_a_description_are_read():
    why = explain_invalid_grant(InvalidGrantError("invalid_grant", "x" * 199 + "revoked"))
    assert why.cause == GENERIC + " (the provider says: " + "x" * 199 + "r)"


def test_grant_failure_sentences():
    why = explain_invalid_grant(InvalidGrantError("invalid_grant", "AADSTS700082: idle"))
    assert why.short() == "The refresh token expired after 90 days without use [AADSTS700082]."
    assert why.sentence("entra:ann") == (
        "entra:ann needs re-connect: the refresh token expired after 90 days without use "
        "[AADSTS700082]. Fix: tokenmgr connect entra:ann (or Re-connect in the window).")
    plain = explain_invalid_grant(InvalidGrantError("invalid_grant", None))
    assert plain.short() == (
        "The provider no longer accepts the refresh token — it was revoked, expired or "
        "replaced.")


# --- retries ------------------------------------------------------------------------------

class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class Calls:
    """Raises the given failures in turn, then answers "ok"."""

    def __init__(self, *failures: BaseException) -> None:
        self.failures = list(failures)
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


def offline() -> OfflineError:
    return OfflineError("Offline? no connection")


def test_retries_up_to_the_number_of_attempts_with_doubling_waits():
    sleeps = Sleeps()
    call = Calls(offline(), offline(), offline(), offline())
    with pytest.raises(OfflineError):
        with_retries(call, sleep=sleeps, attempts=4, base=0.5)
    assert call.count == 4 and sleeps == [0.5, 1.0, 2.0]


def test_a_failure_then_success_returns_the_answer():
    sleeps = Sleeps()
    call = Calls(offline(), busy_error(503, None))
    assert with_retries(call, sleep=sleeps) == "ok"
    assert call.count == 3 and sleeps == [1.0, 2.0]


def test_a_single_attempt_is_never_repeated():
    sleeps = Sleeps()
    call = Calls(offline())
    with pytest.raises(OfflineError):
        with_retries(call, sleep=sleeps, attempts=1)
    assert call.count == 1 and sleeps == []


@pytest.mark.parametrize(("retry_after", "sleeps_seen", "calls"), [
    (30.0, [30.0], 2),     # exactly the limit: waited
    (30.5, [], 1),         # over it: reported instead
    (0.0, [0.0], 2),
])
def test_retry_after_is_waited_up_to_the_limit(retry_after, sleeps_seen, calls):
    sleeps = Sleeps()
    call = Calls(busy_error(429, retry_after))
    if calls == 1:
        with pytest.raises(ProviderBusyError):
            with_retries(call, sleep=sleeps)
    else:
        assert with_retries(call, sleep=sleeps) == "ok"
    assert call.count == calls and sleeps == sleeps_seen


@pytest.mark.parametrize("failure", [busy_error(500, None), busy_error(502, 1.0),
                                     NetworkError("did not answer in time")])
def test_failures_after_which_the_provider_may_have_acted_are_not_repeated(failure):
    sleeps = Sleeps()
    call = Calls(failure)
    with pytest.raises(NetworkError):
        with_retries(call, sleep=sleeps)
    assert call.count == 1 and sleeps == []


@pytest.mark.parametrize(("exc", "transient"), [
    (OfflineError("x"), True),
    (busy_error(429, None), True),
    (NetworkError("x"), True),
    (InvalidGrantError("invalid_grant"), False),
    (TokenEndpointError("invalid_client"), False),
    (ValueError("x"), False),
])
def test_only_network_failures_are_transient(exc, transient):
    assert is_transient(exc) is transient
