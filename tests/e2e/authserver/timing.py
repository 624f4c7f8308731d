"""Test-only instrumentation of the token endpoint (issue 14 tests).

``TokenTimingMiddleware`` records every ``POST /o/token/`` (start, end, the refresh token
sent, the status) and can hold each answer back for ``delay`` seconds *after* DOT has
processed it (a rotated refresh token is already spent then: the window in which a client
must not lose the answer). Views:

- ``GET /test/token-requests``: the records, oldest first (``end`` is None while a request
  is being answered);
- ``POST /test/token-requests/clear``;
- ``POST /test/token-delay?seconds=S``;
- ``POST /test/issue-grants?username=U&count=N``: N fresh grants (access + refresh token)
  of U for the public client, without a browser: ``{"grants": [{access_token,
  refresh_token, expires_in, scope}]}``.
"""

import secrets
import threading
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from oauth2_provider.models import (
    get_access_token_model,
    get_application_model,
    get_refresh_token_model,
)

_lock = threading.Lock()
_records: list[dict] = []
_delay = {"seconds": 0.0}


class TokenTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.method != "POST" or request.path != "/o/token/":
            return self.get_response(request)
        record = {"start": time.time(), "refresh_token": request.POST.get("refresh_token"),
                  "grant_type": request.POST.get("grant_type"), "end": None, "status": None}
        with _lock:
            _records.append(record)
        response = self.get_response(request)
        if _delay["seconds"]:
            time.sleep(_delay["seconds"])  # the answer is decided; it is only late
        with _lock:
            record.update(end=time.time(), status=response.status_code)
        return response


@require_GET
def token_requests(request: HttpRequest) -> JsonResponse:
    with _lock:
        return JsonResponse({"requests": list(_records)})


@csrf_exempt
@require_POST
def clear_token_requests(request: HttpRequest) -> JsonResponse:
    with _lock:
        _records.clear()
    return JsonResponse({"ok": True})


@csrf_exempt
@require_POST
def token_delay(request: HttpRequest) -> JsonResponse:
    _delay["seconds"] = float(request.GET.get("seconds", "0"))
    return JsonResponse({"seconds": _delay["seconds"]})


@csrf_exempt
@require_POST
def issue_grants(request: HttpRequest) -> JsonResponse:
    from tests.e2e.authserver.control import PUBLIC_CLIENT_ID

    user = get_user_model().objects.get(username=request.GET["username"])
    app = get_application_model().objects.get(client_id=PUBLIC_CLIENT_ID)
    lifetime = 3600
    grants = []
    for _ in range(int(request.GET.get("count", "1"))):
        access = get_access_token_model().objects.create(
            user=user, application=app, token=secrets.token_urlsafe(24),
            expires=timezone.now() + timedelta(seconds=lifetime), scope="read profile")
        refresh = get_refresh_token_model().objects.create(
            user=user, application=app, token=secrets.token_urlsafe(24), access_token=access)
        grants.append({"access_token": access.token, "refresh_token": refresh.token,
                       "expires_in": lifetime, "scope": "read profile"})
    return JsonResponse({"grants": grants})
