"""state and PKCE (SECURITY.md #3) and the Secret wrapper (SECURITY.md #28)."""

from __future__ import annotations

import base64
import string

import pytest

from tokenmgr.oauth import pkce
from tokenmgr.oauth.pkce import Pkce, code_challenge_s256, new_code_verifier, new_state
from tokenmgr.secret import Secret

UNRESERVED = set(string.ascii_letters + string.digits + "-._~")

RFC7636_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC7636_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_s256_challenge_matches_rfc7636_appendix_b_vector():
    assert code_challenge_s256(RFC7636_VERIFIER) == RFC7636_CHALLENGE


def test_challenge_is_unpadded_base64url():
    challenge = code_challenge_s256(RFC7636_VERIFIER)
    assert "=" not in challenge
    assert set(challenge) <= set(string.ascii_letters + string.digits + "-_")
    assert len(base64.urlsafe_b64decode(challenge + "=")) == 32


def test_pkce_new_uses_s256_and_its_challenge_belongs_to_its_verifier():
    p = Pkce.new()
    assert p.method == "S256"
    assert isinstance(p.verifier, Secret)
    assert p.challenge == code_challenge_s256(p.verifier.reveal())


def test_code_verifier_has_43_to_128_unreserved_characters():
    for _ in range(50):
        verifier = new_code_verifier().reveal()
        assert 43 <= len(verifier) <= 128
        assert set(verifier) <= UNRESERVED


def test_code_verifier_comes_from_32_random_bytes(monkeypatch):
    asked: list[int] = []
    real = pkce.secrets.token_bytes

    def spy(n: int) -> bytes:
        asked.append(n)
        return real(n)

    monkeypatch.setattr(pkce.secrets, "token_bytes", spy)
    new_code_verifier()
    assert asked == [32]


def test_code_verifier_is_fresh_per_call():
    verifiers = {new_code_verifier().reveal() for _ in range(100)}
    assert len(verifiers) == 100
    pairs = [Pkce.new() for _ in range(20)]
    assert len({p.verifier.reveal() for p in pairs}) == 20
    assert len({p.challenge for p in pairs}) == 20


def test_state_has_at_least_128_bits_from_secrets(monkeypatch):
    asked: list[int] = []
    real = pkce.secrets.token_bytes

    def spy(n: int) -> bytes:
        asked.append(n)
        return real(n)

    monkeypatch.setattr(pkce.secrets, "token_bytes", spy)
    state = new_state()
    assert len(asked) == 1
    assert asked[0] * 8 >= 128
    raw = base64.urlsafe_b64decode(state.reveal() + "=" * (-len(state.reveal()) % 4))
    assert len(raw) * 8 >= 128


def test_state_is_url_safe_and_fresh_per_call():
    states = [new_state().reveal() for _ in range(100)]
    assert len(set(states)) == 100
    for state in states:
        assert set(state) <= UNRESERVED


def _broken_random(n: int) -> bytes:
    raise OSError("random source unavailable")


@pytest.mark.parametrize("make", [new_state, new_code_verifier, Pkce.new])
def test_failing_random_source_aborts_without_fallback(monkeypatch, make):
    monkeypatch.setattr(pkce.secrets, "token_bytes", _broken_random)
    with pytest.raises(OSError, match="random source unavailable"):
        make()


def test_secret_repr_str_and_format_are_masked():
    value = "s3cr3t-token-value"
    secret = Secret(value)
    shown = [
        repr(secret), str(secret), f"{secret}", f"{secret!r}", f"{secret!s}",
        f"{secret:>40}", format(secret, ""), repr([secret]), repr({"k": secret}),
        "%s" % (secret,),  # noqa: UP031 - the form logging uses
        "%r" % (secret,),  # noqa: UP031
        "{}".format(secret),  # noqa: UP032
    ]
    for text in shown:
        assert value not in text
        assert "***" in text
    assert secret.reveal() == value


def test_secret_masked_hint_shows_at_most_the_tail():
    value = "abcdefghijklmnopqrstuvwxyz"
    hint = Secret(value).masked()
    assert value not in hint
    assert hint.endswith("wxyz")
    assert Secret("short").masked() == "•" * 8


def test_pkce_repr_does_not_show_the_verifier():
    p = Pkce.new()
    assert p.verifier.reveal() not in repr(p)
    assert p.verifier.reveal() not in str(p)
