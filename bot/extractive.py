"""Extractive answers: the passages' own sentences that best answer the question, quoted with [n]."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.base.records import REFUSAL_SENTENCE, Passage
from bot.base.seams import TextEmbedder
from bot.sentences import content_terms, split_sentences
from ingest.textnorm import normalize_for_match

MAX_SENTENCES = 3
RELATIVE_CUT = 0.8         # keep sentences scoring at least this share of the best one
LEXICAL_WEIGHT = 0.3       # credit for sharing the question's words (calibrated with the threshold)
MIN_WORDS = 2
_SENTENCE_START = re.compile(r"(?:^|[.?!]\s+)([\w\u2019'-]+)")
_ANCHOR = re.compile(r"\b(?:[A-Z][\w&\u2019'-]*|\d[\d,.]*\d|\d)")
_WORDS = re.compile(r"[\w&]+")
_ANAPHOR = re.compile(r"^(It|Its|This|These|They|Their|Such|That|Those)\b")
ALIASES_FILE = Path(__file__).with_name("anchor_aliases.txt")


@lru_cache(maxsize=1)
def anchor_aliases(path: Path = ALIASES_FILE) -> dict[str, tuple[str, ...]]:
    """name -> the other names of its group, all lower case."""
    groups = [[n.strip().lower() for n in line.split(",") if n.strip()]
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return {name: tuple(g) for g in groups for name in g}


@dataclass(frozen=True)
class ScoredSentence:
    n: int
    start: int
    text: str
    score: float


def score_sentences(question: str, passages: Sequence[Passage], embedder: TextEmbedder) -> list[ScoredSentence]:
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


def anchor_terms(question: str) -> list[str]:
    """Names, acronyms and numbers the question is specifically about ("India", "NHS", "2019").

    Capitalised words that only start a sentence are not anchors ("What", "Why").
    """
    starts = {m.start(1) for m in _SENTENCE_START.finditer(question)}
    anchors = []
    for m in _ANCHOR.finditer(question):
        word = re.sub(r"['\u2019]s$", "", m.group(0)).strip("'\u2019-.,")
        if word and (m.start() not in starts or (word.isupper() and len(word) > 1)) and word != "I":
            anchors.append(word)
    return list(dict.fromkeys(anchors))


def missing_anchors(question: str, passages: Sequence[Passage]) -> list[str]:
    """Anchor terms that no retrieved passage, title, author or publisher mentions.

    A word matches when equal, or for words of four letters or more when it shares their first four
    ("Chinese" finds "China"), so that the essays' own wording of a name still counts.
    """
    haystack = " ".join(" ".join(x for x in (p.text, p.title, p.author, p.meta.collection, p.meta.publisher) if x)
                        for p in passages)
    words = {w.lower() for w in _WORDS.findall(haystack)}
    lowered = haystack.lower()

    def mentioned(name: str) -> bool:
        pieces = _WORDS.findall(name) or [name]
        if len(pieces) > 1 and " " in name:
            return name in lowered
        return all(p in words or (len(p) >= 4 and any(w.startswith(p[:4]) for w in words)) for p in pieces)

    aliases = anchor_aliases()
    return [anchor for anchor in anchor_terms(question)
            if not any(mentioned(name) for name in (anchor.lower(), *aliases.get(anchor.lower(), ())))]


def _continuations(chosen: list[ScoredSentence], passages: Sequence[Passage]) -> list[ScoredSentence]:
    """A chosen sentence's next sentence when it leans on it ("It is striding ahead in terms of ...")."""
    taken = {(s.n, s.start) for s in chosen}
    extra = []
    by_n = {p.n: p for p in passages}
    for s in chosen:
        sentences = split_sentences(by_n[s.n].text)
        for here, after in zip(sentences, sentences[1:]):
            if here.start == s.start and _ANAPHOR.match(after.text) and (s.n, after.start) not in taken:
                extra.append(ScoredSentence(s.n, after.start, after.text, s.score))
                taken.add((s.n, after.start))
    return extra


def extract_answer(question: str, passages: Sequence[Passage], embedder: TextEmbedder,
                   min_similarity: float) -> tuple[str, bool, float]:
    """(answer text with [n] markers, refused, best score). Only verbatim sentences; never invents.

    Refuses when no sentence scores min_similarity, or when the question names something (a place, an
    organisation, a number) that none of the passages mention: near-topic questions score high on
    similarity alone.
    """
    scored = score_sentences(question, passages, embedder)
    best = scored[0].score if scored else 0.0
    if best < min_similarity or missing_anchors(question, passages):
        return REFUSAL_SENTENCE, True, best
    chosen = [s for s in scored[:MAX_SENTENCES] if s.score >= max(min_similarity, best * RELATIVE_CUT)]
    chosen += _continuations(chosen, passages)
    chosen.sort(key=lambda s: (s.n, s.start))    # reading order: by passage rank, then position
    return " ".join(f"{s.text} [{s.n}]" for s in chosen), False, best
