"""The stored entry format (tokenmgr.store.schema): the exact text an account entry and
the index hold in the real Secret Service, what is tolerated when reading them back,
and the specific error each kind of damaged entry gets (the entry is left as it was)."""

from __future__ import annotations

import json
from dataclasses import replace
from types import MappingProxyType

import pytest

from tests.store.test_token_store import ACCESS, make_account
from tokenmgr.errors import EntryCorruptError
from tokenmgr.secret import Secret
from tokenmgr.store.schema import (
    STATUS_NEEDS_RECONNECT,
    Account,
    AccountSummary,
    account_entry_name,
    client_secret_entry_name,
    decode_index,
    decode_index_readable,
    encode_index,
)
from tokenmgr.values.tokens import TokenSet

ENTRY = "account/github/42"

TOKENS = ('{"access_token":"acc3ss-Token-0123456789abcdefghij","expires_at":1700003600.0,'
          '"id_token":"eyJ-id-token-0123456789abcdefghij","obtained_at":1700000000.0,'
          '"refresh_token":"r3fresh-Token-0123456789abcdefghij","scopes":["read:user"],'
          '"token_secret":null,"token_type":"Bearer"}')


def stored_account() -> Account:
    """An account with every optional field set, as after a failed refresh."""
    return replace(make_account(), profile=MappingProxyType({"email": "a@example.com"}),
                   status=STATUS_NEEDS_RECONNECT, refreshed_at=1_700_000_500.0,
                   last_error="invalid_grant")


def test_an_account_entry_and_the_index_hold_exactly_the_documented_layout(
        session_keyring, tmp_path):
    store = session_keyring.store(tmp_path)
    store.save(stored_account())
    assert session_keyring.names() == {"index", ENTRY}
    assert session_keyring.get(ENTRY) == (
        '{"account_id":"42","connected_at":1700000000.0,"kind":"account",'
        '"last_error":"invalid_grant","name":"user-42","profile":{"email":"a@example.com"},'
        '"provider":"github","redirect_uri":"http://127.0.0.1:53682/callback",'
        '"refreshed_at":1700000500.0,"status":"needs_reconnect","tokens":' + TOKENS
        + ',"version":1}')
    assert session_keyring.get("index") == (
        '{"accounts":[{"account_id":"42","connected_at":1700000000.0,'
        '"expires_at":1700003600.0,"has_refresh_token":true,"last_error":"invalid_grant",'
        '"name":"user-42","provider":"github","refreshed_at":1700000500.0,'
        '"scopes":["read:user"],"status":"needs_reconnect","token_type":"Bearer"}],'
        '"kind":"index","version":1}')
    assert store.load("github:42") == stored_account()
    assert store.summaries() == [stored_account().summary()]


def test_the_summary_of_an_account_without_refresh_token_or_expiry():
    tokens = TokenSet(Secret(ACCESS), token_type="mac", scopes=("a", "b"))
    account = replace(make_account(), tokens=tokens)
    assert account.summary() == AccountSummary(
        provider_id="github", account_id="42", name="user-42", status="active",
        expires_at=None, scopes=("a", "b"), token_type="mac", has_refresh_token=False,
        connected_at=1_700_000_000.0, refreshed_at=None, last_error=None)
    assert decode_index(encode_index([account.summary()])) == [account.summary()]


@pytest.mark.parametrize("key, entry", [
    ("github:42", "account/github/42"),
    ("custom:urn:user:7", "account/custom/urn:user:7"),  # the provider id ends at the first ':'
])
def test_entry_names(key, entry):
    assert account_entry_name(key) == entry


def test_client_secret_entry_name():
    assert client_secret_entry_name("gitlab") == "client-secret/gitlab"


# --- reading back: what older or hand-edited entries may lack ------------------------------

MINIMAL = {"version": 1, "kind": "account", "provider": "github", "account_id": "42",
           "name": "alice", "tokens": {"access_token": ACCESS}}


def test_a_minimal_account_entry_reads_with_the_defaults():
    account = Account.from_json(json.dumps(MINIMAL), ENTRY)
    assert account == Account(provider_id="github", account_id="42", name="alice",
                              tokens=TokenSet(Secret(ACCESS)), status="active",
                              connected_at=0.0, refreshed_at=None, last_error=None,
                              redirect_uri=None)
    assert dict(account.profile) == {}
    assert account.key == "github:42"


def test_odd_optional_fields_are_read_as_plain_values_or_dropped():
    data = {**MINIMAL, "profile": {"id": 7, "admin": True}, "redirect_uri": 5,
            "last_error": ["x"], "connected_at": None, "refreshed_at": "12.5",
            "token_type": ""}
    account = Account.from_json(json.dumps(data), ENTRY)
    assert dict(account.profile) == {"id": "7", "admin": "True"}
    assert account.redirect_uri is None
    assert account.last_error is None
    assert account.connected_at == 0.0
    assert account.refreshed_at == 12.5


def test_a_minimal_index_row_reads_with_the_defaults():
    row = {"provider": "github", "account_id": "42", "name": "alice"}
    index = json.dumps({"version": 1, "kind": "index", "accounts": [
        row, {**row, "account_id": "43", "scopes": None, "token_type": None,
              "has_refresh_token": 1, "connected_at": 0, "last_error": "boom",
              "expires_at": "100", "status": "needs_reconnect"}]})
    assert decode_index(index) == [
        AccountSummary(provider_id="github", account_id="42", name="alice",
                       status="active", expires_at=None, scopes=(), token_type="Bearer",
                       has_refresh_token=False, connected_at=0.0, refreshed_at=None,
                       last_error=None),
        AccountSummary(provider_id="github", account_id="43", name="alice",
                       status="needs_reconnect", expires_at=100.0, scopes=(),
                       token_type="Bearer", has_refresh_token=True, connected_at=0.0,
                       refreshed_at=None, last_error="boom"),
    ]


def test_no_index_yet_means_no_accounts():
    assert decode_index(None) == []
    assert decode_index_readable(None) == ([], [])


# --- damaged entries: one specific message each ------------------------------------------


def traceback_shows_only(exc: BaseException) -> bool:
    """No inner exception (which may quote the stored text) is shown with this one."""
    return exc.__cause__ is None and (exc.__context__ is None or exc.__suppress_context__)


def shape_error(kind: str, at: str) -> str:
    return (f"The keyring entry {ENTRY!r} has an unexpected shape ({kind} at {at!r}); "
            "it was left untouched.")


def with_(**changes) -> str:
    return json.dumps({**MINIMAL, **changes})


def without(key: str) -> str:
    return json.dumps({k: v for k, v in MINIMAL.items() if k != key})


@pytest.mark.parametrize("text, message", [
    ("{not json", f"The keyring entry {ENTRY!r} is not valid JSON; it was left untouched."),
    ("[1, 2]", f"The keyring entry {ENTRY!r} is not a JSON object."),
    (with_(version=2), f"The keyring entry {ENTRY!r} has version '2', this tokenmgr reads "
                       "version 1; it was left untouched."),
    (with_(version="1"), f"The keyring entry {ENTRY!r} has version '1', this tokenmgr reads "
                         "version 1; it was left untouched."),
    (without("version"), f"The keyring entry {ENTRY!r} has version 'None', this tokenmgr "
                         "reads version 1; it was left untouched."),
    (with_(version="2.0.0-beta.1+build"),  # shown cut to ten characters
     f"The keyring entry {ENTRY!r} has version '2.0.0-beta', this tokenmgr reads "
     "version 1; it was left untouched."),
    (with_(kind="index"), shape_error("ValueError", "kind")),
    (without("kind"), shape_error("ValueError", "kind")),
    (without("provider"), shape_error("KeyError", "'provider'")),
    (with_(provider=""), shape_error("ValueError", "provider")),
    (with_(account_id=42), shape_error("ValueError", "account_id")),
    (without("name"), shape_error("KeyError", "'name'")),
    (with_(status="weird"), shape_error("ValueError", "status")),
    (with_(status=None), shape_error("ValueError", "status")),
    (with_(refreshed_at="NaN"), shape_error("ValueError", "not a finite number")),
    (with_(expires_at="soon"), shape_error("ValueError",
                                           "could not convert string to float: 'soon")),
    (with_(connected_at="x" * 60), shape_error("ValueError",
                                               "could not convert string to float: 'xxxx")),
    (with_(scopes=5), shape_error("TypeError", "'int' object is not iterable")),
    (with_(profile=["a"]), shape_error("ValueError", "profile")),
    (without("tokens"), shape_error("KeyError", "'tokens'")),
    (with_(tokens={"access_token": ""}), shape_error("ValueError", "access_token")),
    (with_(tokens="opaque"), shape_error("TypeError", "string indices must be integers, "
                                                      "not 'st")),
])
def test_a_damaged_account_entry_gets_a_specific_error(text, message):
    with pytest.raises(EntryCorruptError) as info:
        Account.from_json(text, ENTRY)
    assert str(info.value) == message
    assert traceback_shows_only(info.value)


def test_loading_a_damaged_entry_from_the_keyring_names_it_and_leaves_it(session_keyring,
                                                                          tmp_path):
    store = session_keyring.store(tmp_path)
    store.save(make_account())
    damaged = with_(status="paused")
    session_keyring.put(ENTRY, damaged)
    with pytest.raises(EntryCorruptError) as info:
        store.load("github:42")
    assert str(info.value) == shape_error("ValueError", "status")
    assert session_keyring.get(ENTRY) == damaged


ROW = {"provider": "github", "account_id": "1", "name": "alice"}
INDEX_SHAPE = ("The keyring's account index has an unexpected shape ({}); it was left "
               "untouched.")


def index_of(*rows, **changes) -> str:
    return json.dumps({"version": 1, "kind": "index", "accounts": list(rows), **changes})


@pytest.mark.parametrize("text, message", [
    ("", "The keyring entry 'index' is not valid JSON; it was left untouched."),
    ('"index"', "The keyring entry 'index' is not a JSON object."),
    (index_of(version=99), "The keyring entry 'index' has version '99', this tokenmgr "
                           "reads version 1; it was left untouched."),
    (index_of(kind="account"), INDEX_SHAPE.format("ValueError")),
    (index_of(accounts={}), INDEX_SHAPE.format("ValueError")),
    (index_of({"provider": "github"}), INDEX_SHAPE.format("KeyError")),
    (index_of("github:1"), INDEX_SHAPE.format("AttributeError")),
    (index_of({**ROW, "scopes": 3}), INDEX_SHAPE.format("TypeError")),
    (index_of(ROW, {**ROW, "status": "gone"}), INDEX_SHAPE.format("ValueError")),
])
def test_a_damaged_index_gets_a_specific_error(text, message):
    with pytest.raises(EntryCorruptError) as info:
        decode_index(text)
    assert str(info.value) == message
    assert traceback_shows_only(info.value)


def test_a_list_shows_the_readable_rows_of_an_index_and_why_others_were_skipped():
    text = index_of(
        ROW, "github:2", {**ROW, "account_id": "3", "name": ""},
        {"provider": "github", "account_id": "4"}, {**ROW, "status": "paused"},
        {**ROW, "expires_at": float("inf")}, {**ROW, "connected_at": 10**400},
        {**ROW, "refreshed_at": "x" * 60}, {**ROW, "expires_at": "LAX"},
        {**ROW, "account_id": "9", "name": "zoe"})
    summaries, skipped = decode_index_readable(text)
    assert [(s.account_id, s.name) for s in summaries] == [("1", "alice"), ("9", "zoe")]
    assert skipped == [
        "entry 2 (TypeError at 'not an object')",
        "entry 3 (ValueError at 'name')",
        "entry 4 (KeyError at 'name')",
        "entry 5 (ValueError at 'status')",
        "entry 6 (ValueError at 'not a finite number')",
        "entry 7 (OverflowError at 'int too large to convert to float')",
        "entry 8 (ValueError at \"could not convert string to float: 'xxxx\")",
        "entry 9 (ValueError at \"could not convert string to float: 'LAX\")",
    ]


@pytest.mark.parametrize("text", [index_of(kind="accounts"), index_of(accounts="1,2"),
                                  json.dumps({"version": 1, "kind": "index"})])
def test_a_list_of_an_index_of_the_wrong_shape_is_refused_as_a_whole(text):
    with pytest.raises(EntryCorruptError) as info:
        decode_index_readable(text)
    assert str(info.value) == ("The keyring's account index has an unexpected shape; "
                               "it was left untouched.")


def test_a_list_of_an_index_of_another_version_is_refused_as_a_whole():
    with pytest.raises(EntryCorruptError) as info:
        decode_index_readable(index_of(ROW, version=2))
    assert str(info.value) == ("The keyring entry 'index' has version '2', this tokenmgr "
                               "reads version 1; it was left untouched.")


def test_listing_from_the_keyring_skips_damaged_rows_and_leaves_the_index(session_keyring,
                                                                          tmp_path):
    store = session_keyring.store(tmp_path)
    store.save(make_account("1"))
    store.save(make_account("2"))
    text = index_of(ROW, {**ROW, "account_id": "2", "status": "paused"})
    session_keyring.put("index", text)
    summaries, skipped = store.readable_summaries()
    assert [s.key for s in summaries] == ["github:1"]
    assert skipped == ["entry 2 (ValueError at 'status')"]
    assert session_keyring.get("index") == text
