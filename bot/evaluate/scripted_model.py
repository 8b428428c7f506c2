"""A scripted OpenAI-compatible model: a loopback Chat Completions server streaming the text a function
chooses for each request. The evaluation measures the citation check with it (the words of the answer must
be known), and the tests use it wherever a real model's words cannot be chosen; the protocol itself is
tested against llama.cpp."""
from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Script = Callable[[dict[str, Any]], str]   # the request body -> the answer's text


@contextmanager
def scripted_model(script: Script) -> Iterator[str]:
    """Serve the script on 127.0.0.1, streaming its answer word by word; yields the /v1 base URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
            words = script(body).split(" ")
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            for i, word in enumerate(words):
                self._event({"content": word + (" " if i < len(words) - 1 else "")}, None)
            self._event({}, "stop")
            self.wfile.write(b"data: [DONE]\n\n")

        def _event(self, delta: dict[str, str], finish: str | None) -> None:
            chunk = {"id": "s", "object": "chat.completion.chunk", "created": 0, "model": "scripted",
                     "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()

    with serving(Handler) as address:
        yield f"{address}/v1"


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A request handler class served on a loopback port in a thread; yields the address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
