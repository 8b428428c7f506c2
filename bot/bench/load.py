"""python -m bot.bench.load --url URL [--clients 8] [--seconds 60] [--questions new]: clients asking a page at once.

Prints throughput, latency percentiles and errors, for 1 client and for N, so the page's queue and
concurrency settings can be chosen from measurements. Every request goes to the URL given (loopback).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field

from bot.base.settings import REPO_ROOT
from bot.base.stats import percentile


@dataclass
class LoadResult:
    clients: int
    seconds: float
    answers: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_s: list[float] = field(default_factory=list)

    @property
    def throughput(self) -> float:
        return self.answers / self.seconds

    def summary(self) -> dict:
        return {"clients": self.clients, "seconds": self.seconds, "answers": self.answers,
                "errors": len(self.errors), "answers_per_s": round(self.throughput, 2),
                "p50_s": round(statistics.median(self.latencies_s), 3) if self.latencies_s else None,
                "p95_s": round(p95, 3) if (p95 := percentile(self.latencies_s, 95)) is not None else None}


def bundled_questions() -> list[str]:
    import yaml

    items = yaml.safe_load((REPO_ROOT / "evals" / "questions.yaml").read_text(encoding="utf-8"))["questions"]
    return [q["question"] for q in items]


def ask_once(http, url: str, question: str, session: str | None = None) -> str | None:
    """One question through the page's HTTP API (POST /gradio_api/call/chat, then its event stream);
    returns None for a complete answer with a status line, else what went wrong. `session` plays the
    part of a browser tab: without it, every question opens a new Gradio session."""
    posted = http.post(f"{url}gradio_api/call/chat", json={"data": [question, [], [], None], "session_hash": session})
    if posted.status_code != 200:
        return f"HTTP {posted.status_code}: {posted.text[:200]}"
    event, data = None, None
    with http.stream("GET", f"{url}gradio_api/call/chat/{posted.json()['event_id']}") as stream:
        for line in stream.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event in ("complete", "error"):
                data = line[6:]
                break
    if event != "complete":
        return f"{event}: {data}"
    values = json.loads(data or "null")   # the answer first, then the page's other outputs (status, sources, copy text)
    answered = values and values[0] and any('class="sources"' in str(v) for v in values[1:])
    return None if answered else f"no answer with sources: {str(values)[:200]}"


def run_clients(url: str, questions: list[str], clients: int, seconds: float) -> LoadResult:
    """`clients` threads, each asking the page's HTTP API in a loop until the time is up.

    Plain HTTP (httpx) rather than gradio_client: on 2 cores gradio_client's own threads used more CPU
    than the page it measured (163% against 34% with 8 clients), so it measured itself.
    """
    import httpx

    result = LoadResult(clients, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def loop(offset: int) -> None:
        i = offset
        session = uuid.uuid4().hex[:11]   # one visitor, one browser tab, asking in turn
        with httpx.Client(timeout=120) as http:
            while time.monotonic() < deadline:
                started = time.monotonic()
                try:
                    error = ask_once(http, url, questions[i % len(questions)], session)
                except Exception as exc:  # every failure is counted and reported, none stops the run
                    error = f"{type(exc).__name__}: {exc}"
                with lock:
                    if error:
                        result.errors.append(error)
                    else:
                        result.answers += 1
                        result.latencies_s.append(time.monotonic() - started)
                i += clients

    threads = [threading.Thread(target=loop, args=(n,), daemon=True) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 300)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.load", description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--questions", choices=["bundled", "new"], default="bundled",
                        help="bundled: the evaluation questions in turn (embeddings cached after the first "
                             "round); new: generated questions never asked before, so every one is embedded")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.questions == "new":
        from bot.bench.synthetic import generate_questions

        # a different seed for each run, so the second run does not find the first one's cached vectors
        first, second = generate_questions(50_000, seed=1), generate_questions(50_000, seed=2)
    else:
        first = second = bundled_questions()
    single = run_clients(args.url, first, 1, args.seconds).summary()
    many = run_clients(args.url, second, args.clients, args.seconds).summary()
    ratios = {"throughput_ratio": round(many["answers_per_s"] / single["answers_per_s"], 2),
              "p95_ratio": round(many["p95_s"] / single["p95_s"], 2)}
    result = {"single": single, "concurrent": many, **ratios}
    if args.json:
        print(json.dumps(result))
    else:
        for row in (single, many):
            print(row)
        print(ratios)
    return 0


if __name__ == "__main__":
    sys.exit(main())
