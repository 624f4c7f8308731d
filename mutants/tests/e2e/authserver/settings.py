"""Django settings of the e2e authorization server. Loaded only inside serve.py's process.

Environment (set by serve.py from its command line):

- ``TOKENMGR_AUTHSERVER_DB_DIR``: directory holding the sqlite database (required).
- ``TOKENMGR_AUTHSERVER_ACCESS_TOKEN_EXPIRE_SECONDS``: access-token lifetime (default 3600).
- ``TOKENMGR_AUTHSERVER_DEVICE_INTERVAL``: the device grant's polling ``interval`` in seconds
  (default 1, to keep tests fast; RFC 8628's default is 5).

The device grant's verification URIs depend on the port, known only once the server is
bound: ``serve.py`` fills them in (see ``set_device_verification_uris``) before the first
request.
"""

import os
from pathlib import Path

import oauth2_provider

DB_DIR = Path(os.environ["TOKENMGR_AUTHSERVER_DB_DIR"])
ACCESS_TOKEN_EXPIRE_SECONDS = int(
    os.environ.get("TOKENMGR_AUTHSERVER_ACCESS_TOKEN_EXPIRE_SECONDS", "3600")
)

DEVICE_FLOW_INTERVAL = int(os.environ.get("TOKENMGR_AUTHSERVER_DEVICE_INTERVAL", "1"))

SECRET_KEY = "tokenmgr-e2e-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "tests.e2e.authserver.urls"
WSGI_APPLICATION = None
USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "oauth2_provider",
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

LOGIN_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body>
<h1>Sign in to the test authorization server</h1>
{% if form.errors %}<p id="login-error">Your username and password didn't match.</p>{% endif %}
<form id="login-form" method="post" action="{{ request.path }}">
  {% csrf_token %}
  <p><label for="id_username">Username</label> {{ form.username }}</p>
  <p><label for="id_password">Password</label> {{ form.password }}</p>
  <input type="hidden" name="next" value="{{ next }}">
  <button type="submit" id="login-submit">Sign in</button>
</form>
</body></html>
"""

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
            "loaders": [
                ("django.template.loaders.locmem.Loader", {"e2e/login.html": LOGIN_TEMPLATE}),
                "django.template.loaders.app_directories.Loader",
            ],
        },
    }
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(DB_DIR / "authserver.sqlite3"),
        "OPTIONS": {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }
}

# Fast hashing: this server only ever holds throw-away test users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "/accounts/login/"
SESSION_COOKIE_NAME = "authserver_sessionid"
CSRF_COOKIE_NAME = "authserver_csrftoken"

STATIC_URL = "/static/"
OAUTH2_PROVIDER_STATIC_DIR = str(Path(oauth2_provider.__file__).parent / "static")

OAUTH2_PROVIDER = {
    "SCOPES": {
        "read": "Read your data",
        "write": "Modify your data",
        "profile": "See your profile",
    },
    "DEFAULT_SCOPES": ["read"],
    "PKCE_REQUIRED": True,
    "ROTATE_REFRESH_TOKEN": True,
    "ACCESS_TOKEN_EXPIRE_SECONDS": ACCESS_TOKEN_EXPIRE_SECONDS,
    "AUTHORIZATION_CODE_EXPIRE_SECONDS": 120,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["http", "https"],
    # Adds what oauthlib >= 4.0's device-code grant needs and DOT 3.4.1 lacks (see views.py).
    "OAUTH2_VALIDATOR_CLASS": "tests.e2e.authserver.views.CompatOAuth2Validator",
    # RFC 8628 device grant: the URIs are set by serve.py once the port is known.
    "DEVICE_FLOW_INTERVAL": DEVICE_FLOW_INTERVAL,
    "OAUTH_DEVICE_VERIFICATION_URI": None,
    "OAUTH_DEVICE_VERIFICATION_URI_COMPLETE": None,
    "REQUEST_APPROVAL_PROMPT": "force",
    # RFC 9700 gates that only tighten what a well-behaved client does anyway; enabling
    # them also silences DOT's DeprecationWarning nags for those code paths.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "oauth2_provider": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
    },
}


def set_device_verification_uris(base_url: str) -> None:
    """Point the device grant's ``verification_uri`` at ``BASE/o/device/`` and
    ``verification_uri_complete`` at the same page with ``?user_code=CODE`` (DOT's user-code
    page pre-fills its form from that query parameter)."""
    from django.conf import settings
    from oauth2_provider.settings import oauth2_settings

    settings.OAUTH2_PROVIDER["OAUTH_DEVICE_VERIFICATION_URI"] = f"{base_url}/o/device/"
    settings.OAUTH2_PROVIDER["OAUTH_DEVICE_VERIFICATION_URI_COMPLETE"] = (
        f"{base_url}/o/device/?user_code={{user_code}}"
    )
    oauth2_settings.reload()
