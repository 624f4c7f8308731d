"""The window's recovery panel: link + QR code, a field for the landing address fed to a
real flow's validation (state checked), the device switch; and the scope-change view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tokenmgr.errors import CsrfError
from tokenmgr.oauth.redirect import validate_pasted
from tokenmgr.scope_diff import ScopeChange
from tokenmgr.secret import Secret
from tokenmgr.ui.connect.landing_paste import LandingPastePanel
from tokenmgr.ui.connect.scope_change import ScopeChangeView, narrowing_box

pytestmark = pytest.mark.gui

URL = "https://idp.test/authorize?client_id=c&state=s3cret-state"
LANDING = "http://127.0.0.1:5555/callback"


class Target:
    """Validates like AuthorizationCodeFlow.submit_landing (same function, same state)."""

    def __init__(self) -> None:
        self.codes: list[str] = []

    def __call__(self, text: str) -> None:
        self.codes.append(validate_pasted(text, Secret("s3cret-state")).code.reveal())


def test_panel_shows_the_link_and_a_qr_code(qtbot):
    copied = []
    panel = LandingPastePanel(URL, Target(), landing_prefix=LANDING, copy=copied.append)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.link.text() == URL and panel.link.isReadOnly()
    assert not panel.qr.pixmap().isNull() and panel.qr.pixmap().width() > 100
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert copied == [URL]
    assert not panel.device_button.isVisible()


def test_a_forged_paste_is_refused_in_plain_words_and_a_good_one_is_accepted(qtbot):
    target = Target()
    panel = LandingPastePanel(URL, target, landing_prefix=LANDING)
    qtbot.addWidget(panel)
    panel.show()
    panel.field.setText(f"{LANDING}?code=evil&state=forged")
    panel.submit()
    assert panel.error.isVisible() and "does not match" in panel.error.text()
    assert target.codes == []
    panel.field.setText(f"{LANDING}?code=good&state=s3cret-state")
    with qtbot.waitSignal(panel.accepted, timeout=1000):
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert target.codes == ["good"]
    assert not panel.error.isVisible()
    assert panel.field.text() == "" and not panel.field.isEnabled()


def test_the_device_switch_is_one_button(qtbot):
    panel = LandingPastePanel(URL, Target(), device_available=True)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.device_button.isVisible()
    with qtbot.waitSignal(panel.device_requested, timeout=1000):
        qtbot.mouseClick(panel.device_button, Qt.MouseButton.LeftButton)


def test_errors_from_the_flow_are_shown_not_raised(qtbot):
    def refuse(text: str) -> None:
        raise CsrfError("The redirect's state does not match this sign-in (possible CSRF).")

    panel = LandingPastePanel(URL, refuse)
    qtbot.addWidget(panel)
    panel.field.setText("anything")
    panel.submit()
    assert "possible CSRF" in panel.error.text()
    assert panel.field.isEnabled()


def test_scope_change_view_lists_changes_and_calls_out_the_refresh_token_loss(qtbot):
    view = ScopeChangeView()
    qtbot.addWidget(view)
    view.show()
    view.set_change(ScopeChange(("openid",), ("openid",), ("openid", "offline_access"),
                                had_refresh_token=True, has_refresh_token=False))
    assert view.lines.text().split() == ["-", "offline_access", "removed"]
    assert view.refresh_loss.isVisible()
    assert view.refresh_loss.text().startswith("Refresh token lost")
    view.set_change(ScopeChange(("a",), ("a",), ("a",), True, True))
    assert view.lines.text() == "Scopes unchanged." and not view.refresh_loss.isVisible()


def test_narrowing_confirmation_is_named_and_defaults_to_keeping(qtbot):
    box, drop = narrowing_box(None, "oidc:bob", ("profile", "offline_access"), True)
    qtbot.addWidget(box)
    assert drop.text() == "Drop 2 scopes"
    assert box.defaultButton().text() == "Keep the scopes"
    assert box.escapeButton() is box.defaultButton()
    assert "profile offline_access" in box.text() and "refresh token" in box.text()


def test_qr_label_draws_a_device_grants_complete_uri_and_hides_when_empty(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from tokenmgr.ui.connect.qr_label import QrLabel

    holder = QWidget()
    qtbot.addWidget(holder)
    label = QrLabel(parent=holder)
    QVBoxLayout(holder).addWidget(label)
    holder.show()
    assert not label.isVisible()
    complete = "https://idp.test/device?user_code=WDJB-MJHT"
    label.set_data(complete)
    assert label.isVisible() and not label.pixmap().isNull()
    assert label.toolTip() == complete and label.data == complete
    label.set_data(None)
    assert not label.isVisible() and label.data is None
