"""The terminal's recovery path for a sign-in whose browser cannot reach tokenmgr.

With ``--no-browser``, or when no browser could be started, ``Recovery.offer``
prints the link (with a QR code on a terminal) and reads standard input — a
TTY or a pipe — for the address the browser landed on (or the bare code).
The flow validates it exactly like a redirect while its loopback catcher keeps
listening. Typing ``device`` switches to the device grant where the provider
offers one (the caller starts it after this flow is cancelled).
"""

from __future__ import annotations

import threading
from typing import Protocol, TextIO

from tokenmgr.errors import FlowError, NotApprovedError, ProviderError

DEVICE_WORDS = ("device", "d")


class LandingTarget(Protocol):
    @property
    def redirect_uri(self) -> str | None: ...

    def submit_landing(self, text: str) -> None: ...

    def cancel(self) -> None: ...


class Recovery:
    def __init__(self, stdin: TextIO, out: TextIO, *, device_available: bool = False,
                 qr: bool | None = None) -> None:
        self._stdin = stdin
        self._out = out
        self._device_available = device_available
        self._qr = out.isatty() if qr is None else qr
        self._flow: LandingTarget | None = None
        self._lock = threading.Lock()
        self._offered = False
        self.switch_to_device = False
        self.reader: threading.Thread | None = None

    def attach(self, flow: object) -> None:
        """The flow to feed; flows without a landing address (device, OAuth 1,
        paste mode — that one reads stdin itself) get no recovery path."""
        if hasattr(flow, "submit_landing"):
            self._flow = flow  # type: ignore[assignment]

    def _say(self, text: str) -> None:
        print(text, file=self._out, flush=True)

    def offer(self, url: str) -> None:
        """Show the link, QR code and paste prompt (once), then start reading."""
        with self._lock:
            if self._offered or self._flow is None:
                return
            self._offered = True
        self._say(f"Open this link in a browser, on this or any other machine:\n  {url}")
        if self._qr:
            from tokenmgr.qr import qr_text

            self._say(qr_text(url))
        landing = self._flow.redirect_uri or "http://127.0.0.1:PORT/callback"
        self._say(f"After you approve, the browser lands on {landing}?… — it may say it "
                  "cannot connect. Paste that whole address (or the code) here and press "
                  "Enter. tokenmgr keeps listening there too, in case the browser reaches it.")
        if self._device_available:
            self._say("Or type \"device\" and Enter to sign in with a one-time code instead.")
        self.reader = threading.Thread(target=self._read, name="tokenmgr-landing",
                                       daemon=True)
        self.reader.start()

    def _read(self) -> None:
        flow = self._flow
        assert flow is not None
        while True:
            line = self._stdin.readline()
            if not line:
                return  # end of input: the catcher may still get the redirect
            text = line.strip()
            if not text:
                continue
            if self._device_available and text.lower() in DEVICE_WORDS:
                self.switch_to_device = True
                flow.cancel()
                return
            try:
                flow.submit_landing(text)
                return
            except (NotApprovedError, ProviderError):
                return  # the sign-in ends with that answer; the main thread reports it
            except FlowError as exc:
                self._say(f"tokenmgr: {exc} Paste the address again, or wait for the browser.")
