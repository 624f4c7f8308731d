"""When the browser cannot reach tokenmgr (another machine, SSH), the connect page
takes the address it landed on: validated like a redirect, and the sign-in ends."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

pytestmark = pytest.mark.gui


def landing_for(url: str, **params: str) -> str:
    query = parse_qs(urlsplit(url).query)
    return query["redirect_uri"][0] + "?" + urlencode(
        {"state": query["state"][0], **params})


def test_pasting_the_landing_address_in_the_connect_page_connects(qtbot, window, browser):
    browser.answer = None  # the browser never reaches the catcher
    window.connect_provider("example")
    page = window.sheet.connect_page
    qtbot.waitUntil(lambda: page.landing is not None and bool(browser.urls), timeout=5000)
    page.landing_toggle.click()
    assert page.landing.isVisibleTo(page)
    forged = landing_for(browser.urls[0], code="the-code").replace("state=", "state=x")
    page.landing.field.setText(forged)
    page.landing.submit()
    assert "state" in page.landing.error.text()  # refused, the sign-in still waits
    with qtbot.waitSignal(window.connect_finished, timeout=15000) as blocker:
        page.landing.field.setText(landing_for(browser.urls[0], code="the-code"))
        page.landing.submit()
    assert blocker.args[0].name == "alice"
