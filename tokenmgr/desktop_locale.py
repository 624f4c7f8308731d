"""The desktop's language as a BCP 47 tag, for providers that translate their sign-in page.

A provider declares which authorize parameter carries it (``locale_param``:
``ui_locales`` in OpenID Connect, ``locale`` at Dropbox, ``hl`` at Google);
tokenmgr sends this tag there. POSIX locale names (``de_DE.UTF-8@euro``) are
turned into tags (``de-DE``); ``C``/``POSIX`` or anything unparsable sends nothing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}")
_REGION = re.compile(r"[A-Za-z]{2}|[0-9]{3}")


def posix_to_bcp47(name: str) -> str | None:
    """``pt_BR.UTF-8`` → ``pt-BR``; ``C``, ``POSIX`` and junk → None."""
    base = name.split(".", 1)[0].split("@", 1)[0].strip()
    if base in ("", "C", "POSIX"):
        return None
    language, _, region = base.replace("-", "_").partition("_")
    if not _LANGUAGE.fullmatch(language):
        return None
    if region and not _REGION.fullmatch(region):
        return language.lower()
    return f"{language.lower()}-{region.upper()}" if region else language.lower()


def desktop_locale(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the desktop shows messages in, as gettext picks it: ``LANGUAGE``
    (first entry) unless the locale is C, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``."""
    env = os.environ if environ is None else environ
    chosen = next((env[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(v)), "")
    if posix_to_bcp47(chosen) is None:
        return None
    first = env.get("LANGUAGE", "").split(":", 1)[0]
    return posix_to_bcp47(first) or posix_to_bcp47(chosen)
