"""The Connect flow for OAuth 1: 1.0a (callback with the request token), legacy
1.0 (callback on the authorize URL, no verifier) and out-of-band PIN.

Same callbacks as the OAuth 2 flow, plus ``ask_code`` for the PIN. The request
token and its secret exist only inside ``run()``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tokenmgr.errors import BadRequestError
from tokenmgr.oauth.flow import ConnectResult, SignInFlow
from tokenmgr.oauth.loopback import LoopbackRedirectServer
from tokenmgr.oauth.oauth1 import OOB, OAuth1Client, RequestToken
from tokenmgr.oauth.redirect import validate_oauth1_redirect
from tokenmgr.secret import Secret


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁOAuth1Flowǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Flowǁrun__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOAuth1Flowǁ_finish__mutmut: MutantDict = {}  # type: ignore


class OAuth1Flow(SignInFlow):
    @_mutmut_mutated(mutants_xǁOAuth1Flowǁ__init____mutmut)
    def __init__(self, client: OAuth1Client, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
    def xǁOAuth1Flowǁ__init____mutmut_orig(self, client: OAuth1Client, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = client
    def xǁOAuth1Flowǁ__init____mutmut_1(self, client: OAuth1Client, **callbacks: Any) -> None:
        super().__init__(**callbacks)
        self._client = None

    @_mutmut_mutated(mutants_xǁOAuth1Flowǁrun__mutmut)
    def run(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_orig(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_1(self) -> ConnectResult:
        mode = None
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_2(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode != OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_3(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = None
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_4(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(None)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_5(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(None, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_6(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, None, None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_7(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_8(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_9(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), )
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_10(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(None), None)
        return self._run_with_catcher(legacy=mode == "1.0")

    def xǁOAuth1Flowǁrun__mutmut_11(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=None)

    def xǁOAuth1Flowǁrun__mutmut_12(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode != "1.0")

    def xǁOAuth1Flowǁrun__mutmut_13(self) -> ConnectResult:
        mode = self._client.provider.callback_mode
        if mode == OOB:
            request_token = self._client.request_token(OOB)
            self._check_cancelled()
            return self._finish(request_token, self._ask_pin(request_token), None)
        return self._run_with_catcher(legacy=mode == "XX1.0XX")

    @_mutmut_mutated(mutants_xǁOAuth1Flowǁ_ask_pin__mutmut)
    def _ask_pin(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_orig(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_1(self, request_token: RequestToken) -> Secret:
        if self._ask_code is not None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_2(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError(None)
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_3(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("XXThis provider shows a PIN, but nothing can ask for it here.XX")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_4(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("this provider shows a pin, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_5(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("THIS PROVIDER SHOWS A PIN, BUT NOTHING CAN ASK FOR IT HERE.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_6(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(None)
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_7(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(None))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_8(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = None
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_9(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(None).strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_10(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 and any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_11(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin and len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_12(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_13(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) >= 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_14(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 257 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_15(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(None):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_16(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError(None)
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_17(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("XXThat does not look like the provider's PIN.XX")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_18(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("that does not look like the provider's pin.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_19(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("THAT DOES NOT LOOK LIKE THE PROVIDER'S PIN.")
        return Secret(pin)

    def xǁOAuth1Flowǁ_ask_pin__mutmut_20(self, request_token: RequestToken) -> Secret:
        if self._ask_code is None:
            raise BadRequestError("This provider shows a PIN, but nothing can ask for it here.")
        self._show(self._client.authorization_url(request_token))
        pin = self._ask_code(f"Enter the PIN {self._client.provider.name} shows:").strip()
        self._check_cancelled()
        if not pin or len(pin) > 256 or any(c.isspace() for c in pin):
            raise BadRequestError("That does not look like the provider's PIN.")
        return Secret(None)

    @_mutmut_mutated(mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut)
    def _run_with_catcher(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_orig(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_1(self, *, legacy: bool) -> ConnectResult:
        provider = None
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_2(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = None
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_3(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=None, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_4(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=None,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_5(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=None, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_6(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=None,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_7(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=None,
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_8(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_9(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_10(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_11(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_12(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_13(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_14(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(None, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_15(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=None),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_16(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_17(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, ),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_18(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_19(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(None):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_20(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = None
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_21(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = None
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_22(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_23(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if (legacy) and False else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_24(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if (legacy) or True else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_25(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(None)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_26(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(None)
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_27(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                None, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_28(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_29(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_30(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, ))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_31(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if (legacy) and False else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_32(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if (legacy) or True else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_33(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = None
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_34(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(None)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_35(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_36(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if (response.code.reveal()) and False else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_37(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if (response.code.reveal()) or True else None
        return self._finish(request_token, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_38(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(None, verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_39(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, None, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_40(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, None)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_41(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(verifier, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_42(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, callback)

    def xǁOAuth1Flowǁ_run_with_catcher__mutmut_43(self, *, legacy: bool) -> ConnectResult:
        provider = self._client.provider
        server = LoopbackRedirectServer(
            None, port=provider.redirect_port, path=provider.redirect_path,
            provider_name=provider.name, linger_seconds=self._linger,
            validate=partial(validate_oauth1_redirect, require_verifier=not legacy),
        )
        with self._serving(server):
            callback = server.redirect_uri
            request_token = self._client.request_token(None if legacy else callback)
            server.expect(request_token.token)
            self._show(self._client.authorization_url(
                request_token, legacy_callback=callback if legacy else None))
            response = server.wait(self._timeout)
        self._check_cancelled()
        verifier = response.code if response.code.reveal() else None
        return self._finish(request_token, verifier, )

    @_mutmut_mutated(mutants_xǁOAuth1Flowǁ_finish__mutmut)
    def _finish(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_orig(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_1(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = None
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_2(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(None, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_3(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, None)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_4(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_5(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, )
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_6(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = None
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_7(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(None)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_8(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(None, grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_9(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, None, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_10(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, None, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_11(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, None)

    def xǁOAuth1Flowǁ_finish__mutmut_12(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(grant.tokens, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_13(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, account, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_14(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, callback or OOB)

    def xǁOAuth1Flowǁ_finish__mutmut_15(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, )

    def xǁOAuth1Flowǁ_finish__mutmut_16(self, request_token: RequestToken, verifier: Secret | None,
                callback: str | None) -> ConnectResult:
        grant = self._client.access_token(request_token, verifier)
        self._check_cancelled()
        account = self._client.fetch_account(grant)
        return ConnectResult(self._client.provider.id, grant.tokens, account, callback and OOB)

mutants_xǁOAuth1Flowǁ__init____mutmut['_mutmut_orig'] = OAuth1Flow.xǁOAuth1Flowǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ__init____mutmut['xǁOAuth1Flowǁ__init____mutmut_1'] = OAuth1Flow.xǁOAuth1Flowǁ__init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁOAuth1Flowǁrun__mutmut['_mutmut_orig'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_1'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_2'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_3'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_4'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_5'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_6'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_7'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_8'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_9'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_10'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_11'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_12'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁrun__mutmut['xǁOAuth1Flowǁrun__mutmut_13'] = OAuth1Flow.xǁOAuth1Flowǁrun__mutmut_13 # type: ignore # mutmut generated

mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['_mutmut_orig'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_1'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_2'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_3'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_4'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_5'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_6'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_7'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_8'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_9'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_10'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_11'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_12'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_13'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_14'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_15'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_16'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_17'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_18'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_19'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_ask_pin__mutmut['xǁOAuth1Flowǁ_ask_pin__mutmut_20'] = OAuth1Flow.xǁOAuth1Flowǁ_ask_pin__mutmut_20 # type: ignore # mutmut generated

mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['_mutmut_orig'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_1'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_2'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_3'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_4'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_5'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_6'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_7'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_8'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_9'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_10'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_11'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_12'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_13'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_14'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_15'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_16'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_17'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_18'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_19'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_20'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_21'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_22'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_23'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_24'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_25'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_26'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_26 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_27'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_27 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_28'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_28 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_29'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_29 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_30'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_31'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_31 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_32'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_32 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_33'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_33 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_34'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_34 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_35'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_35 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_36'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_36 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_37'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_37 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_38'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_38 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_39'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_39 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_40'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_40 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_41'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_41 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_42'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_42 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_run_with_catcher__mutmut['xǁOAuth1Flowǁ_run_with_catcher__mutmut_43'] = OAuth1Flow.xǁOAuth1Flowǁ_run_with_catcher__mutmut_43 # type: ignore # mutmut generated

mutants_xǁOAuth1Flowǁ_finish__mutmut['_mutmut_orig'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_1'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_2'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_3'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_4'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_5'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_6'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_7'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_8'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_9'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_10'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_11'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_12'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_13'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_14'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_15'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOAuth1Flowǁ_finish__mutmut['xǁOAuth1Flowǁ_finish__mutmut_16'] = OAuth1Flow.xǁOAuth1Flowǁ_finish__mutmut_16 # type: ignore # mutmut generated
