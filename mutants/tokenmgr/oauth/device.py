"""The device authorization grant (RFC 8628): for headless machines and providers
whose apps cannot use a loopback redirect (GitHub, Google "TV and limited input").

tokenmgr shows the user code (the user compares it with what the provider's
page asks for), opens the verification page, and polls the token endpoint:
every ``interval`` seconds (5 when the provider gives none), 5 s more for all
later polls after each ``slow_down``, and never past ``expires_in``
(SECURITY.md #20). Waiting is a cancellable ``Event.wait``, injectable for tests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tokenmgr.errors import (
    FlowTimeoutError,
    NotApprovedError,
    ProviderError,
    TokenEndpointError,
    TokenResponseError,
)
from tokenmgr.oauth.flow import ConnectResult, SignInFlow
from tokenmgr.oauth.oauth2 import OAuth2Client
from tokenmgr.oauth.tokens import TokenSet, decode_body, raise_for_oauth_error
from tokenmgr.secret import Secret

DEFAULT_INTERVAL = 5.0
SLOW_DOWN_STEP = 5.0
MAX_INTERVAL = 60.0


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class DeviceAuthorization:
    device_code: Secret
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: float
    interval: float
mutants_x_request_device_authorization__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_request_device_authorization__mutmut)
def request_device_authorization(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_orig(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_1(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = None
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_2(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = None
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_3(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = None
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_4(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "XXclient_idXX": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_5(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "CLIENT_ID": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_6(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id and ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_7(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or "XXXX"}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_8(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = None
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_9(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["XXscopeXX"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_10(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["SCOPE"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_11(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(None)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_12(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = "XX XX".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_13(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = None
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_14(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request(None, provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_15(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", None, data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_16(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=None,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_17(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=None, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_18(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers=None)
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_19(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request(provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_20(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_21(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_22(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_23(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, )
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_24(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("XXPOSTXX", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_25(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("post", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_26(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url and "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_27(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "XXXX", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_28(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"XXAcceptXX": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_29(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_30(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"ACCEPT": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_31(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "XXapplication/jsonXX"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_32(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "APPLICATION/JSON"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_33(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = None
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_34(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(None)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_35(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(None, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_36(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, None)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_37(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_38(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, )
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_39(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = None
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_40(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get(None), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_41(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("XXdevice_codeXX"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_42(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("DEVICE_CODE"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_43(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get(None)
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_44(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("XXuser_codeXX")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_45(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("USER_CODE")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_46(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = None  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_47(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") and body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_48(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get(None) or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_49(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("XXverification_uriXX") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_50(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("VERIFICATION_URI") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_51(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get(None)  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_52(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("XXverification_urlXX")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_53(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("VERIFICATION_URL")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_54(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_55(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) or isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_56(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) or isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_57(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError(None)
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_58(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("XXThe device authorization answer lacks device_code, XX"
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_59(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("the device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_60(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("THE DEVICE AUTHORIZATION ANSWER LACKS DEVICE_CODE, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_61(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "XXuser_code or verification_uri.XX")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_62(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "USER_CODE OR VERIFICATION_URI.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_63(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = None
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_64(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get(None)
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_65(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("XXverification_uri_completeXX")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_66(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("VERIFICATION_URI_COMPLETE")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_67(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        None, user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_68(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), None, uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_69(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], None,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_70(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_71(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=None,
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_72(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=None,
    )


def x_request_device_authorization__mutmut_73(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_74(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_75(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_76(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_77(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_78(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        )


def x_request_device_authorization__mutmut_79(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(None), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_80(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:65], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_81(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if (isinstance(complete, str)) and False else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_82(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if (isinstance(complete, str)) or True else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_83(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(None, default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_84(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=None),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_85(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_86(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), ),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_87(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get(None), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_88(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("XXexpires_inXX"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_89(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("EXPIRES_IN"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_90(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=901.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_91(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(None, _seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_92(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, None),
    )


def x_request_device_authorization__mutmut_93(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(_seconds(body.get("interval"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_94(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, ),
    )


def x_request_device_authorization__mutmut_95(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(None, default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_96(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), default=None)),
    )


def x_request_device_authorization__mutmut_97(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_98(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("interval"), )),
    )


def x_request_device_authorization__mutmut_99(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get(None), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_100(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("XXintervalXX"), default=DEFAULT_INTERVAL)),
    )


def x_request_device_authorization__mutmut_101(client: OAuth2Client,
                                 scopes: tuple[str, ...]) -> DeviceAuthorization:
    provider = client.provider
    fields, auth = client.client_auth()
    data = {**fields, "client_id": provider.client_id or ""}
    if scopes:
        data["scope"] = " ".join(scopes)
    response = client.http.request("POST", provider.device_authorization_url or "", data=data,
                                   auth=auth, headers={"Accept": "application/json"})
    body = decode_body(response)
    raise_for_oauth_error(response, body)
    device_code, user_code = body.get("device_code"), body.get("user_code")
    uri = body.get("verification_uri") or body.get("verification_url")  # Google's old name
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise TokenResponseError("The device authorization answer lacks device_code, "
                                 "user_code or verification_uri.")
    complete = body.get("verification_uri_complete")
    return DeviceAuthorization(
        Secret(device_code), user_code[:64], uri,
        complete if isinstance(complete, str) else None,
        expires_in=_seconds(body.get("expires_in"), default=900.0),
        interval=min(MAX_INTERVAL, _seconds(body.get("INTERVAL"), default=DEFAULT_INTERVAL)),
    )

mutants_x_request_device_authorization__mutmut['_mutmut_orig'] = x_request_device_authorization__mutmut_orig # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_1'] = x_request_device_authorization__mutmut_1 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_2'] = x_request_device_authorization__mutmut_2 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_3'] = x_request_device_authorization__mutmut_3 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_4'] = x_request_device_authorization__mutmut_4 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_5'] = x_request_device_authorization__mutmut_5 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_6'] = x_request_device_authorization__mutmut_6 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_7'] = x_request_device_authorization__mutmut_7 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_8'] = x_request_device_authorization__mutmut_8 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_9'] = x_request_device_authorization__mutmut_9 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_10'] = x_request_device_authorization__mutmut_10 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_11'] = x_request_device_authorization__mutmut_11 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_12'] = x_request_device_authorization__mutmut_12 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_13'] = x_request_device_authorization__mutmut_13 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_14'] = x_request_device_authorization__mutmut_14 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_15'] = x_request_device_authorization__mutmut_15 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_16'] = x_request_device_authorization__mutmut_16 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_17'] = x_request_device_authorization__mutmut_17 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_18'] = x_request_device_authorization__mutmut_18 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_19'] = x_request_device_authorization__mutmut_19 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_20'] = x_request_device_authorization__mutmut_20 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_21'] = x_request_device_authorization__mutmut_21 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_22'] = x_request_device_authorization__mutmut_22 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_23'] = x_request_device_authorization__mutmut_23 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_24'] = x_request_device_authorization__mutmut_24 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_25'] = x_request_device_authorization__mutmut_25 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_26'] = x_request_device_authorization__mutmut_26 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_27'] = x_request_device_authorization__mutmut_27 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_28'] = x_request_device_authorization__mutmut_28 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_29'] = x_request_device_authorization__mutmut_29 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_30'] = x_request_device_authorization__mutmut_30 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_31'] = x_request_device_authorization__mutmut_31 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_32'] = x_request_device_authorization__mutmut_32 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_33'] = x_request_device_authorization__mutmut_33 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_34'] = x_request_device_authorization__mutmut_34 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_35'] = x_request_device_authorization__mutmut_35 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_36'] = x_request_device_authorization__mutmut_36 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_37'] = x_request_device_authorization__mutmut_37 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_38'] = x_request_device_authorization__mutmut_38 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_39'] = x_request_device_authorization__mutmut_39 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_40'] = x_request_device_authorization__mutmut_40 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_41'] = x_request_device_authorization__mutmut_41 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_42'] = x_request_device_authorization__mutmut_42 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_43'] = x_request_device_authorization__mutmut_43 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_44'] = x_request_device_authorization__mutmut_44 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_45'] = x_request_device_authorization__mutmut_45 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_46'] = x_request_device_authorization__mutmut_46 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_47'] = x_request_device_authorization__mutmut_47 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_48'] = x_request_device_authorization__mutmut_48 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_49'] = x_request_device_authorization__mutmut_49 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_50'] = x_request_device_authorization__mutmut_50 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_51'] = x_request_device_authorization__mutmut_51 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_52'] = x_request_device_authorization__mutmut_52 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_53'] = x_request_device_authorization__mutmut_53 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_54'] = x_request_device_authorization__mutmut_54 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_55'] = x_request_device_authorization__mutmut_55 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_56'] = x_request_device_authorization__mutmut_56 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_57'] = x_request_device_authorization__mutmut_57 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_58'] = x_request_device_authorization__mutmut_58 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_59'] = x_request_device_authorization__mutmut_59 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_60'] = x_request_device_authorization__mutmut_60 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_61'] = x_request_device_authorization__mutmut_61 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_62'] = x_request_device_authorization__mutmut_62 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_63'] = x_request_device_authorization__mutmut_63 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_64'] = x_request_device_authorization__mutmut_64 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_65'] = x_request_device_authorization__mutmut_65 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_66'] = x_request_device_authorization__mutmut_66 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_67'] = x_request_device_authorization__mutmut_67 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_68'] = x_request_device_authorization__mutmut_68 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_69'] = x_request_device_authorization__mutmut_69 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_70'] = x_request_device_authorization__mutmut_70 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_71'] = x_request_device_authorization__mutmut_71 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_72'] = x_request_device_authorization__mutmut_72 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_73'] = x_request_device_authorization__mutmut_73 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_74'] = x_request_device_authorization__mutmut_74 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_75'] = x_request_device_authorization__mutmut_75 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_76'] = x_request_device_authorization__mutmut_76 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_77'] = x_request_device_authorization__mutmut_77 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_78'] = x_request_device_authorization__mutmut_78 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_79'] = x_request_device_authorization__mutmut_79 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_80'] = x_request_device_authorization__mutmut_80 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_81'] = x_request_device_authorization__mutmut_81 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_82'] = x_request_device_authorization__mutmut_82 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_83'] = x_request_device_authorization__mutmut_83 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_84'] = x_request_device_authorization__mutmut_84 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_85'] = x_request_device_authorization__mutmut_85 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_86'] = x_request_device_authorization__mutmut_86 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_87'] = x_request_device_authorization__mutmut_87 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_88'] = x_request_device_authorization__mutmut_88 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_89'] = x_request_device_authorization__mutmut_89 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_90'] = x_request_device_authorization__mutmut_90 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_91'] = x_request_device_authorization__mutmut_91 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_92'] = x_request_device_authorization__mutmut_92 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_93'] = x_request_device_authorization__mutmut_93 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_94'] = x_request_device_authorization__mutmut_94 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_95'] = x_request_device_authorization__mutmut_95 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_96'] = x_request_device_authorization__mutmut_96 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_97'] = x_request_device_authorization__mutmut_97 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_98'] = x_request_device_authorization__mutmut_98 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_99'] = x_request_device_authorization__mutmut_99 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_100'] = x_request_device_authorization__mutmut_100 # type: ignore # mutmut generated
mutants_x_request_device_authorization__mutmut['x_request_device_authorization__mutmut_101'] = x_request_device_authorization__mutmut_101 # type: ignore # mutmut generated
mutants_x__seconds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__seconds__mutmut)
def _seconds(value: Any, *, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def x__seconds__mutmut_orig(value: Any, *, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def x__seconds__mutmut_1(value: Any, *, default: float) -> float:
    try:
        number = None
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def x__seconds__mutmut_2(value: Any, *, default: float) -> float:
    try:
        number = float(None)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def x__seconds__mutmut_3(value: Any, *, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if (number > 0) and False else default


def x__seconds__mutmut_4(value: Any, *, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if (number > 0) or True else default


def x__seconds__mutmut_5(value: Any, *, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number >= 0 else default


def x__seconds__mutmut_6(value: Any, *, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number > 1 else default

mutants_x__seconds__mutmut['_mutmut_orig'] = x__seconds__mutmut_orig # type: ignore # mutmut generated
mutants_x__seconds__mutmut['x__seconds__mutmut_1'] = x__seconds__mutmut_1 # type: ignore # mutmut generated
mutants_x__seconds__mutmut['x__seconds__mutmut_2'] = x__seconds__mutmut_2 # type: ignore # mutmut generated
mutants_x__seconds__mutmut['x__seconds__mutmut_3'] = x__seconds__mutmut_3 # type: ignore # mutmut generated
mutants_x__seconds__mutmut['x__seconds__mutmut_4'] = x__seconds__mutmut_4 # type: ignore # mutmut generated
mutants_x__seconds__mutmut['x__seconds__mutmut_5'] = x__seconds__mutmut_5 # type: ignore # mutmut generated
mutants_x__seconds__mutmut['x__seconds__mutmut_6'] = x__seconds__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeviceCodeFlowǁrun__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDeviceCodeFlowǁ_poll__mutmut: MutantDict = {}  # type: ignore


class DeviceCodeFlow(SignInFlow):
    """``on_user_code(user_code, verification_uri)`` shows the code to compare."""

    @_mutmut_mutated(mutants_xǁDeviceCodeFlowǁ__init____mutmut)
    def __init__(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_orig(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_1(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = None
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_2(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = None
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_3(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if (scopes is None) and False else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_4(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if (scopes is None) or True else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_5(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is not None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_6(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = None
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_7(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = None
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_8(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = None
        self._wait = wait or self._stop.wait  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_9(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = None  # True when cancelled

    def xǁDeviceCodeFlowǁ__init____mutmut_10(self, client: OAuth2Client, *, scopes: tuple[str, ...] | None = None,
                 on_user_code: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
        self._scopes = client.provider.scopes if scopes is None else scopes
        self._on_user_code = on_user_code
        self._clock = clock
        self._stop = threading.Event()
        self._wait = wait and self._stop.wait  # True when cancelled

    def cancel(self) -> None:
        super().cancel()
        self._stop.set()

    @_mutmut_mutated(mutants_xǁDeviceCodeFlowǁrun__mutmut)
    def run(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_orig(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_1(self) -> ConnectResult:
        device = None
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_2(self) -> ConnectResult:
        device = request_device_authorization(None, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_3(self) -> ConnectResult:
        device = request_device_authorization(self._client, None)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_4(self) -> ConnectResult:
        device = request_device_authorization(self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_5(self) -> ConnectResult:
        device = request_device_authorization(self._client, )
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_6(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_7(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(None, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_8(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, None)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_9(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_10(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, )
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_11(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(None)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_12(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete and device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_13(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = None
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_14(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(None)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_15(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = None
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_16(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(None)
        return ConnectResult(self._client.provider.id, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_17(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(None, tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_18(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, None, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_19(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, None, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_20(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, None)

    def xǁDeviceCodeFlowǁrun__mutmut_21(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(tokens, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_22(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, account, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_23(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, "device")

    def xǁDeviceCodeFlowǁrun__mutmut_24(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, )

    def xǁDeviceCodeFlowǁrun__mutmut_25(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "XXdeviceXX")

    def xǁDeviceCodeFlowǁrun__mutmut_26(self) -> ConnectResult:
        device = request_device_authorization(self._client, self._scopes)
        if self._on_user_code is not None:
            self._on_user_code(device.user_code, device.verification_uri)
        self._show(device.verification_uri_complete or device.verification_uri)
        tokens = self._poll(device)
        self._check_cancelled()
        account = self._client.fetch_account(tokens)
        return ConnectResult(self._client.provider.id, tokens, account, "DEVICE")

    @_mutmut_mutated(mutants_xǁDeviceCodeFlowǁ_poll__mutmut)
    def _poll(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_orig(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_1(self, device: DeviceAuthorization) -> TokenSet:
        expires = None
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_2(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() - device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_3(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = None  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_4(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(None, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_5(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, None)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_6(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_7(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, )  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_8(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() - self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_9(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = None
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_10(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while False:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_11(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() - interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_12(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval >= deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_13(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    None)
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_14(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if (deadline == expires) and False
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_15(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if (deadline == expires) or True
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_16(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "XXThe device code expired before it was approved.XX" if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_17(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "the device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_18(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "THE DEVICE CODE EXPIRED BEFORE IT WAS APPROVED." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_19(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline != expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_20(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "XXNo approval in time; sign-in timed out.XX")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_21(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "no approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_22(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "NO APPROVAL IN TIME; SIGN-IN TIMED OUT.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_23(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(None)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_24(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(None, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_25(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, None)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_26(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_27(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, )
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_28(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error != "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_29(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "XXauthorization_pendingXX":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_30(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "AUTHORIZATION_PENDING":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_31(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    break
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_32(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error != "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_33(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "XXslow_downXX":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_34(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "SLOW_DOWN":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_35(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = None
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_36(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(None, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_37(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, None)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_38(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_39(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, )
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_40(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval - SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_41(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    break
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_42(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error != "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_43(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "XXaccess_deniedXX":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_44(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "ACCESS_DENIED":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_45(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError(None) from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_46(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("XXThe sign-in was not approved.XX") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_47(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("the sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_48(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("THE SIGN-IN WAS NOT APPROVED.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_49(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error != "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_50(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "XXexpired_tokenXX":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_51(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "EXPIRED_TOKEN":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_52(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        None) from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_53(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "XXThe device code expired before it was approved.XX") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_54(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "the device code expired before it was approved.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_55(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "THE DEVICE CODE EXPIRED BEFORE IT WAS APPROVED.") from None
                raise ProviderError(exc.error, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_56(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(None, exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_57(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, None) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_58(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.description) from None

    def xǁDeviceCodeFlowǁ_poll__mutmut_59(self, device: DeviceAuthorization) -> TokenSet:
        expires = self._clock() + device.expires_in
        deadline = min(expires, self._clock() + self._timeout)  # the caller's limit too
        interval = device.interval
        while True:
            if self._clock() + interval > deadline:
                raise FlowTimeoutError(
                    "The device code expired before it was approved." if deadline == expires
                    else "No approval in time; sign-in timed out.")
            self._wait(interval)
            self._check_cancelled()
            try:
                return self._client.poll_device_token(device.device_code, self._scopes)
            except TokenEndpointError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval = min(MAX_INTERVAL, interval + SLOW_DOWN_STEP)
                    continue
                if exc.error == "access_denied":
                    raise NotApprovedError("The sign-in was not approved.") from None
                if exc.error == "expired_token":
                    raise FlowTimeoutError(
                        "The device code expired before it was approved.") from None
                raise ProviderError(exc.error, ) from None

mutants_xǁDeviceCodeFlowǁ__init____mutmut['_mutmut_orig'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_1'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_2'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_3'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_4'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_5'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_6'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_7'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_8'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_9'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ__init____mutmut['xǁDeviceCodeFlowǁ__init____mutmut_10'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ__init____mutmut_10 # type: ignore # mutmut generated

mutants_xǁDeviceCodeFlowǁrun__mutmut['_mutmut_orig'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_1'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_2'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_3'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_4'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_5'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_6'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_7'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_8'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_9'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_10'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_11'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_12'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_13'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_14'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_15'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_16'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_16 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_17'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_17 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_18'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_18 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_19'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_19 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_20'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_20 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_21'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_21 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_22'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_22 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_23'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_23 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_24'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_24 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_25'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_25 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁrun__mutmut['xǁDeviceCodeFlowǁrun__mutmut_26'] = DeviceCodeFlow.xǁDeviceCodeFlowǁrun__mutmut_26 # type: ignore # mutmut generated

mutants_xǁDeviceCodeFlowǁ_poll__mutmut['_mutmut_orig'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_1'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_2'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_3'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_4'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_5'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_6'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_7'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_8'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_9'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_10'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_11'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_12'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_13'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_14'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_15'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_16'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_16 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_17'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_17 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_18'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_18 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_19'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_19 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_20'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_20 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_21'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_21 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_22'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_22 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_23'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_23 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_24'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_24 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_25'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_25 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_26'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_26 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_27'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_27 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_28'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_28 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_29'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_29 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_30'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_30 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_31'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_31 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_32'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_32 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_33'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_33 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_34'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_34 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_35'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_35 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_36'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_36 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_37'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_37 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_38'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_38 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_39'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_39 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_40'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_40 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_41'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_41 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_42'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_42 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_43'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_43 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_44'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_44 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_45'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_45 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_46'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_46 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_47'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_47 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_48'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_48 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_49'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_49 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_50'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_50 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_51'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_51 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_52'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_52 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_53'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_53 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_54'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_54 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_55'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_55 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_56'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_56 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_57'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_57 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_58'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_58 # type: ignore # mutmut generated
mutants_xǁDeviceCodeFlowǁ_poll__mutmut['xǁDeviceCodeFlowǁ_poll__mutmut_59'] = DeviceCodeFlow.xǁDeviceCodeFlowǁ_poll__mutmut_59 # type: ignore # mutmut generated
