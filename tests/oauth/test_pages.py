"""The pages the loopback catcher shows in the browser (SECURITY.md #8): the title,
message and detail given, provider text HTML-escaped, UTF-8, nothing third-party."""

from __future__ import annotations

import pytest

from tokenmgr.oauth.pages import render_page


def test_a_page_shows_the_title_and_message_and_an_empty_detail_by_default():
    page = render_page("Signed in", "You are connected.").decode("utf-8")
    assert "<title>Signed in</title>" in page
    assert "<h1>Signed in</h1>" in page
    assert "<p>You are connected.</p>" in page
    assert '<p class="detail"></p>' in page


def test_the_detail_has_its_own_paragraph():
    page = render_page("Sign-in failed", "The provider refused: access_denied",
                       "The user said no.").decode("utf-8")
    assert '<p class="detail">The user said no.</p>' in page
    assert "<p>The provider refused: access_denied</p>" in page


@pytest.mark.parametrize("field", ["title", "message", "detail"])
def test_provider_text_is_escaped_in_every_field(field):
    hostile = '<script>alert("x")</script> & <img src=x onerror=y>'
    values = {"title": "t", "message": "m", "detail": "d", field: hostile}
    page = render_page(**values).decode("utf-8")
    assert "<script>" not in page and "<img" not in page
    assert ("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
            "&lt;img src=x onerror=y&gt;") in page


def test_the_page_is_utf8_as_its_meta_tag_says():
    page = render_page("Anmeldung abgeschlossen", "Zurück zu tokenmgr, fertig.", "✓")
    assert '<meta charset="utf-8">' in page.decode("utf-8")
    assert "Zurück zu tokenmgr, fertig.".encode() in page
    assert "✓".encode() in page


def test_the_page_loads_nothing_from_elsewhere():
    page = render_page("Signed in", "You are connected.", "detail").decode("utf-8")
    for marker in ("://", "src=", "href=", "@import", "url("):
        assert marker not in page
