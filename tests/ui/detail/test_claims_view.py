"""The detail pane's decoded-token and token-health widgets (real Qt event loop)."""

from __future__ import annotations

import jwt
import pytest
from PySide6.QtWidgets import QLineEdit

from tokenmgr.secret import Secret
from tokenmgr.store.schema import AccountSummary
from tokenmgr.ui.detail.claims_view import ClaimsView
from tokenmgr.ui.detail.health_view import HealthView
from tokenmgr.values.provider import Provider

pytestmark = pytest.mark.gui

NOW = 1_800_000_000.0
DAY = 86400.0


def id_token(**claims) -> str:
    base = {"iss": "https://idp.test", "aud": "client-1", "exp": NOW + 42 * 60,
            "iat": NOW - 60, "sub": "u1", "roles": ["Admin"], "scp": "repo gist"}
    return jwt.encode({**base, **claims}, "k" * 32, algorithm="HS256",
                      headers={"kid": "kid-1"})


def cells(view: ClaimsView) -> dict[str, list[str]]:
    table = view.table
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)]
            for r in range(table.rowCount())}


def test_a_jwt_shows_header_audience_scopes_roles_and_a_claims_table(qtbot):
    view = ClaimsView(clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.set_token("ID token", Secret(id_token()), verified=True)
    summary = view.summary.text()
    assert "alg=HS256 kid=kid-1" in summary
    assert "Audience: client-1" in summary and "Scopes: repo gist" in summary
    assert "Roles: Admin" in summary and "Signature: verified at connect." in summary
    rows = cells(view)
    assert rows["exp"][0] == "expires" and rows["exp"][2] == "expires in 42 min"
    assert rows["iat"][2] == "1 min ago"
    assert rows["sub"][1] == "u1"
    assert view.table.isVisible()


def test_the_raw_token_stays_masked_until_revealed_and_again_when_hidden(qtbot):
    view = ClaimsView(clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    token = id_token()
    view.set_token("Access token", Secret(token))
    assert view.raw.echoMode() == QLineEdit.EchoMode.Password
    assert token not in view.summary.text() and token not in view.title.text()
    view.reveal.setChecked(True)
    assert view.raw.echoMode() == QLineEdit.EchoMode.Normal
    view.hide()
    assert view.raw.echoMode() == QLineEdit.EchoMode.Password
    view.show()
    view.set_token("Access token", Secret("another-opaque-token"))
    assert not view.reveal.isChecked()


def test_an_opaque_token_is_said_so_and_has_no_table(qtbot):
    view = ClaimsView(clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.set_token("Access token", Secret("gho_opaque0123456789"))
    assert "Opaque token" in view.summary.text()
    assert not view.table.isVisible() and view.table.rowCount() == 0
    view.set_token("ID token", None)
    assert view.summary.text() == "No id token." and not view.raw.isVisible()


def test_claim_values_are_plain_text(qtbot):
    view = ClaimsView(clock=lambda: NOW)
    qtbot.addWidget(view)
    view.set_token("ID token", Secret(id_token(name="<b>bold</b><img src=x>")))
    assert cells(view)["name"][1] == "<b>bold</b><img src=x>"
    from PySide6.QtCore import Qt

    assert view.summary.textFormat() == Qt.TextFormat.PlainText


def test_health_view_warns_ahead_of_a_documented_limit(qtbot):
    view = HealthView(clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    ms = Provider(id="ms", name="Microsoft", refresh_token_inactivity_days=90,
                  refresh_token_limits_source="https://learn.microsoft.com/x")
    summary = AccountSummary("ms", "1", "alice", has_refresh_token=True,
                             connected_at=NOW - 100 * DAY, refreshed_at=NOW - 86 * DAY)
    view.set_account(summary, ms)
    assert "Refresh token: present" in view.lines.text()
    assert "Source: https://learn.microsoft.com/x" in view.lines.text()
    assert view.warning.isVisible() and "in 4 d" in view.warning.text()
    view.set_account(summary, None)
    assert not view.warning.isVisible()
