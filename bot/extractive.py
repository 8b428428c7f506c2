"""Extractive answers: the passages' own sentences that best answer the question, quoted with [n]."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from bot.sentences import content_terms, split_sentences
from bot.types import REFUSAL_SENTENCE, Passage
from ingest.embedder import Embedder
from ingest.textnorm import normalize_for_match

# Calibrated on the bundled corpus (see README, "Evaluation"): answerable questions score above it,
# off-topic ones below.
MIN_SENTENCE_SIMILARITY = 0.35
MAX_SENTENCES = 3
RELATIVE_CUT = 0.8         # keep sentences scoring at least this share of the best one
LEXICAL_WEIGHT = 0.15      # a little credit for sharing the question's words
MIN_WORDS = 2


@dataclass(frozen=True)
class ScoredSentence:
    n: int
    start: int
    text: str
    score: float


def score_sentences(question: str, passages: Sequence[Passage], embedder: Embedder) -> list[ScoredSentence]:
    """Every distinct sentence of the passages, scored by similarity to the question, best first."""
    seen: set[str] = set()
    candidates: list[tuple[int, int, str]] = []
    in_context: list[str] = []
    for p in passages:
        for s in split_sentences(p.text):
            key = normalize_for_match(s.text)
            if key in seen or len(s.text.split()) < MIN_WORDS:
                continue
            seen.add(key)
            candidates.append((p.n, s.start, s.text))
            # a sentence is read with its section heading: "Authors: Hessy Elliott" answers "who wrote it?"
            in_context.append(f"{p.section}: {s.text}" if p.section else s.text)
    if not candidates:
        return []
    vectors = embedder.embed([question] + in_context)
    similarity = vectors[1:] @ vectors[0]
    wanted = content_terms(question)
    scored = []
    for (n, start, text), sim in zip(candidates, similarity):
        overlap = len(wanted & content_terms(text)) / len(wanted) if wanted else 0.0
        scored.append(ScoredSentence(n, start, text, float(sim) + LEXICAL_WEIGHT * overlap))
    return sorted(scored, key=lambda s: -s.score)


def extract_answer(question: str, passages: Sequence[Passage], embedder: Embedder,
                   min_similarity: float = MIN_SENTENCE_SIMILARITY) -> tuple[str, bool, float]:
    """(answer text with [n] markers, refused, best score). Only verbatim sentences; never invents."""
    scored = score_sentences(question, passages, embedder)
    best = scored[0].score if scored else 0.0
    if best < min_similarity:
        return REFUSAL_SENTENCE, True, best
    chosen = [s for s in scored[:MAX_SENTENCES] if s.score >= max(min_similarity, best * RELATIVE_CUT)]
    chosen.sort(key=lambda s: (s.n, s.start))    # reading order: by passage rank, then position
    return " ".join(f"{s.text} [{s.n}]" for s in chosen), False, best
