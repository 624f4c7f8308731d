"""``tokenmgr api ACCOUNT [METHOD] URL``: send a signed request, print the answer.

stdout gets the body: exactly as received when it is not a terminal (or with
``--raw``), JSON indented and control characters made visible on a terminal.
The exit status is 0 for 2xx and 1 for any other HTTP status (named on
stderr); tokenmgr's own failures keep their usual codes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING, BinaryIO, TextIO

if TYPE_CHECKING:
    from tokenmgr.api_calls import ApiResponse

_METHOD = re.compile(r"[A-Za-z]{1,20}")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class UsageError(Exception):
    pass


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "api", help="send a signed request for an account and print the answer",
        usage="tokenmgr api [options] ACCOUNT [METHOD] URL",
        description="Refresh the account's token if needed, sign the request (Bearer, or "
                    "OAuth 1 over method, URL, query and form body), send it and print the "
                    "body. Exit 0 for 2xx, 1 for other HTTP statuses.")
    p.add_argument("account", metavar="ACCOUNT",
                   help="PROVIDER or PROVIDER:NAME (with --consumer-only: an OAuth 1 PROVIDER)")
    p.add_argument("method_or_url", metavar="METHOD",
                   help="HTTP method (default GET, or POST with --data/--json); may be left out")
    p.add_argument("url", metavar="URL", nargs="?",
                   help="a full URL, or a path relative to the provider's api_base_url "
                        "(e.g. /user)")
    p.add_argument("-d", "--data", action="append", default=[], metavar="KEY=VALUE",
                   help="a form field (repeatable, order and repeated keys kept); sent in the "
                        "query for GET, HEAD, DELETE and OPTIONS, else as the form body")
    p.add_argument("--json", metavar="BODY", dest="json_body",
                   help="a JSON request body: the text itself, @FILE, or @- for standard input")
    p.add_argument("-H", "--header", action="append", default=[], metavar="'NAME: VALUE'",
                   help="an extra request header (repeatable); tokenmgr sets Authorization")
    p.add_argument("-i", "--include", action="store_true",
                   help="print the status line and the response headers before the body")
    p.add_argument("--raw", action="store_true",
                   help="print the body exactly as received, even on a terminal")
    p.add_argument("--consumer-only", action="store_true",
                   help="sign with the OAuth 1 consumer key and secret alone (two-legged)")


def _pairs(items: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"--data {item!r}: expected KEY=VALUE")
        pairs.append((key, value))
    return pairs


def _headers(items: list[str]) -> list[tuple[str, str]]:
    headers = []
    for item in items:
        name, sep, value = item.partition(":")
        if not sep or not _HEADER_NAME.fullmatch(name.strip()) or re.search(r"[\r\n\0]", value):
            raise UsageError(f"--header {item!r}: expected 'Name: value' on one line")
        headers.append((name.strip(), value.strip()))
    return headers


def _json_body(text: str | None, stdin: TextIO) -> str | None:
    if text is None:
        return None
    if text == "@-":
        text = stdin.read()
    elif text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"--json {text}: cannot read it ({type(exc).__name__})") from None
    try:
        json.loads(text)
    except ValueError as exc:
        raise UsageError(f"--json: not valid JSON ({exc})") from None
    return text


def parse_request(args: argparse.Namespace, stdin: TextIO) -> tuple[str | None, str]:
    if args.url is None:
        return None, args.method_or_url
    if not _METHOD.fullmatch(args.method_or_url):
        raise UsageError(f"{args.method_or_url!r} is not an HTTP method")
    return args.method_or_url.upper(), args.url


def visible(text: str) -> str:
    """Control characters (terminal escapes) shown as ``\\x1b`` instead of acting."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def write_response(response: ApiResponse, out: BinaryIO, *, tty: bool, raw: bool,
                   include: bool) -> None:
    """The answer on stdout: exact bytes unless a terminal shows it (and not ``--raw``)."""
    if include:
        lines = [f"HTTP {response.status} {response.reason}".rstrip()]
        lines += [f"{name}: {value}" for name, value in response.headers.items()]
        head = "\n".join(lines) + "\n\n"
        out.write((visible(head) if tty else head).encode("utf-8"))
    if not tty or raw:
        out.write(response.body)
    else:
        text = visible(response.pretty_body())
        out.write((text if text.endswith("\n") or not text else text + "\n").encode("utf-8"))
    out.flush()


def run(args: argparse.Namespace, stdout: BinaryIO | None = None,
        stderr: TextIO | None = None, stdin: TextIO | None = None) -> int:
    from tokenmgr.api_calls import ApiCaller, ApiRequest
    from tokenmgr.cli import context

    out = stdout or sys.stdout.buffer
    err = stderr or sys.stderr
    try:
        method, url = parse_request(args, stdin or sys.stdin)
        form = _pairs(args.data)
        json_body = _json_body(args.json_body, stdin or sys.stdin)
        headers = _headers(args.header)
        if form and json_body is not None:
            raise UsageError("give --data or --json, not both")
    except UsageError as exc:
        print(f"tokenmgr api: {exc}", file=err)
        return 2
    method = method or ("POST" if form or json_body is not None else "GET")
    request = ApiRequest(method, url, form=form, json_body=json_body, headers=headers)
    response = ApiCaller(context.build_service()).call(
        args.account, request, consumer_only=args.consumer_only)
    write_response(response, out, tty=out.isatty(), raw=args.raw, include=args.include)
    if response.ok:
        return 0
    status = f"HTTP {response.status} {response.reason}".rstrip()
    if response.rejected:
        again = " even after a refresh" if response.refreshed else ""
        print(f"tokenmgr: {status}: the provider rejected the token{again}; the account is "
              "unchanged (the token may lack a scope this call needs, or the app's access "
              f"was withdrawn: re-connect with `tokenmgr connect {args.account.split(':')[0]}`)",
              file=err)
    else:
        print(f"tokenmgr: {status} ({response.method} {response.url})", file=err)
    return 1
