"""Start, stop and poke the e2e authorization server from tests.

Importable without Django (it only uses ``subprocess`` and ``requests``).

Test-only control endpoints (exist only in this Django project, see ``views.py``):

- ``POST /test/revoke-all[?username=U]``: delete all access tokens, refresh tokens and
  pending authorization codes of U (or of everyone): like a user revoking the app on the
  provider's side.
- ``POST /test/expire-access-tokens[?username=U]``: set every access token's expiry one
  minute in the past (refresh tokens stay valid).
- ``GET /test/tokens?username=U``: ``{"access": n, "refresh": m}`` live-token counts.

The device authorization grant (RFC 8628) works for the public client ``DEVICE_CLIENT_ID``
only (DOT allows one grant type per application): ``POST /o/device-authorization/``
answers ``verification_uri`` ``BASE/o/device/`` (sign in, enter the user code) and
``verification_uri_complete`` ``BASE/o/device/?user_code=CODE`` (the form comes pre-filled);
the user then accepts or denies on ``/o/device-confirm/<client_id>/<user_code>`` and lands on
``/o/device-grant-status/<client_id>/<user_code>``. The polling ``interval`` is 1 s.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlencode

import requests

REPO_ROOT = Path(__file__).resolve().parents[3]

USERS: dict[str, str] = {"alice": "alice-password", "bob": "bob-password"}
PUBLIC_CLIENT_ID = "tokenmgr-public"
CONFIDENTIAL_CLIENT_ID = "tokenmgr-confidential"
CONFIDENTIAL_CLIENT_SECRET = "confidential-secret"
DEVICE_CLIENT_ID = "tokenmgr-device"
# Registered without a port: DOT accepts any port on 127.0.0.1 (RFC 8252 section 7.3).
REDIRECT_URI = "http://127.0.0.1/callback"
SCOPES = ("read", "write", "profile")

_HTTP_TIMEOUT = 15


class AuthServerError(RuntimeError):
    pass


class AuthServer:
    """A running ``tests.e2e.authserver.serve`` subprocess.

    Use :meth:`start` (or the ``authserver`` pytest fixture), then :meth:`stop`.

    Attributes: ``base_url``, ``authorize_url``, ``token_url``, ``revoke_url``,
    ``introspect_url``, ``userinfo_url``, ``public_client_id``, ``confidential_client_id``,
    ``confidential_client_secret``, ``redirect_uri`` (registered, port-less), ``scopes``,
    ``users`` (username -> password), ``access_token_expire_seconds``, ``db_dir``,
    ``log_path`` (the server's stderr); for the device grant: ``device_client_id``,
    ``device_authorization_url``, ``device_verification_url`` and ``device_interval``.
    """

    public_client_id = PUBLIC_CLIENT_ID
    confidential_client_id = CONFIDENTIAL_CLIENT_ID
    confidential_client_secret = CONFIDENTIAL_CLIENT_SECRET
    device_client_id = DEVICE_CLIENT_ID
    redirect_uri = REDIRECT_URI
    scopes = SCOPES

    def __init__(
        self,
        base_url: str,
        process: subprocess.Popen,
        db_dir: Path,
        log_path: Path,
        access_token_expire_seconds: int,
        tmp: tempfile.TemporaryDirectory | None = None,
        device_interval: int = 1,
    ) -> None:
        self.base_url = base_url
        self.authorize_url = base_url + "/o/authorize/"
        self.token_url = base_url + "/o/token/"
        self.revoke_url = base_url + "/o/revoke_token/"
        self.introspect_url = base_url + "/o/introspect/"
        self.userinfo_url = base_url + "/api/me"
        self.device_authorization_url = base_url + "/o/device-authorization/"
        self.device_verification_url = base_url + "/o/device/"
        self.device_interval = device_interval
        self.users = dict(USERS)
        self.access_token_expire_seconds = access_token_expire_seconds
        self.db_dir = db_dir
        self.log_path = log_path
        self._process = process
        self._tmp = tmp
        self._session = requests.Session()

    # ---------------------------------------------------------------- lifecycle
    @classmethod
    def start(
        cls,
        db_dir: Path | str | None = None,
        *,
        access_token_expire_seconds: int = 3600,
        device_interval: int = 1,
        timeout: float = 60.0,
    ) -> AuthServer:
        """Start the server (fresh DB in a temp dir unless ``db_dir`` is given) and wait until
        it accepts connections. Raises :class:`AuthServerError` with the server's stderr if it
        exits or stays silent for ``timeout`` seconds."""
        tmp = None
        if db_dir is None:
            tmp = tempfile.TemporaryDirectory(prefix="tokenmgr-authserver-")
            db_dir = tmp.name
        db_dir = Path(db_dir)
        db_dir.mkdir(parents=True, exist_ok=True)
        log_path = db_dir / "server.log"
        log = open(log_path, "wb")  # noqa: SIM115 - handed to the child
        cmd = [
            sys.executable,
            "-m",
            "tests.e2e.authserver.serve",
            "--db",
            str(db_dir),
            "--access-token-expire-seconds",
            str(access_token_expire_seconds),
            "--device-interval",
            str(device_interval),
        ]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        env.pop("DJANGO_SETTINGS_MODULE", None)
        env["PYTHONUNBUFFERED"] = "1"
        try:
            process = subprocess.Popen(
                cmd,
                cwd=REPO_ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
            )
        finally:
            log.close()

        line_box: list[bytes] = []
        reader = threading.Thread(
            target=lambda: line_box.append(process.stdout.readline()), daemon=True
        )
        reader.start()
        reader.join(timeout)

        def fail(why: str) -> AuthServerError:
            if process.poll() is None:
                process.kill()
                process.wait(10)
            err = log_path.read_text(errors="replace")[-8000:]
            if tmp is not None:
                tmp.cleanup()
            return AuthServerError(
                f"auth server {why} (exit code {process.returncode}).\n--- server stderr ---\n{err}"
            )

        if not line_box or not line_box[0].strip():
            raise fail(
                f"did not report readiness within {timeout:.0f}s"
                if not line_box
                else "exited before becoming ready"
            )
        try:
            base_url = json.loads(line_box[0])["base_url"]
        except (ValueError, KeyError) as e:
            raise fail(f"printed an unexpected line {line_box[0]!r}: {e}") from None

        # Keep draining stdout so a chatty server can never block on a full pipe.
        threading.Thread(target=process.stdout.read, daemon=True).start()
        return cls(
            base_url, process, db_dir, log_path, access_token_expire_seconds, tmp, device_interval
        )

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after 10 s) and remove its temp DB."""
        p = self._process
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)
        if p.stdout is not None:
            p.stdout.close()
        self._session.close()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def log(self) -> str:
        """The server's stderr so far (request log, tracebacks)."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> AuthServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---------------------------------------------------------------- helpers
    def _control(self, method: str, path: str, username: str | None) -> dict:
        params = {"username": username} if username else None
        r = self._session.request(
            method, self.base_url + path, params=params, timeout=_HTTP_TIMEOUT
        )
        r.raise_for_status()
        return r.json()

    def revoke_all(self, username: str | None = None) -> dict:
        """Delete all tokens and pending codes of ``username`` (everyone if None), server-side.
        Returns deletion counts ``{"access_tokens", "refresh_tokens", "grants"}``."""
        return self._control("POST", "/test/revoke-all", username)

    def expire_access_tokens(self, username: str | None = None) -> int:
        """Make every access token of ``username`` (everyone if None) already expired;
        refresh tokens keep working. Returns how many were changed."""
        return self._control("POST", "/test/expire-access-tokens", username)["expired"]

    def token_counts(self, username: str) -> dict:
        """``{"access": <unexpired access tokens>, "refresh": <unrevoked refresh tokens>}``."""
        return self._control("GET", "/test/tokens", username)

    def me(self, access_token: str) -> requests.Response:
        """``GET /api/me`` with the bearer token: 200 + ``{"id", "username", "email"}``, or 401."""
        return self._session.get(
            self.userinfo_url,
            timeout=_HTTP_TIMEOUT,
            headers={"Authorization": f"Bearer {access_token}"},
        )

    def introspect(self, token: str) -> dict:
        """RFC 7662 introspection, authenticated as the confidential client."""
        r = self._session.post(
            self.introspect_url,
            data={"token": token},
            timeout=_HTTP_TIMEOUT,
            auth=(self.confidential_client_id, self.confidential_client_secret),
        )
        r.raise_for_status()
        return r.json()

    def redirect_uri_for_port(self, port: int) -> str:
        return f"http://127.0.0.1:{port}/callback"

    def authorization_url(
        self,
        redirect_uri: str,
        state: str,
        code_challenge: str,
        scope: str = "read profile",
        client_id: str | None = None,
    ) -> str:
        """An authorization-code request URL with PKCE S256."""
        query = urlencode(
            {
                "response_type": "code",
                "client_id": client_id or self.public_client_id,
                "redirect_uri": redirect_uri,
                "scope": scope,
                "state": state,
                "code_challenge": code_challenge,
                "code_challenge_method": "S256",
            }
        )
        return f"{self.authorize_url}?{query}"
