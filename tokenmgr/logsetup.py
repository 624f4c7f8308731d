"""Logging that cannot leak secrets (promise 28).

requests-oauthlib, oauthlib and urllib3 log tokens, codes and bodies at DEBUG.
The redacting filter sits on the *handlers* (a logger's own filter does not
see its children's records) and those loggers stay at WARNING unless
``--debug`` is given — and even then their output passes the filter.
"""

from __future__ import annotations

import logging
import re
import sys

_SECRET_KEYS = (
    r"access_token|refresh_token|id_token|client_secret|code_verifier|code|state|"
    r"oauth_token_secret|oauth_token|oauth_verifier|oauth_signature|token|password|assertion"
)
_PATTERNS = (
    # key=value in query strings and form bodies
    re.compile(r"(?i)\b(" + _SECRET_KEYS + r")=([^&\s'\"]+)"),
    # "key": "value" and 'key': 'value' in JSON and dict reprs
    re.compile(r"(?i)([\"'](?:" + _SECRET_KEYS + r")[\"']\s*:\s*[\"'])([^\"']*)"),
    # Authorization headers
    re.compile(r"(?i)\b(Bearer|Basic|OAuth)\s+([^\s'\"]+(?:[^'\"]*)?)"),
)
NOISY_LOGGERS = ("requests_oauthlib", "oauthlib", "urllib3", "keyring", "secretstorage")


def redact(text: str) -> str:
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)}=***", text)
    text = _PATTERNS[1].sub(lambda m: f"{m.group(1)}***", text)
    return _PATTERNS[2].sub(lambda m: f"{m.group(1)} ***", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.msg, record.args = redacted, None
        return True


def configure_logging(debug: bool = False, stream=None) -> logging.Handler:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("tokenmgr: %(levelname)s: %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.WARNING)
    return handler
