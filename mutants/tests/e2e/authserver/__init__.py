"""A throw-away OAuth 2.0 authorization server (django-oauth-toolkit) for e2e tests.

Run it with ``python -m tests.e2e.authserver.serve --db DIR`` from the repository root;
drive it from tests through :class:`tests.e2e.authserver.control.AuthServer`.

This package must stay importable without Django configured: only ``serve.py`` (run in
its own process) sets ``DJANGO_SETTINGS_MODULE`` and imports Django.
"""
