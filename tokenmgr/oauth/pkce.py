"""``state`` and PKCE (RFC 7636, S256 only) from the OS random source.

A failing random source raises: a flow must never start with a guessable
``state`` or verifier.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

from tokenmgr.secret import Secret

STATE_BYTES = 32  # 256 bits, well over the 128 the BCP asks for
VERIFIER_BYTES = 32  # 43 base64url characters


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_state() -> Secret:
    return Secret(_b64url(secrets.token_bytes(STATE_BYTES)))


def new_code_verifier() -> Secret:
    return Secret(_b64url(secrets.token_bytes(VERIFIER_BYTES)))


def code_challenge_s256(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


@dataclass(frozen=True)
class Pkce:
    verifier: Secret
    challenge: str
    method: str = "S256"

    @classmethod
    def new(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(verifier, code_challenge_s256(verifier.reveal()))
