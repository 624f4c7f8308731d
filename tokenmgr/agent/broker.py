"""Answer the agent's requests: the single refresher, and the access log.

Requests for one account are taken one at a time (a lock per account
selector): when twenty scripts ask at once for a token about to expire, the
first refreshes and the others find the fresh token already stored. Across
processes the store's own file lock and "seen" check keep that true.

What was read is kept in memory while the store's change stamp (see
``TokenStore.change_stamp``) stays the same: any entry write or delete by any
process — a refresh by the CLI (even inside ``refresh --all``'s batch), a
revoke, a re-connect — moves it and the next request reads the keyring again.
Expiry is checked on every request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tokenmgr.access_log import AccessLog, Read
from tokenmgr.agent.peercred import PeerCred, program_of
from tokenmgr.errors import TokenmgrError

if TYPE_CHECKING:
    from tokenmgr.accounts import AccountService
    from tokenmgr.store.schema import Account

log = logging.getLogger(__name__)


class TokenBroker:
    def __init__(self, service: AccountService, access_log: AccessLog, *, kind: str,
                 clock: Callable[[], float] = time.time) -> None:
        self.service = service
        self.access_log = access_log
        self.kind = kind  # "window" or "headless": said to a second agent and to ping
        self.clock = clock
        self._locks: dict[str, threading.Lock] = {}
        self._cache: dict[str, tuple[bytes, Account]] = {}
        self._locks_guard = threading.Lock()

    def _lock_for(self, selector: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(selector, threading.Lock())

    def _fresh(self, selector: str, min_valid: float) -> Account:
        # the stamp is taken before reading: a write after that moves it again
        stamp = self.service.store.change_stamp()
        if stamp is None:  # no stamp file yet (or it went away): start one
            self.service.store.bump_stamp()
            stamp = self.service.store.change_stamp()
        cached = self._cache.get(selector)
        if stamp is not None and cached is not None and cached[0] == stamp:
            tokens = cached[1].tokens
            margin = max(self.service.refresh_margin, min_valid)
            if tokens.token_type == "OAuth1" or not tokens.needs_refresh(self.clock(), margin):
                return cached[1]
        account = self.service.fresh_account(selector, min_valid)
        if stamp is None:
            self._cache.pop(selector, None)
        else:
            self._cache[selector] = (stamp, account)
        return account

    def handle(self, request: dict[str, Any], peer: PeerCred) -> dict[str, Any]:
        """A checked request (see ``protocol.check_request``) -> the reply (without ``v``)."""
        if request["op"] == "ping":
            import os

            return {"ok": True, "pid": os.getpid(), "kind": self.kind}
        selector = request["account"]
        try:
            with self._lock_for(selector):
                account = self._fresh(selector, request["min_valid"])
        except TokenmgrError as exc:
            return {"ok": False, "error": str(exc), "exit_code": exc.exit_code}
        except Exception:
            log.exception("token request for %s failed", selector)
            return {"ok": False, "error": "internal agent error", "exit_code": 1,
                    "fallback": True}
        caller = request["caller"]
        program = caller["program"] or program_of(peer.pid) or "unknown"
        pid = caller["pid"] or peer.pid
        name = f"{account.provider_id}:{account.name}"
        self.access_log.record(account.key, Read(at=self.clock(), program=program, pid=pid,
                                                 via=request["via"], account=name))
        log.info("served %s to %s (pid %s) via %s", name, program, pid, request["via"])
        return {"ok": True, "token": account.tokens.access_token.reveal(), "key": account.key,
                "account": name, "provider": account.provider_id,
                "expires_at": account.tokens.expires_at,
                "token_type": account.tokens.token_type}
