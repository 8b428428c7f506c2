"""Run a question set through the Bot, store every answer in run.jsonl, and score a stored run."""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.base.records import record_text
from bot.base.settings import REPO_ROOT, Settings
from bot.base.stats import percentile
from bot.collection import contents_sentence
from bot.core import Bot
from bot.evaluate import metrics as m
from bot.evaluate.questions import Question
from ingest.catalog import load_catalog
from ingest.loaders import LoadError, discover, read_bytes
from ingest.pipeline import read_document

RETRIEVAL_DEPTH = 10   # passages looked at for hit@k, k = 1..10
HEADLINE = ("hit_at_k", "mrr", "ndcg_at_k", "key_fact_recall", "citation_precision", "citation_recall",
            "citation_quote_exact", "refusal_accuracy", "false_refusal_rate", "unanswerable_answered_rate",
            "latency_p50_ms", "latency_p95_ms")


def corpus_texts(corpus_dir: Path) -> dict[str, str]:
    """Each readable corpus file's text as its reader sees it (HTML main content, PDF pages), the same text
    as ingest cleaned it (a code block without its fences), then its record (the metadata sentences ingest
    indexes with it) and the sentence listing its sections that a "what does it cover?" answer adds to the
    record: what answers may quote."""
    texts = {}
    catalog = load_catalog(corpus_dir)
    for file in discover(corpus_dir)[0]:
        try:
            loaded, doc, meta = read_document(file, catalog.get(file.doc_id))
        except LoadError:
            continue
        pages = [text for _, text in loaded.pages]
        # the headings its passages carry: a section with no text of its own (a heading over subheadings) has none
        headings = [s.heading for s in doc.sections if s.heading and doc.text[s.start:s.end].strip()]
        contents = contents_sentence(meta.title or file.doc_id, headings)
        texts[file.doc_id] = "\n\n".join([*pages, doc.text, record_text(meta, file.doc_id), contents])
    return texts


def corpus_hash(corpus_dir: Path) -> str:
    digest = hashlib.sha256()
    for file in discover(corpus_dir)[0]:
        try:
            digest.update(file.doc_id.encode() + b"\0" + read_bytes(file.path) + b"\0")
        except LoadError:
            continue
    catalog = corpus_dir / "catalog.yaml"
    if catalog.exists():
        digest.update(catalog.read_bytes())
    return digest.hexdigest()[:16]


def run_config(bot: Bot, settings: Settings, questions_file: Path, questions_sha: str, k: int) -> dict:
    return {"type": "config", "created": time.strftime("%Y-%m-%dT%H:%M:%S"), "mode": bot.mode,
            "model": settings.model, "embedding_model": settings.embedding_model,
            "embedding_precision": bot.embedding_precision,
            "chunk_tokens": settings.chunk_tokens, "chunk_overlap_tokens": settings.chunk_overlap_tokens,
            "k": k, "retriever": settings.retriever, "extractive_threshold": settings.extractive_threshold,
            "prompts": bot.prompt_hashes,
            "corpus_dir": _portable(settings.corpus_dir), "corpus_hash": corpus_hash(settings.corpus_dir),
            "questions": _portable(questions_file), "questions_hash": questions_sha}


def _portable(path: Path) -> str:
    """Paths inside the repo are stored relative to it, so a committed run rescored elsewhere still finds them."""
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def run_questions(bot: Bot, questions: Iterable[Question], k: int) -> Iterable[dict]:
    """One stored record per question: the question, the full answer, and the top-10 retrieval."""
    for q in questions:
        answer = bot.ask(q.question, history=list(q.history) or None)
        retrieved = bot.retrieve(answer.query, k=RETRIEVAL_DEPTH)
        yield {"type": "answer", "question": asdict(q), "answer": answer.to_json(), "k": k,
               "retrieved": [{"chunk_id": p.chunk_id, "text": p.text} for p in retrieved]}


def write_run(path: Path, config: dict, records: Iterable[dict]) -> list[dict]:
    stored = []
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(config, ensure_ascii=False) + "\n")
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            stored.append(record)
    return stored


def read_run(path: Path) -> tuple[dict, list[dict]]:
    """(config, answer records) of a stored run; path is run.jsonl or the folder holding it."""
    path = path / "run.jsonl" if path.is_dir() else path
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    config: dict[str, Any] = next((x for x in lines if x.get("type") == "config"), {})
    return config, [x for x in lines if x.get("type") == "answer"]


@dataclass(frozen=True)
class QuestionScore:
    id: str
    question: str
    tags: tuple[str, ...]
    answerable: bool
    refused: bool
    first_gold_rank: int | None
    ndcg: float | None
    facts_found: int
    facts_total: int
    statements: int
    supported_statements: int
    citations: int
    relevant_citations: int
    quotes: int
    exact_quotes: int
    latency_ms: float
    answer: str

    @property
    def refusal_correct(self) -> bool:
        return self.refused != self.answerable

    @property
    def failure(self) -> str:
        if not self.refusal_correct:
            return "wrong refusal"
        if not self.answerable:
            return ""
        if self.first_gold_rank is None:
            return "retrieval miss"
        if self.facts_found < self.facts_total:
            return "answer miss"
        if self.supported_statements < self.statements:
            return "unsupported sentence"
        return ""


def score_record(record: dict, texts: list[str], k: int) -> QuestionScore:
    q, a = record["question"], record["answer"]
    gold = q["gold_quotes"]
    retrieved = [r["text"] for r in record["retrieved"]]
    rank = m.first_gold_rank(retrieved, gold) if q["answerable"] else None
    facts = q["key_facts"]
    passages = {p["n"]: p["text"] for p in a["passages"]}
    supported, statements, relevant, total = (0, 0, 0, 0) if a["refused"] else m.citation_scores(a["text"], passages)
    quotes = [c["quote"] for c in a["citations"]]
    return QuestionScore(
        id=q["id"], question=q["question"], tags=tuple(q["tags"]), answerable=q["answerable"], refused=a["refused"],
        first_gold_rank=rank, ndcg=m.ndcg_at_k(retrieved, gold, k) if q["answerable"] else None,
        facts_found=round(m.key_fact_recall(a["text"], facts, a["refused"]) * len(facts)), facts_total=len(facts),
        statements=statements, supported_statements=supported, citations=total, relevant_citations=relevant,
        quotes=len(quotes), exact_quotes=sum(m.quote_is_exact(x, texts) for x in quotes),
        latency_ms=float(a["timings"].get("total_ms", 0.0)), answer=a["text"])


def aggregate(scores: list[QuestionScore], k: int) -> dict[str, m.Aggregate]:
    """The headline metrics with N and bootstrap intervals. Unanswerable questions stay out of retrieval
    and key-fact metrics instead of counting as zeros."""
    answerable = [s for s in scores if s.answerable]
    answered = [s for s in scores if not s.refused]
    refusal_rows = [(s.answerable, s.refused) for s in scores]
    unanswerable = [s for s in scores if not s.answerable]
    return {
        "hit_at_k": m.bootstrap([s.first_gold_rank is not None and s.first_gold_rank <= k for s in answerable],
                                lambda xs: m.mean([float(x) for x in xs])),
        "mrr": m.bootstrap([1.0 / s.first_gold_rank if s.first_gold_rank and s.first_gold_rank <= k else 0.0
                            for s in answerable], m.mean),
        "ndcg_at_k": m.bootstrap([s.ndcg or 0.0 for s in answerable], m.mean),
        "key_fact_recall": m.bootstrap([s.facts_found / s.facts_total for s in answerable if s.facts_total], m.mean),
        "citation_precision": m.bootstrap([(s.relevant_citations, s.citations) for s in answered], m.ratio),
        "citation_recall": m.bootstrap([(s.supported_statements, s.statements) for s in answered], m.ratio),
        "citation_quote_exact": m.bootstrap([(s.exact_quotes, s.quotes) for s in answered], m.ratio),
        "refusal_accuracy": m.bootstrap(refusal_rows, m.balanced_refusal_accuracy),
        "false_refusal_rate": m.bootstrap([float(s.refused) for s in answerable], m.mean),
        "unanswerable_answered_rate": m.bootstrap([float(not s.refused) for s in unanswerable], m.mean),
        "latency_p50_ms": m.bootstrap([s.latency_ms for s in scores], m.median),
        "latency_p95_ms": m.bootstrap([s.latency_ms for s in scores], lambda xs: percentile(xs, 95)),
    }


def score_run(records: list[dict], texts: list[str], k: int) -> tuple[list[QuestionScore], dict]:
    """Per-question scores and the metrics object that `--json` prints."""
    scores = [score_record(r, texts, k) for r in records]
    metrics: dict[str, Any] = {name: agg.to_json() for name, agg in aggregate(scores, k).items()}
    metrics["n_questions"] = len(scores)
    metrics["k"] = k
    metrics["refusal_matrix"] = m.refusal_confusion([(s.answerable, s.refused) for s in scores])
    answerable = [s for s in scores if s.answerable]
    metrics["hit_at"] = {str(j): round(m.mean([float(s.first_gold_rank is not None and s.first_gold_rank <= j)
                                                for s in answerable]) or 0.0, 4) for j in range(1, RETRIEVAL_DEPTH + 1)}
    return scores, metrics


def threshold_sweep(records: list[dict], thresholds: Iterable[float], run_threshold: float) -> list[dict]:
    """Refusal outcomes had the extractive threshold been t, from each stored answer's confidence.

    An answer refused although its confidence cleared the run's threshold was refused for another
    reason (a name the passages never mention), and stays refused at every t.
    """
    rows = []
    stored = [(r["question"]["answerable"], r["answer"].get("confidence"), r["answer"]["refused"]) for r in records]
    stored = [(a, c, r and c >= run_threshold) for a, c, r in stored if c is not None]
    for t in thresholds:
        outcome = [(a, c < t or other) for a, c, other in stored]
        matrix = m.refusal_confusion(outcome)
        rows.append({"threshold": round(t, 3), "refusal_accuracy": m.balanced_refusal_accuracy(outcome),
                     "false_refusals": matrix["answerable_refused"],
                     "unanswerable_answered": matrix["unanswerable_answered"]})
    return rows
