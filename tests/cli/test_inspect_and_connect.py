"""``inspect``, scope planning and the recovery path of ``connect``, in-process on an
in-memory keyring with a local fake provider (token and account endpoints) and a
scripted "browser" that follows the authorization URL's redirect."""

from __future__ import annotations

import io
import json
import threading
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
import pytest
from werkzeug import Response

from tokenmgr.accounts import AccountService
from tokenmgr.cli import context, main
from tokenmgr.cli.recovery import Recovery
from tokenmgr.errors import CsrfError
from tokenmgr.oauth.tokens import TokenSet
from tokenmgr.providers.config import ProviderCatalog
from tokenmgr.secret import Secret
from tokenmgr.store.schema import Account
from tokenmgr.values.provider import Provider

NOW = 1_800_000_000.0
ACCESS = "opaque-access-aaaaaaaaaaaaaaaa"
REFRESH = "refresh-rrrrrrrrrrrrrrrrrr"
ID_TOKEN = jwt.encode({"iss": "https://idp.test", "sub": "u1", "aud": "cli-test",
                       "exp": NOW + 42 * 60, "iat": NOW - 60, "name": "Alice"},
                      "k" * 32, algorithm="HS256", headers={"kid": "kid-7"})


def make_account(scopes=("read", "write"), refresh=REFRESH, name="alice", account_id="1"):
    return Account("example", account_id, name, TokenSet(
        Secret(ACCESS), refresh_token=Secret(refresh) if refresh else None,
        expires_at=NOW + 3600, scopes=scopes, obtained_at=NOW - 120,
        id_token=Secret(ID_TOKEN)), connected_at=NOW - 120)


@pytest.fixture
def service(memory_store, httpserver, tmp_path, monkeypatch):
    provider = Provider(
        id="example", name="Example", authorize_url="https://idp.test/authorize",
        token_url=httpserver.url_for("/token"), userinfo_url=httpserver.url_for("/me"),
        client_id="cli-test", scopes=("read",))
    svc = AccountService(memory_store, providers_file=tmp_path / "providers.toml",
                         catalog_loader=lambda: ProviderCatalog({"example": provider}),
                         clock=lambda: NOW)
    monkeypatch.setattr(context, "build_service", lambda: svc)
    return svc


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- inspect ---------------------------------------------------------------------------


def test_inspect_shows_id_token_claims_and_says_the_access_token_is_opaque(service, capsys):
    service.store.save(make_account())
    code, out, err = run(capsys, "inspect", "example")
    assert (code, err) == (0, "")
    assert "Access token: ••••••••aaaa (masked)" in out
    assert "Opaque token" in out
    assert "JWT · alg=HS256 kid=kid-7 typ=JWT" in out
    assert "audience: cli-test" in out
    assert "expires in 42 min" in out and "1 min ago" in out
    assert "Alice" in out
    assert "Refresh token: present" in out
    assert ACCESS not in out and REFRESH not in out and ID_TOKEN not in out


def test_inspect_json(service, capsys):
    service.store.save(make_account(refresh=None))
    code, out, _ = run(capsys, "inspect", "example:alice", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["access_token"]["format"] == "opaque"
    assert data["id_token"]["claims"]["sub"] == "u1"
    assert data["id_token"]["header"]["kid"] == "kid-7"
    assert data["id_token"]["times"]["exp"]["relative"] == "expires in 42 min"
    assert data["id_token"]["signature_verified_at_connect"] is None
    assert data["health"]["has_refresh_token"] is False
    assert data["scopes"] == ["read", "write"]
    assert ACCESS not in out and ID_TOKEN not in out


def test_inspect_sends_nothing(service, capsys, httpserver):
    service.store.save(make_account())
    run(capsys, "inspect", "example")
    assert httpserver.log == []


# --- scope planning (before any browser) ----------------------------------------------


@pytest.fixture
def no_browser_allowed(monkeypatch):
    def refuse(url, on_failure=None):
        raise AssertionError("a browser was opened")

    monkeypatch.setattr("tokenmgr.oauth.browser.open_in_browser", refuse)


def test_narrower_reconnect_is_refused_before_the_browser(service, capsys,
                                                          no_browser_allowed):
    service.store.save(make_account())
    code, out, err = run(capsys, "connect", "example", "--scopes", "read")
    assert (code, out) == (2, "")
    assert "would drop write" in err and "--replace-scopes" in err
    assert "refresh token" in err


@pytest.mark.parametrize(("args", "words"), [
    (["--scopes", "+x read"], "mixes"),
    (["--scopes", "-nope"], "does not have it"),
])
def test_bad_relative_scopes_exit_2(service, capsys, no_browser_allowed, args, words):
    service.store.save(make_account())
    code, _, err = run(capsys, "connect", "example", *args)
    assert code == 2 and words in err


def test_relative_scopes_need_a_named_account_when_there_are_several(
        service, capsys, no_browser_allowed):
    service.store.save(make_account())
    service.store.save(make_account(name="bob", account_id="2"))
    code, _, err = run(capsys, "connect", "example", "--scopes", "+admin")
    assert code == 2 and "example:alice, example:bob" in err


# --- a whole connect with a scripted browser -------------------------------------------


class FollowingBrowser:
    """Follows the authorization URL to the redirect, as a browser would."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str, on_failure=None) -> None:
        self.urls.append(url)
        query = parse_qs(urlsplit(url).query)
        target = query["redirect_uri"][0] + "?" + urlencode(
            {"code": "c0de", "state": query["state"][0]})
        threading.Thread(target=lambda: urllib.request.urlopen(target, timeout=10).read(),  # noqa: S310
                         daemon=True).start()


def answer_token(httpserver, scope: str, refresh: bool) -> None:
    body = {"access_token": "new-access-0123456789", "token_type": "bearer",
            "expires_in": 3600, "scope": scope}
    if refresh:
        body["refresh_token"] = "new-refresh-0123456789"
    httpserver.expect_request("/token").respond_with_response(
        Response(json.dumps(body), content_type="application/json"))
    httpserver.expect_request("/me").respond_with_json({"id": "1", "name": "alice"})


def test_reconnect_prints_one_line_per_scope_and_calls_out_a_lost_refresh_token(
        service, capsys, httpserver, monkeypatch):
    service.store.save(make_account(scopes=("read", "write")))
    monkeypatch.setattr("tokenmgr.oauth.browser.open_in_browser", FollowingBrowser())
    answer_token(httpserver, "read admin", refresh=False)
    code, out, err = run(capsys, "connect", "example", "--scopes", "-write,+admin",
                         "--replace-scopes", "--timeout", "20")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Connected example:alice"
    assert lines[1].split() == ["+", "admin", "added"]
    assert lines[2].split() == ["-", "write", "removed"]
    assert "Refresh token lost" in lines[3]
    stored = service.store.load("example:1")
    assert stored.tokens.scopes == ("read", "admin")
    assert stored.tokens.refresh_token is None


def test_a_grant_narrower_than_the_account_is_refused_after_sign_in_and_nothing_changes(
        service, capsys, httpserver, monkeypatch):
    service.store.save(make_account(scopes=("read", "write")))
    monkeypatch.setattr("tokenmgr.oauth.browser.open_in_browser", FollowingBrowser())
    answer_token(httpserver, "read", refresh=True)  # the user unticked "write"
    code, out, err = run(capsys, "connect", "example", "--scopes", "read write",
                         "--timeout", "20")
    assert (code, out) == (2, "")
    assert "would lose write" in err and "left as it was" in err
    stored = service.store.load("example:1")
    assert stored.tokens.access_token == Secret(ACCESS)


def test_no_browser_offers_the_link_and_reads_the_landing_address_from_stdin(
        service, capsys, httpserver, monkeypatch):
    answer_token(httpserver, "read", refresh=True)
    seen: dict[str, str] = {}

    class PastingStdin(io.StringIO):
        """What a user types once they saw the prompt: the address they landed on."""

        def readline(self, *args):
            if "line" in seen:
                return ""
            err = capsys.readouterr().err
            seen["prompt"] = err
            url = err.split("any other machine:\n  ")[1].split("\n")[0]
            query = parse_qs(urlsplit(url).query)
            seen["line"] = query["redirect_uri"][0] + "?" + urlencode(
                {"code": "c0de", "state": query["state"][0]})
            return seen["line"] + "\n"

    monkeypatch.setattr("sys.stdin", PastingStdin())
    code, out, err = run(capsys, "connect", "example", "--no-browser", "--timeout", "20")
    assert code == 0, err
    assert out.splitlines()[0] == "Connected example:alice"
    assert "Paste that whole address" in seen["prompt"]
    assert "keeps listening" in seen["prompt"]
    token_post = next(r for r, _ in httpserver.log if r.path == "/token")
    assert parse_qs(token_post.get_data(as_text=True))["code"] == ["c0de"]


# --- the stdin reader ------------------------------------------------------------------


class FakeFlow:
    redirect_uri = "http://127.0.0.1:5555/callback"

    def __init__(self, bad: tuple[str, ...] = ()) -> None:
        self.bad = bad
        self.submitted: list[str] = []
        self.cancelled = False

    def submit_landing(self, text: str) -> None:
        self.submitted.append(text)
        if text in self.bad:
            raise CsrfError("The redirect's state does not match this sign-in.")

    def cancel(self) -> None:
        self.cancelled = True


def test_reader_asks_again_after_a_bad_paste_and_stops_after_a_good_one():
    out = io.StringIO()
    flow = FakeFlow(bad=("http://127.0.0.1:5555/callback?state=x",))
    recovery = Recovery(io.StringIO("\nhttp://127.0.0.1:5555/callback?state=x\ngood\nmore\n"),
                        out, qr=False)
    recovery.attach(flow)
    recovery.offer("https://idp.test/authorize?x=1")
    recovery.reader.join(5)
    assert flow.submitted == ["http://127.0.0.1:5555/callback?state=x", "good"]
    text = out.getvalue()
    assert "https://idp.test/authorize?x=1" in text
    assert "lands on http://127.0.0.1:5555/callback" in text
    assert "Paste the address again" in text
    assert "device" not in text


def test_typing_device_switches_where_the_provider_offers_it():
    out = io.StringIO()
    flow = FakeFlow()
    recovery = Recovery(io.StringIO("device\n"), out, device_available=True, qr=True)
    recovery.attach(flow)
    recovery.offer("https://idp.test/authorize?x=1")
    recovery.reader.join(5)
    assert recovery.switch_to_device and flow.cancelled and flow.submitted == []
    assert 'type "device"' in out.getvalue()
    assert "█" in out.getvalue()  # the QR code


def test_offer_happens_once_and_not_for_flows_without_a_landing_address():
    out = io.StringIO()
    recovery = Recovery(io.StringIO(""), out, qr=False)
    recovery.attach(object())
    recovery.offer("https://idp.test/a")
    assert out.getvalue() == ""
    recovery.attach(FakeFlow())
    recovery.offer("https://idp.test/a")
    recovery.offer("https://idp.test/a")
    assert out.getvalue().count("Open this link") == 1


class TtyErr(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_device_codes_get_a_qr_code_of_the_complete_verification_uri(
        service, httpserver, monkeypatch, capsys):
    from dataclasses import replace as dc_replace

    from tokenmgr.qr import qr_text

    provider = dc_replace(service.provider("example"),
                          device_authorization_url=httpserver.url_for("/device"))
    service._catalog = ProviderCatalog({"example": provider})
    complete = "https://idp.test/device?user_code=WDJB-MJHT"
    httpserver.expect_request("/device").respond_with_json({
        "device_code": "dev-code-0123456789", "user_code": "WDJB-MJHT",
        "verification_uri": "https://idp.test/device", "verification_uri_complete": complete,
        "expires_in": 60, "interval": 0.01})
    answer_token(httpserver, "read", refresh=True)
    opened = []
    monkeypatch.setattr("tokenmgr.oauth.browser.open_in_browser",
                        lambda url, on_failure=None: opened.append(url))
    err = TtyErr()
    monkeypatch.setattr("sys.stderr", err)
    code = main(["connect", "example", "--device", "--timeout", "20"])
    out = capsys.readouterr().out
    assert code == 0, err.getvalue()
    assert out.splitlines()[0] == "Connected example:alice"
    assert "Your one-time code: WDJB-MJHT" in err.getvalue()
    assert qr_text(complete) in err.getvalue()
    assert opened == [complete]


def test_typing_device_at_the_paste_prompt_switches_to_the_device_grant(
        service, httpserver, monkeypatch, capsys):
    from dataclasses import replace as dc_replace

    provider = dc_replace(service.provider("example"),
                          device_authorization_url=httpserver.url_for("/device"))
    service._catalog = ProviderCatalog({"example": provider})
    httpserver.expect_request("/device").respond_with_json({
        "device_code": "dev-code-0123456789", "user_code": "WDJB-MJHT",
        "verification_uri": "https://idp.test/device", "expires_in": 60, "interval": 0.01})
    answer_token(httpserver, "read", refresh=True)
    monkeypatch.setattr("sys.stdin", io.StringIO("device\n"))
    code, out, err = run(capsys, "connect", "example", "--no-browser", "--timeout", "20")
    assert code == 0, err
    assert out.splitlines()[0] == "Connected example:alice"
    assert 'type "device"' in err
    assert "Switching to a one-time code" in err and "Your one-time code: WDJB-MJHT" in err
    posts = [r.get_data(as_text=True) for r, _ in httpserver.log if r.path == "/token"]
    assert len(posts) == 1 and "device_code=dev-code-0123456789" in posts[0]


def test_list_adds_a_note_when_a_documented_refresh_token_limit_is_near(service, capsys):
    from dataclasses import replace as dc_replace

    provider = dc_replace(service.provider("example"), refresh_token_inactivity_days=90)
    service._catalog = ProviderCatalog({"example": provider})
    old = make_account()
    service.store.save(dc_replace(old, connected_at=NOW - 86 * 86400))
    service.store.save(make_account(name="bob", account_id="2"))
    code, out, _ = run(capsys, "list")
    assert code == 0
    alice, bob = sorted(out.splitlines())
    assert alice.endswith("· refresh token ends in 4 d")
    assert "refresh token" not in bob
