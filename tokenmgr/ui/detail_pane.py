"""Everything about the selected account: who, the token (masked, eye, Copy), expiry
and the next automatic refresh, scopes, where it is stored, times, provider details,
a banner with the fix for its problem, and slots other parts fill (claims, Try it,
last read). Shows values; owns no service. Provider text is plain text throughout.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.secret import Secret
from tokenmgr.status_text import format_duration
from tokenmgr.store.schema import STATUS_NEEDS_RECONNECT, Account, AccountSummary
from tokenmgr.ui.banner import FIX_RETRY, FIX_SIGN_IN, FIX_UNLOCK, Banner
from tokenmgr.ui.icons import icon
from tokenmgr.ui.secret_field import SecretField
from tokenmgr.ui.text import plain_label
from tokenmgr.values.provider import Provider

SLOTS = ("claims", "try_it", "last_read")


def _format(pattern: str, ts: float) -> str:
    try:
        return time.strftime(pattern, time.localtime(ts))
    except (OverflowError, OSError, ValueError):  # an absurd stored time is worded, not fatal
        return "far in the future" if ts > 0 else "long ago"


def clock_time(ts: float) -> str:
    return _format("%H:%M", ts)


def day_time(ts: float) -> str:
    return _format("%d %b %H:%M", ts)


def expiry_text(summary: AccountSummary, now: float) -> str:
    if summary.expires_at is None:
        return "no expiry"
    left = summary.expires_at - now
    if left <= 0:
        return f"{clock_time(summary.expires_at)} (expired {format_duration(-left)} ago)"
    return f"{clock_time(summary.expires_at)} (in {format_duration(left)})"


def auto_refresh_text(summary: AccountSummary, margin: float) -> str:
    has = "refresh token ✓" if summary.has_refresh_token else "no refresh token"
    if summary.status == STATUS_NEEDS_RECONNECT:
        return f"stopped: sign in again · {has}"
    if not summary.has_refresh_token or summary.expires_at is None:
        return f"not needed · {has}" if summary.expires_at is None else f"not possible · {has}"
    return f"at {clock_time(summary.expires_at - margin)} · {has}"


def problem_for(summary: AccountSummary, note: str, provider_name: str,
                locked: bool) -> tuple[str, str] | None:
    """(text, fix) for the banner, or None: derived anew each time, so it goes away
    with the problem."""
    if locked:
        return "Your keyring is locked; unlock it to use this account.", FIX_UNLOCK
    if summary.status == STATUS_NEEDS_RECONNECT:
        return f"{provider_name} no longer accepts this sign-in.", FIX_SIGN_IN
    if note:
        return note, FIX_RETRY
    return None


class DetailPane(QScrollArea):
    reveal_toggled = Signal(bool)
    fix_requested = Signal(str)

    def __init__(self, clock: Callable[[], float], margin: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.margin = margin
        self.setWidgetResizable(True)
        self.setAccessibleName("Account details")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, not the frame
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        self.layout_ = QVBoxLayout(body)
        self.name = plain_label("", body)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.who = plain_label("", body)
        self.banner = Banner(body)
        self.banner.fix_requested.connect(self.fix_requested.emit)
        for widget in (self.name, self.who, self.banner):
            self.layout_.addWidget(widget)

        form = QFormLayout()
        self.token = SecretField("Access token", body)
        self.eye = QToolButton(body)
        self.eye.setCheckable(True)
        self.eye.setIcon(icon("view-reveal"))
        self.eye.setToolTip("Show or hide the token")
        self.eye.setAccessibleName("Show token")
        self.eye.toggled.connect(self.reveal_toggled.emit)
        self.copy_button = QToolButton(body)
        self.header_button = QToolButton(body)
        for button in (self.copy_button, self.header_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token)
        token_row.addWidget(self.eye)
        token_row.addWidget(self.copy_button)
        token_row.addStretch(1)
        header_row = QHBoxLayout()
        self.header = plain_label("", body, wrap=False)
        header_row.addWidget(self.header)
        header_row.addWidget(self.header_button)
        header_row.addStretch(1)
        self.expires = plain_label("", body)
        self.auto_refresh = plain_label("", body)
        self.scopes = plain_label("", body)
        self.stored_in = plain_label("", body)
        self.times = plain_label("", body)
        form.addRow("Access token", token_row)
        form.addRow("Header", header_row)
        form.addRow("Expires", self.expires)
        form.addRow("Auto-refresh", self.auto_refresh)
        form.addRow("Scopes", self.scopes)
        form.addRow("Stored in", self.stored_in)
        form.addRow("Connected", self.times)
        self.layout_.addLayout(form)

        self.slots: dict[str, QVBoxLayout] = {}
        for name in SLOTS:  # other parts (claims inspector, Try it, last read) go here
            holder = QVBoxLayout()
            self.layout_.addLayout(holder)
            self.slots[name] = holder

        self.details_toggle = QToolButton(body)
        self.details_toggle.setText("Provider details")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setAccessibleName("Provider details")
        self.details_toggle.toggled.connect(self._toggle_details)
        self.details = plain_label("", body)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.layout_.addWidget(self.details_toggle)
        self.layout_.addWidget(self.details)
        self.layout_.addStretch(1)
        self.bottom = QHBoxLayout()
        self.bottom.addStretch(1)
        self.layout_.addLayout(self.bottom)
        self.key: str | None = None

    def add_to_slot(self, slot: str, widget: QWidget) -> None:
        """Where the lead embeds other parts: ``claims``, ``try_it``, ``last_read``."""
        self.slots[slot].addWidget(widget)

    def set_actions(self, copy: QAction, copy_header: QAction,
                    bottom: list[QAction]) -> None:
        self.copy_button.setDefaultAction(copy)
        self.header_button.setDefaultAction(copy_header)
        for action in bottom:
            button = QToolButton(self.widget())
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.bottom.addWidget(button)

    def _toggle_details(self, shown: bool) -> None:
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)
        self.details.setVisible(shown)

    def show_summary(self, summary: AccountSummary, provider: Provider | None, note: str,
                     locked: bool) -> None:
        if summary.key != self.key:
            self.token.clear_secret()
            self.eye.setChecked(False)
            self.who.setText("")
            self.stored_in.setText("")
        self.key = summary.key
        provider_name = provider.name if provider else summary.provider_id
        self.name.setText(summary.name)
        if not self.who.text():
            self.who.setText(provider_name)
        problem = problem_for(summary, note, provider_name, locked)
        if problem is None:
            self.banner.clear()
        else:
            self.banner.show_problem(*problem)
        now = self._clock()
        self.header.setText("OAuth 1 signature" if summary.token_type == "OAuth1"
                            else "Bearer ••••••")
        self.expires.setText("unknown while locked" if locked else expiry_text(summary, now))
        self.auto_refresh.setText("" if locked else auto_refresh_text(summary, self.margin))
        self.scopes.setText(" ".join(summary.scopes) or "(none granted)")
        refreshed = (f"refreshed {day_time(summary.refreshed_at)}" if summary.refreshed_at
                     else "not refreshed since")
        self.times.setText("" if locked else f"{day_time(summary.connected_at)} · {refreshed}")
        self.details.setText(provider_details(provider) if provider else
                             "This account's provider is not in the catalogue any more.")

    def show_account(self, account: Account, provider_name: str, stored_in: str) -> None:
        if account.key != self.key:
            return
        profile = account.profile
        name = profile.get("name") or account.name
        email = profile.get("email")
        self.name.setText(name)
        self.who.setText(" · ".join(x for x in (account.name if name != account.name else "",
                                                email, provider_name) if x))
        self.stored_in.setText(stored_in)

    def show_token(self, key: str, secret: Secret) -> None:
        if key == self.key:
            self.token.set_secret(secret)
            self.token.set_revealed(self.eye.isChecked())

    def hide_token(self) -> None:
        self.token.clear_secret()

    def clear(self) -> None:
        self.key = None
        self.token.clear_secret()
        self.eye.setChecked(False)
        for label in (self.name, self.who, self.expires, self.auto_refresh, self.scopes,
                      self.stored_in, self.times, self.details):
            label.setText("")
        self.banner.clear()


def provider_details(provider: Provider) -> str:
    rows = [
        ("Authorization endpoint", provider.authorize_url),
        ("Token endpoint", provider.token_url),
        ("Revocation endpoint", provider.revoke_url),
        ("User info", provider.userinfo_url),
        ("Discovery", provider.discovery_url),
        ("Client id", provider.client_id),
        ("Redirect URI", provider.redirect_uri_to_register),
    ]
    return "\n".join(f"{name}: {value}" for name, value in rows if value)


__all__ = ["SLOTS", "DetailPane", "QLabel"]
