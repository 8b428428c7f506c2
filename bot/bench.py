"""python -m bot.bench [--chunks N] [--json]: speed figures on a generated corpus, printed, not asserted."""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.settings import Settings
from bot.synthetic import generate_corpus


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def bench_ingest(settings: Settings, embedder) -> dict:
    """Cold ingest vs the raw embedding throughput on the same texts, then an unchanged re-ingest."""
    from ingest.index import IndexFolder
    from ingest.pipeline import run_ingest

    embedder.embed(["warm up the model"])
    cold = run_ingest(settings, embedder)
    texts = [c.embedding_text for c in IndexFolder(settings.index_dir).read_chunks()]
    started = time.perf_counter()
    embedder.embed(texts)
    raw_s = time.perf_counter() - started
    again = run_ingest(settings, embedder)
    cold_rate = cold.chunks / cold.seconds
    raw_rate = len(texts) / raw_s
    return {"chunks": cold.chunks, "files": cold.files, "cold_ingest_s": cold.seconds,
            "cold_ingest_chunks_per_s": round(cold_rate, 1), "raw_embedding_chunks_per_s": round(raw_rate, 1),
            "ingest_vs_raw_embedding": round(cold_rate / raw_rate, 3),
            "reingest_unchanged_s": again.seconds, "reingest_vs_cold": round(again.seconds / cold.seconds, 4)}


def bench_answering(settings: Settings, embedder, n_queries: int, k: int = 5) -> dict:
    """Retrieval (query embedding included) and extractive answers, plus ANN recall against exact search."""
    import numpy as np

    from bot.core import Bot
    from bot.synthetic import generate_questions

    bot = Bot(settings, embedder=embedder, build_index=False)
    questions = generate_questions(n_queries)
    bot.retrieve(questions[0])  # load the index snapshot before timing
    retrieval_ms, answer_ms = [], []
    for q in questions:
        started = time.perf_counter()
        bot.retrieve(q)
        retrieval_ms.append((time.perf_counter() - started) * 1000)
        answer_ms.append(bot.ask(q).timings["total_ms"])
    collection = bot._snapshot.collection
    stored = collection.get(include=["embeddings"])
    ids, matrix = stored["ids"], np.asarray(stored["embeddings"], dtype=np.float32)
    agree = []
    for q in questions[:100]:
        vector = embedder.embed_query(q)
        exact = {ids[i] for i in np.argsort(-(matrix @ vector))[:k]}
        approx = set(collection.query(query_embeddings=[vector], n_results=k, include=[])["ids"][0])
        agree.append(len(exact & approx) / k)
    return {"queries": len(questions), "retrieval_p50_ms": round(statistics.median(retrieval_ms), 2),
            "retrieval_p95_ms": round(percentile(retrieval_ms, 95), 2),
            "retrieval_p99_ms": round(percentile(retrieval_ms, 99), 2),
            "extractive_answer_p50_ms": round(statistics.median(answer_ms), 2),
            "extractive_answer_p95_ms": round(percentile(answer_ms, 95), 2),
            f"ann_top{k}_agreement_with_exact": round(sum(agree) / len(agree), 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench", description=__doc__)
    parser.add_argument("--chunks", type=int, default=2000, help="size of the generated corpus, in passages")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--queries", type=int, default=200, help="questions timed (at least 200 for stable p95)")
    args = parser.parse_args(argv)
    from ingest.embedder import Embedder

    with tempfile.TemporaryDirectory(prefix="bot-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate_corpus(corpus, args.chunks, seed=args.seed)
        settings = Settings.from_env(corpus_dir=corpus, index_dir=Path(tmp) / "index", chroma_url=None)
        embedder = Embedder(settings.embedding_model)
        result = {"machine": machine(), "requested_chunks": args.chunks, "ingest": bench_ingest(settings, embedder),
                  "answering": bench_answering(settings, embedder, args.queries)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"machine: {result['machine']}")
        for section in ("ingest", "answering"):
            for key, value in result[section].items():
                print(f"{section}.{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
