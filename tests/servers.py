"""Real local servers for integration tests, on loopback ports picked at random."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
def chroma_server(path: Path) -> Iterator[str]:
    """`chroma run` on 127.0.0.1; yields its URL."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or "chroma"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    with running(cmd, f"{url}/api/v2/heartbeat", 60, path.parent / f"chroma-{port}.log", dict(os.environ)):
        yield url
