"""``tokenmgr refresh --all``: up to ``[refresh] concurrency`` refreshes at once.

One line per account on stderr as each finishes; the exit code is the worst
one. Every account gets a line: one that cannot be refreshed (no refresh
token, needs re-connect) says why. On Ctrl-C / SIGTERM the refreshes already
talking to the provider finish and store their result (``tokenmgr.interrupts``),
the others are not started.
"""

from __future__ import annotations

import contextlib
import sys
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from typing import TextIO

from tokenmgr import interrupts
from tokenmgr.accounts import AccountService
from tokenmgr.cli import terminal
from tokenmgr.errors import TokenmgrError
from tokenmgr.store.schema import AccountSummary


def refresh_all(service: AccountService, concurrency: int, out: TextIO | None = None, *,
                keep_alive: bool = False) -> int:
    """``keep_alive``: only the accounts whose refresh token nears a documented
    inactivity limit (Microsoft's 90 days, Google's 6 months), for a daily timer."""
    out = out or sys.stderr
    summaries = service.summaries()
    if not summaries:
        print("tokenmgr: no accounts to refresh", file=out)
        return 0
    if keep_alive:
        summaries = keep_alive_due(service, summaries)
        if not summaries:
            print("No account needs a keep-alive refresh", file=out)
            return 0
    worst = 0
    warm_up(service, summaries)
    pool = ThreadPoolExecutor(max_workers=max(1, concurrency),
                              thread_name_prefix="tokenmgr-refresh")
    futures: dict[Future[object], AccountSummary] = {}
    for summary in summaries:
        if summary.token_type == "OAuth1":
            print(f"{label(summary)}: OAuth 1 tokens do not expire; nothing to refresh",
                  file=out)
            continue
        if not summary.has_refresh_token and summary.expires_at is None:
            print(f"Skipped {label(summary)}: its token does not expire", file=out)
            continue  # nothing to refresh; said, not silent (one that expires is refused)
        futures[pool.submit(service.refresh, summary.key)] = summary
    reported: set[Future[object]] = set()

    def report(future: Future[object]) -> int:
        reported.add(future)
        summary = futures[future]
        try:
            future.result()
        except interrupts.Cancelled:
            print(f"tokenmgr: {label(summary)}: not refreshed (interrupted)", file=out)
            return 0
        except TokenmgrError as exc:
            print(f"tokenmgr: {label(summary)}: {terminal.plain(exc)}", file=out)
            return exc.exit_code
        print(f"Refreshed {label(summary)}", file=out)
        return 0

    try:
        with service.store.batched_index():  # one index write at the end
            for future in as_completed(futures):
                worst = max(worst, report(future))
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)
        for future in futures:  # what finished while the signal waited is said too
            if future.done() and not future.cancelled() and future not in reported:
                report(future)
        out.flush()
        raise
    pool.shutdown()
    return worst


def keep_alive_due(service: AccountService,
                   summaries: list[AccountSummary]) -> list[AccountSummary]:
    """The accounts whose keep-alive is due by ``health``'s rule (the window's too);
    unlike the window, an account that needs re-connecting is kept, so the timer's
    run says so (exit 4) instead of skipping it silently."""
    from tokenmgr.health import health_for

    providers, now = service.catalog().providers, service.clock()
    return [s for s in summaries
            if health_for(s, providers.get(s.provider_id)).keep_alive_due(now)]


def warm_up(service: AccountService, summaries: list[AccountSummary]) -> None:
    """What every refresh shares, once, before the first wave (not once per thread):
    the providers, the HTTP session, each provider's client secret."""
    service.catalog()
    service.http()
    for provider_id in sorted({s.provider_id for s in summaries}):
        with contextlib.suppress(TokenmgrError):
            service.store.client_secret(provider_id)


def label(summary: AccountSummary) -> str:
    return terminal.label(summary)  # provider text printed inert
