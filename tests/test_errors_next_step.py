"""Every typed sign-in error says what to do next, and both faces show it."""

from __future__ import annotations

import pytest

from tokenmgr import errors
from tokenmgr.errors import (
    BadRequestError,
    BadStateError,
    CsrfError,
    FlowTimeoutError,
    IssuerMismatchError,
    NotApprovedError,
    ProviderError,
    TokenEndpointError,
)


@pytest.mark.parametrize("cls", [BadRequestError, BadStateError, CsrfError, NotApprovedError,
                                 IssuerMismatchError, FlowTimeoutError])
def test_each_redirect_error_recommends_a_step(cls):
    assert cls("x").next_step


def test_the_steps_are_the_ones_the_dropbox_sdk_documents():
    assert "start the sign-in again" in BadStateError("x").next_step.lower()
    assert "approve" in NotApprovedError("x").next_step.lower()
    assert "connect again" in NotApprovedError("x").next_step.lower()


def test_provider_errors_get_a_step_by_code_and_the_clock_for_timestamps():
    assert "scopes" in ProviderError("invalid_scope").next_step
    assert "minutes" in ProviderError("temporarily_unavailable").next_step
    assert "clock" in TokenEndpointError("http_400", "timestamp_refused").next_step
    assert "clock" in TokenEndpointError("http_401", "request refused").next_step
    assert "Connect the account again" in errors.InvalidGrantError("invalid_grant").next_step
    assert ProviderError("something_new").next_step  # never empty


def test_the_cli_prints_message_and_step_on_one_line(capsys, monkeypatch):
    from tokenmgr.cli import main, token

    def refuse(args):
        raise NotApprovedError("The sign-in was not approved.")

    monkeypatch.setattr(token, "run", refuse)
    assert main(["token", "example"]) == NotApprovedError.exit_code
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("tokenmgr: The sign-in was not approved. Next: To give tokenmgr")
    from tokenmgr.logsetup import remove_logging

    remove_logging()


def test_the_window_shows_the_step_under_the_message():
    from tokenmgr.ui.errors import describe_error

    text = describe_error(CsrfError("The redirect's state does not match."))
    assert text.splitlines() == ["The redirect's state does not match.", CsrfError.next_step]
    assert describe_error(errors.FlowCancelledError("Sign-in cancelled.")) == "Sign-in cancelled."
