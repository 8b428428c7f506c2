"""Judge-free metrics over stored answers: retrieval, key facts, citations (ALCE-style), refusals, latency.

Every aggregate is returned with its N and a bootstrap 95% interval over questions.
"""
from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.citations import MARKER, answer_sentences, parse_markers
from bot.entailment import reread
from bot.evaluate.questions import matches
from bot.grounding import judge
from ingest.textnorm import collapse_whitespace

BOOTSTRAP_SAMPLES = 1000


@dataclass(frozen=True)
class Aggregate:
    value: float | None
    n: int
    ci: tuple[float, float] | None

    def to_json(self) -> dict:
        return {"value": None if self.value is None else round(self.value, 4), "n": self.n,
                "ci": None if self.ci is None else [round(self.ci[0], 4), round(self.ci[1], 4)]}


# ---- per question -------------------------------------------------------------------------------

def first_gold_rank(passage_texts: Sequence[str], gold_quotes: Sequence[str]) -> int | None:
    """1-based rank of the first passage containing a gold quote; None when none does."""
    for rank, text in enumerate(passage_texts, start=1):
        if any(matches(q, text) for q in gold_quotes):
            return rank
    return None


def ndcg_at_k(passage_texts: Sequence[str], gold_quotes: Sequence[str], k: int) -> float:
    """Binary relevance (a passage holding a gold quote); the ideal ranks min(k, #gold quotes) relevant first.

    Duplicate passages (the same chunk twice) count once.
    """
    seen: set[str] = set()
    dcg = 0.0
    for rank, text in enumerate(passage_texts[:k], start=1):
        if text in seen:
            continue
        seen.add(text)
        if any(matches(q, text) for q in gold_quotes):
            dcg += 1.0 / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(r + 1) for r in range(1, min(k, len(gold_quotes)) + 1))
    return dcg / ideal if ideal else 0.0


def key_fact_recall(answer_text: str, key_facts: Sequence[Sequence[str]], refused: bool) -> float:
    if not key_facts:
        return 0.0
    if refused:
        return 0.0
    return sum(any(matches(p, answer_text) for p in fact) for fact in key_facts) / len(key_facts)


def supports(statement: str, evidence: str) -> bool:
    """The evidence says what the statement says: verbatim, or by the citation check the bot runs by default,
    its rules (bot.grounding) and then the entailment model (bot.entailment). A verbatim statement never asks
    the model, so scoring an extractive run does not load it."""
    if matches(statement, evidence):
        return True
    verdict = judge(statement, evidence)
    return verdict.status == "supported" and reread((verdict,))[0].status == "supported"


def citation_scores(answer_text: str, passages: dict[int, str]) -> tuple[int, int, int, int]:
    """ALCE (Gao et al. 2023), with the citation check's rules and entailment model as its NLI judge.

    Returns (supported statements, statements, relevant citations, citations). A statement is supported when
    the concatenation of its cited passages supports it. A citation is relevant when its passage alone
    supports the statement, or when dropping it leaves the rest unable to; a citation to a passage that
    does not exist is never relevant.
    """
    supported = statements = relevant = total = 0
    for sentence in answer_sentences(answer_text):
        cited = [n for m in MARKER.finditer(sentence) for n in parse_markers(m.group(1))]
        statement = MARKER.sub("", sentence).strip()
        if not statement:
            continue
        statements += 1
        evidence = [passages.get(n, "") for n in cited]
        joint = supports(statement, " ".join(evidence)) if cited else False
        supported += joint
        for i, n in enumerate(cited):
            total += 1
            if n not in passages:
                continue
            alone = supports(statement, passages[n])
            rest = " ".join(e for j, e in enumerate(evidence) if j != i)
            relevant += alone or (joint and not supports(statement, rest))
    return supported, statements, relevant, total


def quote_is_exact(quote: str, corpus_texts: Sequence[str]) -> bool:
    """The quote appears verbatim in a corpus file (whitespace runs aside)."""
    needle = collapse_whitespace(quote)
    return bool(needle) and any(needle in collapse_whitespace(text) for text in corpus_texts)


# ---- aggregates -----------------------------------------------------------------------------------

def bootstrap(items: Sequence, statistic: Callable[[Sequence], float | None],
              samples: int = BOOTSTRAP_SAMPLES, seed: int = 0) -> Aggregate:
    """statistic over items, with a percentile bootstrap 95% interval (resampling items)."""
    value = statistic(items) if items else None
    if not items or value is None:
        return Aggregate(value, len(items), None)
    rng = random.Random(seed)
    draws = []
    for _ in range(samples):
        resampled = [items[rng.randrange(len(items))] for _ in items]
        stat = statistic(resampled)
        if stat is not None:
            draws.append(stat)
    draws.sort()
    lo, hi = draws[int(0.025 * (len(draws) - 1))], draws[int(0.975 * (len(draws) - 1))]
    return Aggregate(value, len(items), (lo, hi))


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def ratio(pairs: Sequence[tuple[int, int]]) -> float | None:
    """Micro-average of (numerator, denominator) pairs."""
    den = sum(d for _, d in pairs)
    return sum(n for n, _ in pairs) / den if den else None


def refusal_confusion(rows: Sequence[tuple[bool, bool]]) -> dict[str, int]:
    """rows of (answerable, refused) -> counts of the four outcomes."""
    return {"unanswerable_refused": sum(not a and r for a, r in rows),
            "unanswerable_answered": sum(not a and not r for a, r in rows),
            "answerable_refused": sum(a and r for a, r in rows),
            "answerable_answered": sum(a and not r for a, r in rows)}


def balanced_refusal_accuracy(rows: Sequence[tuple[bool, bool]]) -> float | None:
    """Mean of the refusal rate on unanswerable questions and the answer rate on answerable ones."""
    m = refusal_confusion(rows)
    unanswerable = m["unanswerable_refused"] + m["unanswerable_answered"]
    answerable = m["answerable_refused"] + m["answerable_answered"]
    if not unanswerable or not answerable:
        return None
    return (m["unanswerable_refused"] / unanswerable + m["answerable_answered"] / answerable) / 2


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None
