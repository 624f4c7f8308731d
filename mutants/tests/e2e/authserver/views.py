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
from oauth2_provider.models import (
    get_access_token_model,
    get_device_grant_model,
    get_grant_model,
    get_refresh_token_model,
)
from oauth2_provider.oauth2_backends import get_oauthlib_core
from oauth2_provider.oauth2_validators import OAuth2Validator
from oauth2_provider.views import DeviceAuthorizationView


class CompatDeviceAuthorizationView(DeviceAuthorizationView):
    """DOT's ``POST /o/device-authorization/`` made to work with oauthlib >= 4.0.

    oauthlib 4.0 adds the resolved ``scope`` to the device authorization answer; DOT 3.4.1
    passes that dict to its ``DeviceCodeResponse`` dataclass, which has no ``scope`` field:
    every request fails with a 500 (TypeError). ``scope`` is no RFC 8628 section 3.2 response
    parameter anyway and DOT stores the grant's scope from the request, so drop it here.
    """

    def create_device_authorization_response(self, request):
        headers, response, status = super().create_device_authorization_response(request)
        if status == 200 and isinstance(response, dict):
            response.pop("scope", None)
        return headers, response, status


class CompatOAuth2Validator(OAuth2Validator):
    """DOT's validator plus ``validate_device_code``, which oauthlib >= 4.0's device-code grant
    calls on every token request and DOT 3.4.1 lacks (AttributeError: a 500 instead of the
    tokens). Settings' ``OAUTH2_VALIDATOR_CLASS``.

    DOT's ``TokenView`` answers pending/denied/expired polls itself before oauthlib runs, and
    its ``pre_token`` hook sets ``request.user`` / ``request.scopes``; this only reports the
    stored status (and notices expiry, which DOT checks only on the user-code page)."""

    def validate_device_code(self, client_id, code, request, *args, **kwargs):
        from oauthlib.oauth2.rfc8628.grant_types import DeviceCodeGrant

        model = get_device_grant_model()
        grant = model.objects.filter(client_id=client_id, device_code=code).first()
        if grant is None:
            return None
        if grant.is_expired():
            return DeviceCodeGrant.DEVICE_CODE_EXPIRED
        if grant.status == model.AUTHORIZED:
            request.user = grant.user
            request.scopes = grant.scope.split() if grant.scope else []
            return DeviceCodeGrant.DEVICE_CODE_AUTHORIZED
        if grant.status == model.DENIED:
            return DeviceCodeGrant.DEVICE_CODE_DENIED
        return DeviceCodeGrant.DEVICE_CODE_PENDING


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
