"""Load and leaks, in a short mode for CI. Longer runs: BOT_LEAK_QUESTIONS=1000 BOT_SOAK_SECONDS=120."""
import os
import statistics
import sys
import threading
import time

import pytest
import yaml

from bot.settings import REPO_ROOT

pytestmark = pytest.mark.slow
LEAK_QUESTIONS = int(os.environ.get("BOT_LEAK_QUESTIONS", "300"))
SOAK_SECONDS = float(os.environ.get("BOT_SOAK_SECONDS", "20"))
SOAK_CLIENTS = 8


def questions() -> list[str]:
    items = yaml.safe_load((REPO_ROOT / "evals" / "questions.yaml").read_text())["questions"]
    return [q["question"] for q in items]


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_memory_stays_flat_over_many_questions(extractive_bot):
    pool = questions()
    for q in pool:   # warm-up: every code path and cache touched once
        extractive_bot.ask(q)
    before = rss_mib()
    for i in range(LEAK_QUESTIONS):
        extractive_bot.ask(pool[i % len(pool)])
    after = rss_mib()
    print(f"\nRSS {before:.0f} MiB -> {after:.0f} MiB over {LEAK_QUESTIONS} questions", file=sys.stderr)
    assert after < before * 1.05


def test_eight_concurrent_clients_get_answers_without_errors(page_url):
    from gradio_client import Client

    pool = questions()
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + SOAK_SECONDS
    lock = threading.Lock()

    def client_loop(offset: int) -> None:
        client = Client(page_url, verbose=False)
        i = offset
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                answer_md, status, _, _ = client.predict(pool[i % len(pool)], [], api_name="/chat")
                ok = bool(answer_md) and ("Extracted" in status)
            except Exception as exc:  # any failure is what this test counts
                ok, answer_md = False, f"{type(exc).__name__}: {exc}"
            with lock:
                (latencies.append(time.monotonic() - started) if ok else errors.append(answer_md))
            i += SOAK_CLIENTS

    threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(SOAK_CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=SOAK_SECONDS + 120)
    p95 = sorted(latencies)[int(0.95 * (len(latencies) - 1))] if latencies else None
    print(f"\nsoak: {len(latencies)} answers, {len(errors)} errors in {SOAK_SECONDS:.0f} s, "
          f"{len(latencies) / SOAK_SECONDS:.1f}/s, median {statistics.median(latencies):.2f} s, p95 {p95:.2f} s",
          file=sys.stderr)
    assert errors == [] and len(latencies) >= SOAK_CLIENTS
