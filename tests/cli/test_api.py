"""`tokenmgr api` in-process on a real loopback server (pytest-httpserver): output on a
terminal and off it, usage errors, redirects, refresh-and-retry and exit codes."""

from __future__ import annotations

import io
import json

import pytest
from werkzeug import Response

from tokenmgr.accounts import AccountService
from tokenmgr.cli import api, build_parser, context
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
from tokenmgr.values.provider import Provider

NOW = 1_800_000_000.0
ACCESS = "access-aaaaaaaaaaaaaaaaaaaa"
FRESH = "access-ffffffffffffffffffff"
REFRESH = "refresh-rrrrrrrrrrrrrrrrrr"


class Terminal(io.BytesIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture
def service(memory_store, httpserver, tmp_path, monkeypatch):
    provider = Provider(
        id="example", name="Example", authorize_url=httpserver.url_for("/authorize"),
        token_url=httpserver.url_for("/token"), client_id="cli-test",
        api_base_url=httpserver.url_for("/v2"))
    svc = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: ProviderCatalog({"example": provider}),
                         clock=lambda: NOW)
    svc.store.save(Account(provider_id="example", account_id="1", name="alice",
                           tokens=TokenSet(Secret(ACCESS), refresh_token=Secret(REFRESH),
                                           expires_at=NOW + 3600, obtained_at=NOW)))
    monkeypatch.setattr(context, "build_service", lambda: svc)
    return svc


def call(*argv: str, tty: bool = False, stdin: str = "") -> tuple[int, bytes, str]:
    args = build_parser().parse_args(["api", "example", *argv])
    out, err = Terminal(tty), io.StringIO()
    code = api.run(args, stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


BODY = '{"name":"Zoë","esc":"\\u001b[2J"}'


def test_relative_url_uses_api_base_url_and_prints_the_exact_bytes_off_a_terminal(
        service, httpserver):
    httpserver.expect_request("/v2/users/me", headers={"Authorization": f"Bearer {ACCESS}"}) \
        .respond_with_data(BODY, content_type="application/json")
    assert call("/users/me") == (0, BODY.encode(), "")


def test_on_a_terminal_json_is_indented_and_escapes_are_made_visible(service, httpserver):
    httpserver.expect_request("/v2/x").respond_with_data(BODY, content_type="application/json")
    code, out, _ = call("/x", tty=True)
    assert code == 0
    assert out.decode() == '{\n  "name": "Zoë",\n  "esc": "\\u001b[2J"\n}\n'
    httpserver.expect_request("/v2/t").respond_with_data("a\x1b]0;title\x07b\n")
    assert call("/t", tty=True)[1] == b"a\\x1b]0;title\\x07b\n"  # shown, not acted on
    assert call("/t")[1] == b"a\x1b]0;title\x07b\n"  # a pipe gets the exact bytes
    code, raw, _ = call("--raw", "/x", tty=True)
    assert raw == BODY.encode()  # --raw: exactly as received


def test_include_prints_status_and_headers_first(service, httpserver):
    httpserver.expect_request("/v2/x").respond_with_data("hi", headers={"X-Rate": "5"})
    code, out, _ = call("-i", "/x")
    assert code == 0
    head, _, body = out.decode().partition("\n\n")
    assert head.splitlines()[0] == "HTTP 200 OK" and "x-rate: 5" in head and body == "hi"


def test_other_statuses_exit_1_naming_the_status(service, httpserver):
    httpserver.expect_request("/v2/gone").respond_with_data("no", status=410)
    code, out, err = call("DELETE", "/gone")
    assert (code, out) == (1, b"no")
    assert f"HTTP 410 Gone (DELETE {httpserver.url_for('/v2/gone')})" in err


def test_redirects_are_not_followed(service, httpserver):
    httpserver.expect_request("/v2/moved").respond_with_response(
        Response("", status=302, headers={"Location": "https://elsewhere.test/"}))
    code, _, err = call("/moved")
    assert code == 1 and "HTTP 302 Found" in err


def test_401_refreshes_once_and_retries_with_the_new_token(service, httpserver):
    httpserver.expect_request("/token", method="POST").respond_with_json(
        {"access_token": FRESH, "token_type": "bearer", "expires_in": 3600})
    httpserver.expect_request("/v2/x", headers={"Authorization": f"Bearer {ACCESS}"}) \
        .respond_with_data("expired", status=401)
    httpserver.expect_request("/v2/x", headers={"Authorization": f"Bearer {FRESH}"}) \
        .respond_with_data("ok")
    assert call("/x") == (0, b"ok", "")
    assert service.token("example").reveal() == FRESH


def test_401_with_a_refreshed_token_is_a_rejection_and_the_account_stays_active(
        service, httpserver):
    httpserver.expect_request("/token", method="POST").respond_with_json(
        {"access_token": FRESH, "token_type": "bearer", "expires_in": 3600})
    httpserver.expect_request("/v2/x").respond_with_data("no", status=401)
    code, _, err = call("/x")
    assert code == 1
    assert "HTTP 401 Unauthorized: the provider rejected the token even after a refresh" in err
    (summary,) = service.summaries()
    assert summary.status == "active"
    assert len([r for r, _ in httpserver.log if r.path == "/token"]) == 1  # refreshed once


@pytest.mark.parametrize(("argv", "message"), [
    (["--data", "novalue", "/x"], "expected KEY=VALUE"),
    (["-H", "Bad Header", "/x"], "expected 'Name: value'"),
    (["--json", "{nope", "/x"], "not valid JSON"),
    (["--json", "{}", "-d", "a=b", "/x"], "not both"),
    (["PO ST", "/x"], "not an HTTP method"),
])
def test_usage_errors_exit_2_before_anything_is_sent(service, httpserver, argv, message):
    code, out, err = call(*argv)
    assert (code, out) == (2, b"") and message in err
    assert httpserver.log == []


def test_an_authorization_header_of_ones_own_is_refused(service, httpserver):
    from tokenmgr.errors import UnsupportedError

    with pytest.raises(UnsupportedError, match="signs the request itself"):
        call("-H", "Authorization: Bearer mine", "/x")


def test_json_from_stdin_is_posted(service, httpserver):
    httpserver.expect_request("/v2/x", method="POST", json={"a": [1, "ü"]},
                              headers={"Content-Type": "application/json"}) \
        .respond_with_data("ok")
    assert call("/x", "--json", "@-", stdin=json.dumps({"a": [1, "ü"]})) == (0, b"ok", "")


def test_rsa_sha1_oauth1_account_signs_query_and_repeated_form_pairs(
        memory_store, httpserver, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from oauthlib.common import Request
    from oauthlib.oauth1.rfc5849 import signature

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_file = tmp_path / "consumer.pem"
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    provider = Provider(
        id="rsa", name="RSA", protocol="oauth1", client_id="consumer",
        request_token_url=httpserver.url_for("/rt"), authorize_url=httpserver.url_for("/a"),
        access_token_url=httpserver.url_for("/at"), signature_method="RSA-SHA1",
        rsa_key_file=str(key_file), api_base_url=httpserver.url_for("/"))
    svc = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: ProviderCatalog({"rsa": provider}),
                         clock=lambda: NOW)
    svc.store.save(Account(provider_id="rsa", account_id="7", name="bob", tokens=TokenSet(
        Secret("token-1234567890"), token_type="OAuth1", token_secret=Secret("ts"))))
    monkeypatch.setattr(context, "build_service", lambda: svc)
    httpserver.expect_request("/post", method="POST").respond_with_data("ok")
    args = build_parser().parse_args(
        ["api", "rsa", "/post?q=1", "-d", "dup=x", "-d", "dup=ü y"])
    assert api.run(args, stdout=Terminal(False), stderr=io.StringIO()) == 0
    sent = httpserver.log[-1][0]
    request = Request(sent.url, "POST", body=sent.get_data(as_text=True),
                      headers={"Authorization": sent.headers["Authorization"],
                               "Content-Type": sent.headers["Content-Type"]})
    request.signature = dict(signature.collect_parameters(
        headers=request.headers, exclude_oauth_signature=False))["oauth_signature"]
    params = signature.collect_parameters(uri_query=request.uri_query, body=request.body,
                                          headers=request.headers)
    request.params = params
    assert ("dup", "x") in params and ("dup", "ü y") in params
    assert signature.verify_rsa_sha1(request, public_pem)
    request.params = [(k, v) for k, v in params if (k, v) != ("dup", "x")]
    assert not signature.verify_rsa_sha1(request, public_pem)  # both values are signed
