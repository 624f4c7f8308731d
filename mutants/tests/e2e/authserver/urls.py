from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.static import serve as static_serve

from . import views

urlpatterns = [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(template_name="e2e/login.html"),
        name="login",
    ),
    # Shadows DOT's own route (same path, matched first); see the view's docstring.
    path(
        "o/device-authorization/",
        views.CompatDeviceAuthorizationView.as_view(),
        name="device-authorization",
    ),
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
    path("api/me", views.me, name="me"),
    path("test/revoke-all", views.revoke_all),
    path("test/expire-access-tokens", views.expire_access_tokens),
    path("test/tokens", views.tokens),
    path("test/health", views.health),
    # DOT's templates link one stylesheet; serve it even with DEBUG off.
    re_path(
        r"^static/(?P<path>.*)$",
        static_serve,
        {"document_root": settings.OAUTH2_PROVIDER_STATIC_DIR},
    ),
]
