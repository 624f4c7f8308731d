"""HTTP for the OAuth engine: deadlines, a response size cap, loopback-only HTTP.

``requests`` is imported when the first client is built, not before: the
CLI's fast path (a still-valid token) never pays for it. Every request has a
connect timeout, a total deadline and a byte cap (SECURITY.md 12, 13), and no
token POST is ever retried: codes are single-use and a retried rotation can
revoke a whole grant.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from tokenmgr.errors import NetworkError, TokenResponseError
from tokenmgr.values.transport import check_endpoint, is_loopback_host

CONNECT_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
MAX_RESPONSE_BYTES = 1 << 20
USER_AGENT = "tokenmgr/0.1"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁHttpResponseǁjson__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @_mutmut_mutated(mutants_xǁHttpResponseǁjson__mutmut)
    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise TokenResponseError("The provider's answer is not valid JSON.") from None

    def xǁHttpResponseǁjson__mutmut_orig(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise TokenResponseError("The provider's answer is not valid JSON.") from None

    def xǁHttpResponseǁjson__mutmut_1(self) -> Any:
        try:
            return json.loads(None)
        except ValueError:
            raise TokenResponseError("The provider's answer is not valid JSON.") from None

    def xǁHttpResponseǁjson__mutmut_2(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise TokenResponseError(None) from None

    def xǁHttpResponseǁjson__mutmut_3(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise TokenResponseError("XXThe provider's answer is not valid JSON.XX") from None

    def xǁHttpResponseǁjson__mutmut_4(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise TokenResponseError("the provider's answer is not valid json.") from None

    def xǁHttpResponseǁjson__mutmut_5(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            raise TokenResponseError("THE PROVIDER'S ANSWER IS NOT VALID JSON.") from None

mutants_xǁHttpResponseǁjson__mutmut['_mutmut_orig'] = HttpResponse.xǁHttpResponseǁjson__mutmut_orig # type: ignore # mutmut generated
mutants_xǁHttpResponseǁjson__mutmut['xǁHttpResponseǁjson__mutmut_1'] = HttpResponse.xǁHttpResponseǁjson__mutmut_1 # type: ignore # mutmut generated
mutants_xǁHttpResponseǁjson__mutmut['xǁHttpResponseǁjson__mutmut_2'] = HttpResponse.xǁHttpResponseǁjson__mutmut_2 # type: ignore # mutmut generated
mutants_xǁHttpResponseǁjson__mutmut['xǁHttpResponseǁjson__mutmut_3'] = HttpResponse.xǁHttpResponseǁjson__mutmut_3 # type: ignore # mutmut generated
mutants_xǁHttpResponseǁjson__mutmut['xǁHttpResponseǁjson__mutmut_4'] = HttpResponse.xǁHttpResponseǁjson__mutmut_4 # type: ignore # mutmut generated
mutants_xǁHttpResponseǁjson__mutmut['xǁHttpResponseǁjson__mutmut_5'] = HttpResponse.xǁHttpResponseǁjson__mutmut_5 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁHttpClientǁrequest__mutmut: MutantDict = {}  # type: ignore


class HttpClient:
    @_mutmut_mutated(mutants_xǁHttpClientǁ__init____mutmut)
    def __init__(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_orig(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_1(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = None
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_2(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = None
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_3(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = None
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_4(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = None
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_5(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["XXUser-AgentXX"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_6(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["user-agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_7(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["USER-AGENT"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_8(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = None  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_9(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = False  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_10(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = None
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_11(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = None
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_12(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["XXUser-AgentXX"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_13(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["user-agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_14(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["USER-AGENT"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_15(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = None
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_16(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = True
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_17(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = None
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_18(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = None
        self.max_bytes = max_bytes
    def xǁHttpClientǁ__init____mutmut_19(
        self,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        total_timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        import requests  # deferred: see module docstring
        import urllib3.exceptions

        self._requests = requests
        self._urllib3_errors = urllib3.exceptions
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.trust_env = True  # proxies from the environment, as users expect
        # Loopback traffic (local IdPs, the catcher's own servers) never goes through a
        # proxy, whatever http_proxy/no_proxy say: a proxy would see the refresh token
        # and client secret in clear text (SECURITY.md #12). This session reads no environment.
        self._direct = requests.Session()
        self._direct.headers["User-Agent"] = USER_AGENT
        self._direct.trust_env = False
        self.connect_timeout = connect_timeout
        self.total_timeout = total_timeout
        self.max_bytes = None

    @_mutmut_mutated(mutants_xǁHttpClientǁrequest__mutmut)
    def request(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_orig(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_1(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(None)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_2(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = None
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_3(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() - self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_4(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = None
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_5(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(None).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_6(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = None
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_7(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if (is_loopback_host(host or "")) and False else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_8(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if (is_loopback_host(host or "")) or True else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_9(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(None) else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_10(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host and "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_11(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "XXXX") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_12(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = None
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_13(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                None, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_14(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, None, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_15(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=None, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_16(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=None, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_17(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=None, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_18(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=None,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_19(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=None, stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_20(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=None,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_21(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=None, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_22(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=None,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_23(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_24(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_25(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_26(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_27(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_28(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_29(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_30(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_31(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_32(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_33(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=False,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_34(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=True, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_35(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=False,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_36(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(None) from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_37(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(None) from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_38(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(None).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_39(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = None
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_40(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get(None)
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_41(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("XXContent-LengthXX")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_42(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_43(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("CONTENT-LENGTH")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_44(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() or int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_45(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared or declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_46(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(None) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_47(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) >= self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_48(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(None)
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_49(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = None
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_50(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 1
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_51(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = None
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_52(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(None, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_53(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, None, None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_54(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr("read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_55(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_56(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", )
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_57(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "XXread1XX", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_58(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "READ1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_59(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = None
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_60(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if (read1 is not None) and False else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_61(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if (read1 is not None) or True else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_62(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(None, b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_63(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", None)
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_64(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_65(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", )
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_66(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: None, b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_67(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) and b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_68(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(None, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_69(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=None) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_70(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_71(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, ) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_72(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16385, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_73(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=False) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_74(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"XXXX", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_75(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"XXXX")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_76(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_77(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(None))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_78(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16385))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_79(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size = len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_80(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size -= len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_81(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size >= self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_82(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            None)
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_83(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() >= deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_84(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(None)
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_85(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(None)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_86(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(None) from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_87(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(None).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_88(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = None
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_89(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.upper(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_90(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(None, headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_91(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, None, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_92(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, None)

    def xǁHttpClientǁrequest__mutmut_93(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(headers_out, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_94(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, b"".join(chunks))

    def xǁHttpClientǁrequest__mutmut_95(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, )

    def xǁHttpClientǁrequest__mutmut_96(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"".join(None))

    def xǁHttpClientǁrequest__mutmut_97(
        self,
        method: str,
        url: str,
        *,
        data: Any = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
    ) -> HttpResponse:
        check_endpoint(url)
        deadline = time.monotonic() + self.total_timeout
        host = urlsplit(url).hostname
        session = self._direct if is_loopback_host(host or "") else self._session
        try:
            resp = session.request(
                method, url, data=data, json=json_body, headers=headers, auth=auth,
                timeout=(self.connect_timeout, self.total_timeout), stream=True,
                allow_redirects=False, verify=True,
            )
        except self._requests.Timeout:
            raise NetworkError(f"{host} did not answer in time.") from None
        except self._requests.RequestException as exc:
            raise NetworkError(f"Could not reach {host}: {type(exc).__name__}") from None
        with resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise TokenResponseError(f"{host} sent a response over {self.max_bytes} bytes.")
            chunks, size = [], 0
            # read1: one socket read per chunk, so the deadline is checked as bytes trickle
            # in (iter_content blocks until 16 KiB or EOF, however long that takes)
            read1 = getattr(resp.raw, "read1", None)
            pieces = (iter(lambda: read1(16384, decode_content=True) or b"", b"")
                      if read1 is not None else resp.iter_content(16384))
            try:
                for chunk in pieces:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TokenResponseError(
                            f"{host} sent a response over {self.max_bytes} bytes.")
                    if time.monotonic() > deadline:
                        raise NetworkError(f"{host} did not finish answering in time.")
                    chunks.append(chunk)
            except (self._requests.RequestException, self._urllib3_errors.HTTPError) as exc:
                raise NetworkError(f"Connection to {host} broke: {type(exc).__name__}") from None
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            return HttpResponse(resp.status_code, headers_out, b"XXXX".join(chunks))

    def close(self) -> None:
        self._session.close()
        self._direct.close()

mutants_xǁHttpClientǁ__init____mutmut['_mutmut_orig'] = HttpClient.xǁHttpClientǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_1'] = HttpClient.xǁHttpClientǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_2'] = HttpClient.xǁHttpClientǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_3'] = HttpClient.xǁHttpClientǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_4'] = HttpClient.xǁHttpClientǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_5'] = HttpClient.xǁHttpClientǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_6'] = HttpClient.xǁHttpClientǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_7'] = HttpClient.xǁHttpClientǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_8'] = HttpClient.xǁHttpClientǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_9'] = HttpClient.xǁHttpClientǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_10'] = HttpClient.xǁHttpClientǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_11'] = HttpClient.xǁHttpClientǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_12'] = HttpClient.xǁHttpClientǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_13'] = HttpClient.xǁHttpClientǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_14'] = HttpClient.xǁHttpClientǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_15'] = HttpClient.xǁHttpClientǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_16'] = HttpClient.xǁHttpClientǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_17'] = HttpClient.xǁHttpClientǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_18'] = HttpClient.xǁHttpClientǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁHttpClientǁ__init____mutmut['xǁHttpClientǁ__init____mutmut_19'] = HttpClient.xǁHttpClientǁ__init____mutmut_19 # type: ignore # mutmut generated

mutants_xǁHttpClientǁrequest__mutmut['_mutmut_orig'] = HttpClient.xǁHttpClientǁrequest__mutmut_orig # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_1'] = HttpClient.xǁHttpClientǁrequest__mutmut_1 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_2'] = HttpClient.xǁHttpClientǁrequest__mutmut_2 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_3'] = HttpClient.xǁHttpClientǁrequest__mutmut_3 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_4'] = HttpClient.xǁHttpClientǁrequest__mutmut_4 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_5'] = HttpClient.xǁHttpClientǁrequest__mutmut_5 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_6'] = HttpClient.xǁHttpClientǁrequest__mutmut_6 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_7'] = HttpClient.xǁHttpClientǁrequest__mutmut_7 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_8'] = HttpClient.xǁHttpClientǁrequest__mutmut_8 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_9'] = HttpClient.xǁHttpClientǁrequest__mutmut_9 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_10'] = HttpClient.xǁHttpClientǁrequest__mutmut_10 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_11'] = HttpClient.xǁHttpClientǁrequest__mutmut_11 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_12'] = HttpClient.xǁHttpClientǁrequest__mutmut_12 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_13'] = HttpClient.xǁHttpClientǁrequest__mutmut_13 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_14'] = HttpClient.xǁHttpClientǁrequest__mutmut_14 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_15'] = HttpClient.xǁHttpClientǁrequest__mutmut_15 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_16'] = HttpClient.xǁHttpClientǁrequest__mutmut_16 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_17'] = HttpClient.xǁHttpClientǁrequest__mutmut_17 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_18'] = HttpClient.xǁHttpClientǁrequest__mutmut_18 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_19'] = HttpClient.xǁHttpClientǁrequest__mutmut_19 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_20'] = HttpClient.xǁHttpClientǁrequest__mutmut_20 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_21'] = HttpClient.xǁHttpClientǁrequest__mutmut_21 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_22'] = HttpClient.xǁHttpClientǁrequest__mutmut_22 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_23'] = HttpClient.xǁHttpClientǁrequest__mutmut_23 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_24'] = HttpClient.xǁHttpClientǁrequest__mutmut_24 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_25'] = HttpClient.xǁHttpClientǁrequest__mutmut_25 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_26'] = HttpClient.xǁHttpClientǁrequest__mutmut_26 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_27'] = HttpClient.xǁHttpClientǁrequest__mutmut_27 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_28'] = HttpClient.xǁHttpClientǁrequest__mutmut_28 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_29'] = HttpClient.xǁHttpClientǁrequest__mutmut_29 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_30'] = HttpClient.xǁHttpClientǁrequest__mutmut_30 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_31'] = HttpClient.xǁHttpClientǁrequest__mutmut_31 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_32'] = HttpClient.xǁHttpClientǁrequest__mutmut_32 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_33'] = HttpClient.xǁHttpClientǁrequest__mutmut_33 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_34'] = HttpClient.xǁHttpClientǁrequest__mutmut_34 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_35'] = HttpClient.xǁHttpClientǁrequest__mutmut_35 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_36'] = HttpClient.xǁHttpClientǁrequest__mutmut_36 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_37'] = HttpClient.xǁHttpClientǁrequest__mutmut_37 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_38'] = HttpClient.xǁHttpClientǁrequest__mutmut_38 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_39'] = HttpClient.xǁHttpClientǁrequest__mutmut_39 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_40'] = HttpClient.xǁHttpClientǁrequest__mutmut_40 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_41'] = HttpClient.xǁHttpClientǁrequest__mutmut_41 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_42'] = HttpClient.xǁHttpClientǁrequest__mutmut_42 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_43'] = HttpClient.xǁHttpClientǁrequest__mutmut_43 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_44'] = HttpClient.xǁHttpClientǁrequest__mutmut_44 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_45'] = HttpClient.xǁHttpClientǁrequest__mutmut_45 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_46'] = HttpClient.xǁHttpClientǁrequest__mutmut_46 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_47'] = HttpClient.xǁHttpClientǁrequest__mutmut_47 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_48'] = HttpClient.xǁHttpClientǁrequest__mutmut_48 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_49'] = HttpClient.xǁHttpClientǁrequest__mutmut_49 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_50'] = HttpClient.xǁHttpClientǁrequest__mutmut_50 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_51'] = HttpClient.xǁHttpClientǁrequest__mutmut_51 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_52'] = HttpClient.xǁHttpClientǁrequest__mutmut_52 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_53'] = HttpClient.xǁHttpClientǁrequest__mutmut_53 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_54'] = HttpClient.xǁHttpClientǁrequest__mutmut_54 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_55'] = HttpClient.xǁHttpClientǁrequest__mutmut_55 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_56'] = HttpClient.xǁHttpClientǁrequest__mutmut_56 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_57'] = HttpClient.xǁHttpClientǁrequest__mutmut_57 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_58'] = HttpClient.xǁHttpClientǁrequest__mutmut_58 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_59'] = HttpClient.xǁHttpClientǁrequest__mutmut_59 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_60'] = HttpClient.xǁHttpClientǁrequest__mutmut_60 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_61'] = HttpClient.xǁHttpClientǁrequest__mutmut_61 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_62'] = HttpClient.xǁHttpClientǁrequest__mutmut_62 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_63'] = HttpClient.xǁHttpClientǁrequest__mutmut_63 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_64'] = HttpClient.xǁHttpClientǁrequest__mutmut_64 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_65'] = HttpClient.xǁHttpClientǁrequest__mutmut_65 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_66'] = HttpClient.xǁHttpClientǁrequest__mutmut_66 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_67'] = HttpClient.xǁHttpClientǁrequest__mutmut_67 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_68'] = HttpClient.xǁHttpClientǁrequest__mutmut_68 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_69'] = HttpClient.xǁHttpClientǁrequest__mutmut_69 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_70'] = HttpClient.xǁHttpClientǁrequest__mutmut_70 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_71'] = HttpClient.xǁHttpClientǁrequest__mutmut_71 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_72'] = HttpClient.xǁHttpClientǁrequest__mutmut_72 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_73'] = HttpClient.xǁHttpClientǁrequest__mutmut_73 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_74'] = HttpClient.xǁHttpClientǁrequest__mutmut_74 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_75'] = HttpClient.xǁHttpClientǁrequest__mutmut_75 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_76'] = HttpClient.xǁHttpClientǁrequest__mutmut_76 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_77'] = HttpClient.xǁHttpClientǁrequest__mutmut_77 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_78'] = HttpClient.xǁHttpClientǁrequest__mutmut_78 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_79'] = HttpClient.xǁHttpClientǁrequest__mutmut_79 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_80'] = HttpClient.xǁHttpClientǁrequest__mutmut_80 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_81'] = HttpClient.xǁHttpClientǁrequest__mutmut_81 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_82'] = HttpClient.xǁHttpClientǁrequest__mutmut_82 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_83'] = HttpClient.xǁHttpClientǁrequest__mutmut_83 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_84'] = HttpClient.xǁHttpClientǁrequest__mutmut_84 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_85'] = HttpClient.xǁHttpClientǁrequest__mutmut_85 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_86'] = HttpClient.xǁHttpClientǁrequest__mutmut_86 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_87'] = HttpClient.xǁHttpClientǁrequest__mutmut_87 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_88'] = HttpClient.xǁHttpClientǁrequest__mutmut_88 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_89'] = HttpClient.xǁHttpClientǁrequest__mutmut_89 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_90'] = HttpClient.xǁHttpClientǁrequest__mutmut_90 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_91'] = HttpClient.xǁHttpClientǁrequest__mutmut_91 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_92'] = HttpClient.xǁHttpClientǁrequest__mutmut_92 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_93'] = HttpClient.xǁHttpClientǁrequest__mutmut_93 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_94'] = HttpClient.xǁHttpClientǁrequest__mutmut_94 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_95'] = HttpClient.xǁHttpClientǁrequest__mutmut_95 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_96'] = HttpClient.xǁHttpClientǁrequest__mutmut_96 # type: ignore # mutmut generated
mutants_xǁHttpClientǁrequest__mutmut['xǁHttpClientǁrequest__mutmut_97'] = HttpClient.xǁHttpClientǁrequest__mutmut_97 # type: ignore # mutmut generated
