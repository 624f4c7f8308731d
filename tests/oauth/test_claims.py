"""Decoding a token for display: JWT header and claims, times in words, opaque said so."""

from __future__ import annotations

import base64
import json
import os
import time

import jwt
import pytest

from tokenmgr.oauth.claims import decode_token, local_time, plain, relative, to_json
from tokenmgr.secret import Secret

NOW = 1_800_000_000.0


def make_jwt(claims, header=None, key="k" * 32):
    return jwt.encode(claims, key, algorithm="HS256", headers=header or {"kid": "key-1"})


def test_a_jwt_access_token_shows_header_audience_scopes_roles():
    token = make_jwt({"iss": "https://idp.test", "aud": ["api://one", "api://two"],
                      "scp": "repo read:user", "roles": ["Admin", "Reader"],
                      "exp": NOW + 42 * 60, "iat": NOW - 3600, "sub": "u-1"})
    decoded = decode_token(Secret(token))
    assert decoded.is_jwt
    assert decoded.header["alg"] == "HS256" and decoded.header["kid"] == "key-1"
    assert decoded.audience == ("api://one", "api://two")
    assert decoded.scopes == ("repo", "read:user")
    assert decoded.roles == ("Admin", "Reader")
    rows = {row.name: row for row in decoded.rows(NOW)}
    assert rows["exp"].detail == "expires in 42 min"
    assert rows["iat"].detail == "1 h ago"
    assert rows["exp"].value == local_time(NOW + 42 * 60)
    assert rows["aud"].value == "api://one, api://two"
    assert rows["aud"].label == "audience"


def test_scope_as_a_list_and_a_single_audience():
    decoded = decode_token(make_jwt({"scope": ["a", "b"], "aud": "client-1"}))
    assert decoded.scopes == ("a", "b")
    assert decoded.audience == ("client-1",)


def test_times_are_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert local_time(0).startswith("1970-01-01 09:00:00")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert os.environ.get("TZ") is None


@pytest.mark.parametrize(("token", "kind", "words"), [
    ("gho_16C7e42F292c6912E7710c838347Ae178B4a", "opaque", "Opaque token"),
    ("a.b", "opaque", "Opaque token"),
    ("e30.!!!.sig", "opaque", "Not a readable JWT"),
    (base64.urlsafe_b64encode(b"[1]").decode().rstrip("=") + ".e30.x", "opaque",
     "not JSON objects"),
    ("eyJhbGciOiJSU0EtT0FFUCJ9.key.iv.ciphertext.tag", "jwe", "Encrypted"),
])
def test_tokens_that_are_not_readable_jwts_are_said_so(token, kind, words):
    decoded = decode_token(token)
    assert decoded.kind == kind
    assert words in decoded.note
    assert decoded.rows(NOW) == []


def test_relative_words():
    assert relative(NOW - 90, NOW, name="exp") == "expired 1 min ago"
    assert relative(NOW + 7200, NOW) == "in 2 h"
    assert relative(NOW - 3 * 86400, NOW) == "3 d ago"


def test_provider_text_is_plain_one_line_and_cut():
    assert plain("evil\x1b[2J\nname") == "evil [2J name"
    assert len(plain("x" * 1000)) == 300


def test_json_shape_keeps_claims_and_adds_times():
    token = make_jwt({"exp": NOW + 60, "nbf": NOW, "aud": "c", "name": "Ann"})
    out = to_json(decode_token(token), NOW)
    assert out["format"] == "jwt"
    assert out["claims"]["name"] == "Ann"
    assert out["times"]["exp"]["relative"] == "expires in 1 min"
    assert out["times"]["exp"]["epoch"] == NOW + 60
    assert "nbf" in out["times"] and "iat" not in out["times"]
    assert to_json(decode_token("opaque-token"), NOW) == {
        "format": "opaque", "note": decode_token("opaque-token").note}


def test_a_time_claim_out_of_range_is_shown_raw():
    decoded = decode_token(make_jwt({"exp": 10 ** 20}))
    row = decoded.rows(NOW)[0]
    assert row.value == str(10 ** 20) and row.detail == ""


def test_decoding_never_verifies_or_needs_a_key():
    # a token signed with a key we do not have still decodes: this is display only
    token = make_jwt({"sub": "x"}, key="s" * 40)
    header, payload, _ = token.split(".")
    tampered = f"{header}.{payload}.AAAA"
    assert decode_token(tampered).claims == {"sub": "x"}
    assert json.loads(base64.urlsafe_b64decode(payload + "==")) == {"sub": "x"}
