"""Views of the e2e authorization server: the protected account endpoint and test controls.

The ``/test/...`` endpoints exist only in this throw-away project; they let tests poke the
server's state (revoke or expire tokens) without going through the OAuth protocol.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from oauth2_provider.models import get_access_token_model, get_grant_model, get_refresh_token_model
from oauth2_provider.oauth2_backends import get_oauthlib_core


def _unauthorized(error: str) -> JsonResponse:
    resp = JsonResponse({"error": error}, status=401)
    resp["WWW-Authenticate"] = f'Bearer realm="tokenmgr-e2e", error="{error}"'
    return resp


@require_GET
def me(request: HttpRequest) -> JsonResponse:
    """``GET /api/me`` with ``Authorization: Bearer <token>``: the token owner's account."""
    if not request.headers.get("Authorization", "").startswith("Bearer "):
        return _unauthorized("invalid_request")
    valid, oauth_request = get_oauthlib_core().verify_request(request, scopes=[])
    if not valid or oauth_request.user is None:
        return _unauthorized("invalid_token")
    user = oauth_request.user
    return JsonResponse({"id": str(user.pk), "username": user.get_username(), "email": user.email})


def _users(request: HttpRequest):
    username = request.GET.get("username")
    users = get_user_model().objects.all()
    if username:
        users = users.filter(username=username)
    return users


@csrf_exempt
@require_POST
def revoke_all(request: HttpRequest) -> JsonResponse:
    """``POST /test/revoke-all[?username=U]``: delete every access token, refresh token and
    pending authorization code (of user U, or of everyone)."""
    users = list(_users(request))
    with transaction.atomic():
        grants, _ = get_grant_model().objects.filter(user__in=users).delete()
        refresh, _ = get_refresh_token_model().objects.filter(user__in=users).delete()
        access, _ = get_access_token_model().objects.filter(user__in=users).delete()
    return JsonResponse({"access_tokens": access, "refresh_tokens": refresh, "grants": grants})


@csrf_exempt
@require_POST
def expire_access_tokens(request: HttpRequest) -> JsonResponse:
    """``POST /test/expire-access-tokens[?username=U]``: move the expiry of every access token
    (of user U, or of everyone) one minute into the past. Refresh tokens stay valid."""
    past = timezone.now() - timedelta(minutes=1)
    n = get_access_token_model().objects.filter(user__in=_users(request)).update(expires=past)
    return JsonResponse({"expired": n})


@require_GET
def tokens(request: HttpRequest) -> JsonResponse:
    """``GET /test/tokens?username=U``: counts of U's live tokens, for assertions:
    ``{"access": <unexpired access tokens>, "refresh": <unrevoked refresh tokens>}``."""
    users = _users(request)
    now = timezone.now()
    access = get_access_token_model().objects.filter(user__in=users, expires__gt=now).count()
    refresh = get_refresh_token_model().objects.filter(user__in=users, revoked__isnull=True).count()
    return JsonResponse({"access": access, "refresh": refresh})


@require_GET
def health(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})
