"""Logging that cannot leak secrets (SECURITY.md #28).

requests-oauthlib, oauthlib and urllib3 log tokens, codes and bodies at DEBUG.
The redacting filter sits on the *handlers* (a logger's own filter does not
see its children's records) and those loggers stay at WARNING unless
``--debug`` is given — and even then their output passes the filter.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
from typing import TextIO

from tokenmgr.values.text import plain

_SECRET_KEYS = (
    r"access_token|refresh_token|id_token|client_secret|code_verifier|code|state|"
    r"oauth_token_secret|oauth_token|oauth_verifier|oauth_signature|token|password|assertion"
)
_PATTERN_SOURCES = (
    # key=value in query strings and form bodies
    r"(?i)\b(" + _SECRET_KEYS + r")=([^&\s'\"]+)",
    # "key": "value" and 'key': 'value' in JSON and dict reprs
    r"(?i)([\"'](?:" + _SECRET_KEYS + r")[\"']\s*:\s*[\"'])([^\"']*)",
    # Authorization headers: Bearer/Basic credentials, OAuth 1 parameter lists
    r"(?i)\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*",
    r"\b(OAuth)\s+(?=oauth_)[^\r\n]*",
)
_REPLACEMENTS = (r"\1=***", r"\1***", r"\1 ***", r"\1 ***")
NOISY_LOGGERS = ("requests_oauthlib", "oauthlib", "urllib3", "keyring", "secretstorage")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(source) for source in _PATTERN_SOURCES)  # compiled on first use


def redact(text: str) -> str:
    for pattern, replacement in zip(_patterns(), _REPLACEMENTS, strict=True):
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = plain(redact(message), keep_newlines=True)  # the log is a terminal too
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = plain(redact(record.exc_text), keep_newlines=True)
        record.msg, record.args = redacted, None
        return True


_installed: logging.Handler | None = None


def configure_logging(debug: bool = False, stream: TextIO | None = None) -> logging.Handler:
    """Install (or replace) tokenmgr's one redacting stderr handler on the root logger."""
    global _installed
    root = logging.getLogger()
    if _installed is not None:
        root.removeHandler(_installed)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("tokenmgr: %(levelname)s: %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.WARNING)
    _installed = handler
    return handler


def remove_logging() -> None:
    """Take tokenmgr's handler off the root logger (embedding, tests)."""
    global _installed
    if _installed is not None:
        logging.getLogger().removeHandler(_installed)
        _installed = None
