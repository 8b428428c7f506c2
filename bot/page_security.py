"""The page's second walls, as ASGI middleware around Gradio's app.

- Every response carries a Content-Security-Policy that lets the page load images, scripts, styles, fonts
  and connections only from itself: if essay text ever became markup despite `render.inert`, the browser
  would still fetch nothing from anywhere else.
- Failed logins are slowed down per client address: after a few, the next attempt must wait, doubling.
- File uploads are refused: no component of this page takes a file (Gradio's own size limit is set too).
"""
from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    # Gradio's page runs inline bootstrap code and the page's own `js` through new Function()
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
FREE_LOGIN_FAILURES = 3      # wrong passwords a client may type before it has to wait
MAX_LOGIN_WAIT_S = 300.0     # the wait doubles per failure up to this
FORGET_AFTER_S = 3600.0      # a client's failures are forgotten after this long without another
MAX_TRACKED_CLIENTS = 10_000
UPLOAD_PATHS = ("/gradio_api/upload", "/upload")


class SecurityHeaders:
    """Adds the Content-Security-Policy and related headers to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + \
                    [(name, value) for name, value in SECURITY_HEADERS if name not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RefuseUploads:
    """POST to Gradio's upload route answers 403 before the body is read: this page takes no files."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].rstrip("/").endswith(UPLOAD_PATHS):
            return await _json_response(send, 403, "this page takes no file uploads; add essays to the "
                                                   "corpus folder on the server instead")
        await self.app(scope, receive, send)


@dataclass
class _Failures:
    count: int
    last: float


class LoginThrottle:
    """After FREE_LOGIN_FAILURES wrong logins from one address, each further try waits 2, 4, 8... seconds.

    A try made before its wait is over is answered 429 with Retry-After, without checking the password, so
    guessing costs time per address. A successful login clears the address's record.
    """

    def __init__(self, app: ASGIApp, clock: Callable[[], float] = time.monotonic):
        self.app = app
        self._clock = clock
        self._failures: OrderedDict[str, _Failures] = OrderedDict()

    def wait_s(self, client: str) -> float:
        """Seconds this client must still wait before its next login attempt (0: it may try now)."""
        record = self._failures.get(client)
        if record is None:
            return 0.0
        now = self._clock()
        if now - record.last > FORGET_AFTER_S:
            del self._failures[client]
            return 0.0
        if record.count < FREE_LOGIN_FAILURES:
            return 0.0
        delay = min(MAX_LOGIN_WAIT_S, float(2 ** (record.count - FREE_LOGIN_FAILURES + 1)))
        return max(0.0, record.last + delay - now)

    def _record(self, client: str, succeeded: bool) -> None:
        if succeeded:
            self._failures.pop(client, None)
            return
        record = self._failures.pop(client, None) or _Failures(0, 0.0)
        record.count, record.last = record.count + 1, self._clock()
        self._failures[client] = record
        while len(self._failures) > MAX_TRACKED_CLIENTS:
            self._failures.popitem(last=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"].rstrip("/") != "/login":
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("unknown",))[0]
        wait = self.wait_s(client)
        if wait > 0:
            return await _json_response(send, 429, f"too many failed logins from this address; wait "
                                                   f"{wait:.0f} s before trying again",
                                        [(b"retry-after", str(int(wait) + 1).encode())])
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] in (200, 400, 401, 403):
            self._record(client, succeeded=status[0] == 200)


async def _json_response(send: Send, status: int, detail: str,
                         headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})
