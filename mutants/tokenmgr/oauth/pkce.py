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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__b64url__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__b64url__mutmut)
def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def x__b64url__mutmut_orig(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def x__b64url__mutmut_1(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode(None)


def x__b64url__mutmut_2(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(None).decode("ascii")


def x__b64url__mutmut_3(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).lstrip(b"=").decode("ascii")


def x__b64url__mutmut_4(data: bytes) -> str:
    return base64.urlsafe_b64encode(None).rstrip(b"=").decode("ascii")


def x__b64url__mutmut_5(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"XX=XX").decode("ascii")


def x__b64url__mutmut_6(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("XXasciiXX")


def x__b64url__mutmut_7(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ASCII")

mutants_x__b64url__mutmut['_mutmut_orig'] = x__b64url__mutmut_orig # type: ignore # mutmut generated
mutants_x__b64url__mutmut['x__b64url__mutmut_1'] = x__b64url__mutmut_1 # type: ignore # mutmut generated
mutants_x__b64url__mutmut['x__b64url__mutmut_2'] = x__b64url__mutmut_2 # type: ignore # mutmut generated
mutants_x__b64url__mutmut['x__b64url__mutmut_3'] = x__b64url__mutmut_3 # type: ignore # mutmut generated
mutants_x__b64url__mutmut['x__b64url__mutmut_4'] = x__b64url__mutmut_4 # type: ignore # mutmut generated
mutants_x__b64url__mutmut['x__b64url__mutmut_5'] = x__b64url__mutmut_5 # type: ignore # mutmut generated
mutants_x__b64url__mutmut['x__b64url__mutmut_6'] = x__b64url__mutmut_6 # type: ignore # mutmut generated
mutants_x__b64url__mutmut['x__b64url__mutmut_7'] = x__b64url__mutmut_7 # type: ignore # mutmut generated
mutants_x_new_state__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_new_state__mutmut)
def new_state() -> Secret:
    return Secret(_b64url(secrets.token_bytes(STATE_BYTES)))


def x_new_state__mutmut_orig() -> Secret:
    return Secret(_b64url(secrets.token_bytes(STATE_BYTES)))


def x_new_state__mutmut_1() -> Secret:
    return Secret(None)


def x_new_state__mutmut_2() -> Secret:
    return Secret(_b64url(None))


def x_new_state__mutmut_3() -> Secret:
    return Secret(_b64url(secrets.token_bytes(None)))

mutants_x_new_state__mutmut['_mutmut_orig'] = x_new_state__mutmut_orig # type: ignore # mutmut generated
mutants_x_new_state__mutmut['x_new_state__mutmut_1'] = x_new_state__mutmut_1 # type: ignore # mutmut generated
mutants_x_new_state__mutmut['x_new_state__mutmut_2'] = x_new_state__mutmut_2 # type: ignore # mutmut generated
mutants_x_new_state__mutmut['x_new_state__mutmut_3'] = x_new_state__mutmut_3 # type: ignore # mutmut generated
mutants_x_new_code_verifier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_new_code_verifier__mutmut)
def new_code_verifier() -> Secret:
    return Secret(_b64url(secrets.token_bytes(VERIFIER_BYTES)))


def x_new_code_verifier__mutmut_orig() -> Secret:
    return Secret(_b64url(secrets.token_bytes(VERIFIER_BYTES)))


def x_new_code_verifier__mutmut_1() -> Secret:
    return Secret(None)


def x_new_code_verifier__mutmut_2() -> Secret:
    return Secret(_b64url(None))


def x_new_code_verifier__mutmut_3() -> Secret:
    return Secret(_b64url(secrets.token_bytes(None)))

mutants_x_new_code_verifier__mutmut['_mutmut_orig'] = x_new_code_verifier__mutmut_orig # type: ignore # mutmut generated
mutants_x_new_code_verifier__mutmut['x_new_code_verifier__mutmut_1'] = x_new_code_verifier__mutmut_1 # type: ignore # mutmut generated
mutants_x_new_code_verifier__mutmut['x_new_code_verifier__mutmut_2'] = x_new_code_verifier__mutmut_2 # type: ignore # mutmut generated
mutants_x_new_code_verifier__mutmut['x_new_code_verifier__mutmut_3'] = x_new_code_verifier__mutmut_3 # type: ignore # mutmut generated
mutants_x_code_challenge_s256__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_code_challenge_s256__mutmut)
def code_challenge_s256(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def x_code_challenge_s256__mutmut_orig(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def x_code_challenge_s256__mutmut_1(verifier: str) -> str:
    return _b64url(None)


def x_code_challenge_s256__mutmut_2(verifier: str) -> str:
    return _b64url(hashlib.sha256(None).digest())


def x_code_challenge_s256__mutmut_3(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode(None)).digest())


def x_code_challenge_s256__mutmut_4(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("XXasciiXX")).digest())


def x_code_challenge_s256__mutmut_5(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("ASCII")).digest())

mutants_x_code_challenge_s256__mutmut['_mutmut_orig'] = x_code_challenge_s256__mutmut_orig # type: ignore # mutmut generated
mutants_x_code_challenge_s256__mutmut['x_code_challenge_s256__mutmut_1'] = x_code_challenge_s256__mutmut_1 # type: ignore # mutmut generated
mutants_x_code_challenge_s256__mutmut['x_code_challenge_s256__mutmut_2'] = x_code_challenge_s256__mutmut_2 # type: ignore # mutmut generated
mutants_x_code_challenge_s256__mutmut['x_code_challenge_s256__mutmut_3'] = x_code_challenge_s256__mutmut_3 # type: ignore # mutmut generated
mutants_x_code_challenge_s256__mutmut['x_code_challenge_s256__mutmut_4'] = x_code_challenge_s256__mutmut_4 # type: ignore # mutmut generated
mutants_x_code_challenge_s256__mutmut['x_code_challenge_s256__mutmut_5'] = x_code_challenge_s256__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPkceǁnew__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Pkce:
    verifier: Secret
    challenge: str
    method: str = "S256"

    @classmethod
    @_mutmut_mutated(mutants_xǁPkceǁnew__mutmut, is_classmethod = True)
    def new(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(verifier, code_challenge_s256(verifier.reveal()))

    @classmethod
    def xǁPkceǁnew__mutmut_orig(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(verifier, code_challenge_s256(verifier.reveal()))

    @classmethod
    def xǁPkceǁnew__mutmut_1(cls) -> Pkce:
        verifier = None
        return cls(verifier, code_challenge_s256(verifier.reveal()))

    @classmethod
    def xǁPkceǁnew__mutmut_2(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(None, code_challenge_s256(verifier.reveal()))

    @classmethod
    def xǁPkceǁnew__mutmut_3(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(verifier, None)

    @classmethod
    def xǁPkceǁnew__mutmut_4(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(code_challenge_s256(verifier.reveal()))

    @classmethod
    def xǁPkceǁnew__mutmut_5(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(verifier, )

    @classmethod
    def xǁPkceǁnew__mutmut_6(cls) -> Pkce:
        verifier = new_code_verifier()
        return cls(verifier, code_challenge_s256(None))

mutants_xǁPkceǁnew__mutmut['_mutmut_orig'] = Pkce.xǁPkceǁnew__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPkceǁnew__mutmut['xǁPkceǁnew__mutmut_1'] = Pkce.xǁPkceǁnew__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPkceǁnew__mutmut['xǁPkceǁnew__mutmut_2'] = Pkce.xǁPkceǁnew__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPkceǁnew__mutmut['xǁPkceǁnew__mutmut_3'] = Pkce.xǁPkceǁnew__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPkceǁnew__mutmut['xǁPkceǁnew__mutmut_4'] = Pkce.xǁPkceǁnew__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPkceǁnew__mutmut['xǁPkceǁnew__mutmut_5'] = Pkce.xǁPkceǁnew__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPkceǁnew__mutmut['xǁPkceǁnew__mutmut_6'] = Pkce.xǁPkceǁnew__mutmut_6 # type: ignore # mutmut generated
