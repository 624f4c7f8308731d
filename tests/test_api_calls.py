"""URL resolution and what is shown of a request: api_calls.py and signing.py helpers."""

from __future__ import annotations

import pytest

from tokenmgr.api_calls import ApiResponse, resolve_url
from tokenmgr.errors import UnsupportedError
from tokenmgr.signing import mask_authorization
from tokenmgr.values.provider import Provider


def test_paths_resolve_against_the_api_base_url_keeping_its_path():
    dropbox = Provider(id="dropbox", name="Dropbox",
                       api_base_url="https://api.dropboxapi.com/2/")
    assert resolve_url(dropbox, "/users/get_current_account") == \
        "https://api.dropboxapi.com/2/users/get_current_account"
    assert resolve_url(dropbox, "files/list_folder") == \
        "https://api.dropboxapi.com/2/files/list_folder"
    assert resolve_url(dropbox, "https://content.dropboxapi.com/2/x") == \
        "https://content.dropboxapi.com/2/x"


def test_a_path_without_an_api_base_url_names_the_setting():
    with pytest.raises(UnsupportedError, match=r"api_base_url in \[providers.corp\]"):
        resolve_url(Provider(id="corp", name="Corp"), "/me")


def test_shown_authorization_values_hide_credentials_and_signatures():
    assert mask_authorization("Bearer abcdefghijklmnopqrstuvwxyz") == "Bearer ••••••••wxyz"
    oauth = ('OAuth oauth_nonce="n", oauth_consumer_key="key", oauth_token="tok-secret-1", '
             'oauth_signature="c2lnbmF0dXJl%3D"')
    shown = mask_authorization(oauth)
    assert "tok-secret-1" not in shown and "c2lnbmF0dXJl" not in shown
    assert 'oauth_consumer_key="key"' in shown and 'oauth_token="••••••••"' in shown


def test_json_is_pretty_printed_only_when_it_is_json():
    def response(body: bytes, ctype: str) -> ApiResponse:
        return ApiResponse("GET", "https://a.test/", 200, {"content-type": ctype}, body)

    assert response(b'{"a":1}', "application/vnd.github+json").pretty_body() == '{\n  "a": 1\n}'
    assert response(b'{"a":1}', "text/plain").pretty_body() == '{"a":1}'
    assert response(b"{broken", "application/json").pretty_body() == "{broken"
    assert response(b"", "text/plain").reason == "OK"
