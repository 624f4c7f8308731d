"""Run the e2e authorization server.

    python -m tests.e2e.authserver.serve --db DIR [--access-token-expire-seconds N]
        [--device-interval S]

Run from the repository root. Migrates a sqlite DB in DIR, creates the fixture users and
applications (see ``USERS`` / ``PUBLIC_CLIENT_ID`` / ``CONFIDENTIAL_CLIENT_ID`` /
``DEVICE_CLIENT_ID`` in :mod:`tests.e2e.authserver.control`), binds a threaded WSGI server on
127.0.0.1, port 0, points the device grant's verification URIs at that port, prints one
JSON line ``{"base_url": "http://127.0.0.1:PORT"}`` to stdout once connections are accepted,
then serves until SIGTERM/SIGINT. Request logs go to stderr.
"""

import argparse
import contextlib
import json
import os
import signal
import sys
import warnings
from pathlib import Path

from tests.e2e.authserver.control import (
    CONFIDENTIAL_CLIENT_ID,
    CONFIDENTIAL_CLIENT_SECRET,
    DEVICE_CLIENT_ID,
    PUBLIC_CLIENT_ID,
    REDIRECT_URI,
    USERS,
)


def _setup_db() -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from oauth2_provider.models import get_application_model

    call_command("migrate", verbosity=0, interactive=False)

    user_model = get_user_model()
    for name, password in USERS.items():
        user, _ = user_model.objects.get_or_create(
            username=name, defaults={"email": f"{name}@example.test"}
        )
        user.set_password(password)
        user.save()

    app_model = get_application_model()
    common = {
        "redirect_uris": REDIRECT_URI,
        "authorization_grant_type": app_model.GRANT_AUTHORIZATION_CODE,
        "skip_authorization": False,
        "algorithm": "",
    }
    app_model.objects.update_or_create(
        client_id=PUBLIC_CLIENT_ID,
        defaults={
            **common,
            "name": "tokenmgr (public)",
            "client_type": app_model.CLIENT_PUBLIC,
            "client_secret": "",
            "hash_client_secret": False,
        },
    )
    app_model.objects.update_or_create(
        client_id=CONFIDENTIAL_CLIENT_ID,
        defaults={
            **common,
            "name": "tokenmgr (confidential)",
            "client_type": app_model.CLIENT_CONFIDENTIAL,
            "client_secret": CONFIDENTIAL_CLIENT_SECRET,
            "hash_client_secret": False,
        },
    )
    # RFC 8628: DOT allows one grant type per application, and the device-code grant
    # (with the refresh tokens it brings) only for an application registered for it.
    app_model.objects.update_or_create(
        client_id=DEVICE_CLIENT_ID,
        defaults={
            "name": "tokenmgr (device)",
            "redirect_uris": "",
            "authorization_grant_type": app_model.GRANT_DEVICE_CODE,
            "skip_authorization": False,
            "algorithm": "",
            "client_type": app_model.CLIENT_PUBLIC,
            "client_secret": "",
            "hash_client_secret": False,
        },
    )


def _on_term(signum, frame):  # pragma: no cover - signal path
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="directory for the sqlite DB")
    parser.add_argument("--access-token-expire-seconds", type=int, default=None)
    parser.add_argument(
        "--device-interval",
        type=int,
        default=None,
        help="the device grant's polling interval in seconds (default 1)",
    )
    args = parser.parse_args(argv)

    args.db.mkdir(parents=True, exist_ok=True)
    os.environ["TOKENMGR_AUTHSERVER_DB_DIR"] = str(args.db.resolve())
    if args.access_token_expire_seconds is not None:
        os.environ["TOKENMGR_AUTHSERVER_ACCESS_TOKEN_EXPIRE_SECONDS"] = str(
            args.access_token_expire_seconds
        )
    if args.device_interval is not None:
        os.environ["TOKENMGR_AUTHSERVER_DEVICE_INTERVAL"] = str(args.device_interval)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.e2e.authserver.settings"

    # This process is not under pytest, but keep DOT's deprecation nags (RFC 9700 gates
    # we leave at their legacy default) from cluttering the log.
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", PendingDeprecationWarning)

    import django

    django.setup()
    _setup_db()

    from django.core.servers.basehttp import run
    from django.core.wsgi import get_wsgi_application

    signal.signal(signal.SIGTERM, _on_term)
    signal.signal(signal.SIGINT, _on_term)

    from tests.e2e.authserver.settings import set_device_verification_uris

    def on_bind(port: int) -> None:
        # Called once bound, before serving the first request.
        base_url = f"http://127.0.0.1:{port}"
        set_device_verification_uris(base_url)
        sys.stdout.write(json.dumps({"base_url": base_url}) + "\n")
        sys.stdout.flush()

    with contextlib.suppress(SystemExit):
        run("127.0.0.1", 0, get_wsgi_application(), threading=True, on_bind=on_bind)
    return 0


if __name__ == "__main__":
    sys.exit(main())
