from __future__ import annotations

import pytest

from tokenmgr.desktop_locale import desktop_locale, posix_to_bcp47


@pytest.mark.parametrize(("name", "tag"), [
    ("de_DE.UTF-8", "de-DE"), ("pt_BR", "pt-BR"), ("fr", "fr"), ("ca_ES@valencia", "ca-ES"),
    ("es_419.UTF-8", "es-419"), ("C", None), ("POSIX", None), ("C.UTF-8", None), ("", None),
    ("1x_YY", None), ("en_USA", "en"),
])
def test_posix_names_become_bcp47_tags(name, tag):
    assert posix_to_bcp47(name) == tag


def test_the_desktop_locale_follows_gettexts_order():
    assert desktop_locale({"LANG": "de_DE.UTF-8"}) == "de-DE"
    assert desktop_locale({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR"}) == "fr-FR"
    assert desktop_locale({"LC_ALL": "it_IT", "LC_MESSAGES": "fr_FR"}) == "it-IT"
    assert desktop_locale({"LANG": "de_DE.UTF-8", "LANGUAGE": "nl_NL:de"}) == "nl-NL"
    assert desktop_locale({"LANG": "C", "LANGUAGE": "nl_NL"}) is None  # as gettext does
    assert desktop_locale({}) is None
