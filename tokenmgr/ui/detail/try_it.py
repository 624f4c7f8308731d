""""Try it": send a signed request for the selected account and see the answer.

A self-contained part for the detail pane: a request line (method and URL,
prefilled with the provider's account endpoint), an optional body (``key=value``
lines as a form, or JSON), and the answer — status, headers, body (JSON
indented, size-capped), and the request as sent with its secrets masked. The
request runs through the injected ``submit`` (the window's ``TaskRunner``),
never on the UI thread; everything shown is plain text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tokenmgr.api_calls import ApiRequest, ApiResponse
from tokenmgr.ui.errors import describe_error

if TYPE_CHECKING:
    from tokenmgr.accounts import AccountService
    from tokenmgr.values.provider import Provider

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
MAX_SHOWN_CHARS = 200_000
Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                  None]


class BodyError(ValueError):
    pass


def parse_body(text: str) -> tuple[list[tuple[str, str]], str | None]:
    """JSON when it looks like JSON, else one ``key=value`` form field per line (order
    and repeated keys kept)."""
    stripped = text.strip()
    if not stripped:
        return [], None
    if stripped[0] in "{[":
        try:
            json.loads(stripped)
        except ValueError as exc:
            raise BodyError(f"The body is not valid JSON ({exc}).") from None
        return [], stripped
    pairs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            key, sep, value = line.partition("=")
            if not sep or not key.strip():
                raise BodyError(f"Body line {number}: expected key=value, or a JSON body.")
            pairs.append((key.strip(), value))
    return pairs, None


def capped(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n… ({len(text) - limit:,} more characters not shown)"


def _read_only(name: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setAccessibleName(name)
    view.setTabChangesFocus(True)  # Tab moves on through the window, never stuck here
    return view


class TryItWidget(QWidget):
    """``call(request)`` runs through ``submit`` off the UI thread and returns an
    ``ApiResponse`` (or raises a typed error); ``finished`` carries either."""

    finished = Signal(object)

    def __init__(self, call: Callable[[ApiRequest], ApiResponse], submit: Submit, *,
                 url: str = "", method: str = "GET", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._submit = submit
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(METHODS)
        self.method.setCurrentText(method)
        self.method.setAccessibleName("HTTP method")
        line_edit = self.method.lineEdit()
        if line_edit is not None:
            line_edit.setAccessibleName("HTTP method")
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText("https://api.example.com/user, or /user")
        self.url.setAccessibleName("Request URL")
        self.url.returnPressed.connect(self.send)
        self.send_button = QPushButton("&Send", self)
        self.send_button.setAccessibleName("Send the request")
        self.send_button.clicked.connect(self.send)
        line = QHBoxLayout()
        line.addWidget(self.method)
        line.addWidget(self.url, 1)
        line.addWidget(self.send_button)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText("Body (optional): key=value per line, or JSON")
        self.body.setAccessibleName("Request body")
        self.body.setMaximumHeight(80)
        self.body.setTabChangesFocus(True)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName("Response status")
        self.status.setWordWrap(True)
        self.response_body = _read_only("Response body", self)
        self.response_headers = _read_only("Response headers", self)
        self.request_view = _read_only("Request as sent, secrets masked", self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Response")
        self.tabs.addTab(self.response_body, "&Body")
        self.tabs.addTab(self.response_headers, "&Headers")
        self.tabs.addTab(self.request_view, "&Request")
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addWidget(self.body)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def send(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.status.setText("Enter the request's URL.")
            return
        try:
            form, json_body = parse_body(self.body.toPlainText())
        except BodyError as exc:
            self.status.setText(str(exc))
            return
        method = self.method.currentText().strip().upper() or "GET"
        request = ApiRequest(method, url, form=tuple(form), json_body=json_body)
        self.send_button.setEnabled(False)
        self.status.setText(f"Sending {method} …")
        self._submit(lambda: self._call(request), self._show, self._failed)

    def _show(self, response: ApiResponse) -> None:
        self.send_button.setEnabled(True)
        size = len(response.body)
        status = f"{response.status} {response.reason}".strip() + f" · {size:,} bytes"
        if response.rejected:
            status += " · the provider rejected the token"
        self.status.setText(status)
        self.response_headers.setPlainText(response.mask(
            "\n".join(f"{k}: {v}" for k, v in response.headers.items())))
        self.response_body.setPlainText(capped(response.mask(response.pretty_body())))
        self.request_view.setPlainText(response.mask("\n".join(
            [f"{response.method} {response.url}"]
            + [f"{k}: {v}" for k, v in response.request_headers])))
        self.finished.emit(response)

    def _failed(self, error: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.status.setText(describe_error(error))
        self.finished.emit(error)


def try_it_for(service: AccountService, submit: Submit, selector: str, provider: Provider,
               parent: QWidget | None = None) -> TryItWidget:
    """The widget for one account, prefilled with its provider's account endpoint."""
    from tokenmgr.api_calls import ApiCaller

    caller = ApiCaller(service)
    return TryItWidget(lambda request: caller.call(selector, request), submit,
                       url=provider.userinfo_url or provider.api_base_url or "",
                       method=provider.userinfo_method, parent=parent)
