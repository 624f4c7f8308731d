"""What `tokenmgr inspect` and the claims table show for a token: the exact notes for
tokens that cannot be read, the rows of the table, the header summary and the
``--json`` shape."""

from __future__ import annotations

import base64
import json

import jwt
import pytest

from tokenmgr.oauth.claims import (
    ClaimRow,
    claim_row,
    decode_token,
    header_summary,
    local_time,
    plain,
    relative,
    to_json,
)

NOW = 1_800_000_000.0
OPAQUE = "Opaque token: it carries no readable claims; only the provider knows what it grants."
NOT_BASE64 = "Not a readable JWT (its parts are not base64url JSON); treated as opaque."
NOT_OBJECTS = "Not a readable JWT (header or claims are not JSON objects); treated as opaque."
JWE = "Encrypted JWT (JWE): only its audience can read it."


def b64(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


# --- which tokens are readable, and the exact note for the others ---------------------

@pytest.mark.parametrize(("token", "kind", "note"), [
    ("gho_16C7e42F292c6912E7710c838347Ae178B4a", "opaque", OPAQUE),
    ("." + b64({"sub": "x"}) + ".sig", "opaque", OPAQUE),            # no header
    (b64({"alg": "HS256"}) + "..sig", "opaque", OPAQUE),             # no claims
    ("e30!!." + b64({"sub": "x"}) + ".sig", "opaque", NOT_BASE64),   # not base64url
    (b64({"alg": "HS256"}) + "." + base64.urlsafe_b64encode(b"\xff\xfe").decode() + ".s",
     "opaque", NOT_BASE64),                                          # not UTF-8
    (b64(["alg"]) + "." + b64({"sub": "x"}) + ".sig", "opaque", NOT_OBJECTS),
    (b64({"alg": "HS256"}) + "." + b64("just text") + ".sig", "opaque", NOT_OBJECTS),
    ("eyJhbGciOiJSU0EtT0FFUCJ9.key.iv.ciphertext.tag", "jwe", JWE),
])
def test_a_token_that_cannot_be_read_gets_the_exact_note(token, kind, note):
    decoded = decode_token(token)
    assert (decoded.kind, decoded.note) == (kind, note)
    assert not decoded.is_jwt and decoded.claims == {} and decoded.header == {}


def test_an_unsecured_jwt_with_an_empty_signature_is_still_read():
    # alg "none" tokens (RFC 7519 6.1) end in "."; they are displayed like any other
    token = b64({"alg": "none"}) + "." + b64({"sub": "u-1"}) + "."
    decoded = decode_token(token)
    assert decoded.is_jwt and decoded.note == ""
    assert decoded.header == {"alg": "none"} and decoded.claims == {"sub": "u-1"}


def test_base64url_characters_and_missing_padding_are_read():
    # "?>" encodes to "-" in base64url and "/" would be "_": both alphabets' extras
    claims = {"sub": "a?>", "n": "??~"}
    token = jwt.encode(claims, "k" * 32, algorithm="HS256")
    payload = token.split(".")[1]
    assert "-" in payload or "_" in payload
    assert decode_token(f"  {token}\n").claims == claims


# --- the rows of the claims table ------------------------------------------------------

@pytest.mark.parametrize(("name", "value", "row"), [
    ("scope", "repo   read:user  gist", ClaimRow("scope", "scopes", "repo read:user gist")),
    ("scp", "User.Read  Mail.Send", ClaimRow("scp", "scopes", "User.Read Mail.Send")),
    ("name", "Ann  Lee", ClaimRow("name", "name", "Ann  Lee")),
    ("groups", ["admins", "dev ops"], ClaimRow("groups", "groups", "admins, dev ops")),
    ("amr", ["pwd", 2], ClaimRow("amr", "auth methods", '["pwd", 2]')),
    ("ver", 2, ClaimRow("ver", "", "2")),
    ("exp", True, ClaimRow("exp", "expires", "true")),
    ("x_custom", {"b": 1, "a": "Zoë"}, ClaimRow("x_custom", "", '{"a": "Zoë", "b": 1}')),
    ("email_verified", False, ClaimRow("email_verified", "", "false")),
])
def test_claim_rows_show_name_label_and_value_in_words(name, value, row):
    assert claim_row(name, value, NOW) == row


@pytest.mark.parametrize(("name", "offset", "label", "detail"), [
    ("exp", 42 * 60, "expires", "expires in 42 min"),
    ("exp", 0, "expires", "expired 0 s ago"),
    ("nbf", 30.5, "not before", "in 30 s"),
    ("iat", -3600, "issued", "1 h ago"),
    ("auth_time", -7200, "signed in", "2 h ago"),
    ("updated_at", -3 * 86400, "profile updated", "3 d ago"),
])
def test_time_claims_show_local_time_and_how_far_away(name, offset, label, detail):
    assert claim_row(name, NOW + offset, NOW) == ClaimRow(
        name, label, local_time(NOW + offset), detail)


@pytest.mark.parametrize(("delta", "exp_words", "other_words"), [
    (0, "expired 0 s ago", "0 s ago"),
    (1, "expires in 1 s", "in 1 s"),
    (0.5, "expires in 0 s", "in 0 s"),
    (-1, "expired 1 s ago", "1 s ago"),
])
def test_relative_words_at_the_moment_of_the_time(delta, exp_words, other_words):
    assert relative(NOW + delta, NOW, name="exp") == exp_words
    assert relative(NOW + delta, NOW, name="iat") == other_words
    assert relative(NOW + delta, NOW) == other_words


# --- plain text of provider values -----------------------------------------------------

@pytest.mark.parametrize(("value", "text"), [
    ({"z": 1, "a": [True, None]}, '{"a": [true, null], "z": 1}'),
    (["Zoë", "東京"], '["Zoë", "東京"]'),
    ("x" * 300, "x" * 300),
    ("x" * 301, "x" * 299 + "…"),
    ("tab\there", "tab here"),
])
def test_plain_shows_values_as_one_readable_line(value, text):
    assert plain(value) == text


# --- header summary and the --json shape -----------------------------------------------

def test_header_summary_keeps_the_known_keys_in_order_as_plain_text():
    token = jwt.encode({"sub": "x"}, "k" * 32, algorithm="HS256",
                       headers={"kid": "key\n1", "cty": "JWT", "x5t": "thumb", "jku": "u"})
    assert header_summary(decode_token(token)) == {
        "alg": "HS256", "kid": "key 1", "typ": "JWT", "cty": "JWT"}
    assert header_summary(decode_token("opaque")) == {}


def test_json_shape_of_a_jwt_is_complete():
    claims = {"iss": "https://idp.test", "aud": ["api://a", 7], "scope": "read  write",
              "roles": "Admin", "exp": NOW + 60, "iat": NOW - 60, "nbf": True,
              "auth_time": "yesterday"}
    token = jwt.encode(claims, "k" * 32, algorithm="HS256", headers={"kid": "k1"})
    assert to_json(decode_token(token), NOW) == {
        "format": "jwt",
        "header": {"alg": "HS256", "kid": "k1", "typ": "JWT"},
        "claims": claims,
        "audience": ["api://a", "7"],
        "scopes": ["read", "write"],
        "roles": ["Admin"],
        "times": {
            "exp": {"epoch": NOW + 60, "local": local_time(NOW + 60),
                    "relative": "expires in 1 min"},
            "iat": {"epoch": NOW - 60, "local": local_time(NOW - 60),
                    "relative": "1 min ago"},
        },
    }


def test_json_shape_of_a_jwt_without_lists_or_times():
    token = jwt.encode({"sub": "x", "scp": ["a", "b"], "roles": 3}, "k" * 32,
                       algorithm="HS256")
    out = to_json(decode_token(token), NOW)
    assert (out["audience"], out["scopes"], out["roles"], out["times"]) == (
        [], ["a", "b"], [], {})
    assert "note" not in out


def test_json_shape_of_an_encrypted_token_is_its_format_and_note():
    assert to_json(decode_token("h.k.iv.c.t"), NOW) == {"format": "jwe", "note": JWE}
