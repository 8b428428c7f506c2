"""Load and leaks, in a short mode for CI. Longer runs: BOT_LEAK_QUESTIONS=1000 BOT_SOAK_SECONDS=120."""
import os
import sys

import pytest

from bot.bench.load import bundled_questions as questions
from bot.bench.load import run_clients

pytestmark = pytest.mark.slow
LEAK_QUESTIONS = int(os.environ.get("BOT_LEAK_QUESTIONS", "300"))
SOAK_SECONDS = float(os.environ.get("BOT_SOAK_SECONDS", "20"))
SOAK_CLIENTS = 8


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
    result = run_clients(page_url, questions(), SOAK_CLIENTS, SOAK_SECONDS)
    print(f"\nsoak: {result.summary()}", file=sys.stderr)
    assert result.errors == [] and result.answers >= SOAK_CLIENTS
