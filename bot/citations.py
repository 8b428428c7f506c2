"""Citations are checked by code, not trusted: parse [n], drop the impossible, find each one's quote."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.base.records import REFUSAL_SENTENCE, Citation, Passage
from bot.sentences import content_terms, split_sentences
from ingest.textnorm import find_normalized, normalize_for_match

MARKER = re.compile(r"\s*\[(\s*\d+(?:\s*[-\u2013,;]\s*\d+)*\s*)\]")
MAX_RANGE = 20            # [1-999] is not a citation anyone means
SUPPORT_THRESHOLD = 0.5   # share of a sentence's content words that its quote must contain
_REFUSAL = normalize_for_match(REFUSAL_SENTENCE)


@dataclass(frozen=True)
class CheckedAnswer:
    text: str                              # the answer with impossible markers removed
    citations: tuple[Citation, ...]
    unsupported_sentences: tuple[str, ...]


def parse_markers(marker_body: str) -> list[int]:
    """'1, 3-5' -> [1, 3, 4, 5]; order kept, duplicates dropped."""
    numbers: list[int] = []
    for part in re.split(r"[,;]", marker_body):
        bounds = [int(x) for x in re.findall(r"\d+", part)]
        if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= MAX_RANGE:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds[:1] if len(bounds) == 2 else bounds)
    return list(dict.fromkeys(numbers))


def find_support(claim: str, passage_text: str) -> tuple[str, float]:
    """The passage text that best supports claim, verbatim, and the share of claim's content words it holds."""
    span = find_normalized(passage_text, claim)
    if span:
        return passage_text[span[0]:span[1]], 1.0
    wanted = content_terms(claim)
    if not wanted:
        return "", 0.0
    sentences = split_sentences(passage_text)
    best, best_score = "", 0.0
    # a claim may draw on one sentence or on two neighbours
    candidates = [(s.start, s.end) for s in sentences] + \
        [(a.start, b.end) for a, b in zip(sentences, sentences[1:])]
    for start, end in candidates:
        score = len(wanted & content_terms(passage_text[start:end])) / len(wanted)
        if score > best_score + 1e-9:
            best, best_score = passage_text[start:end], score
    return best, best_score


def check_citations(text: str, passages: Sequence[Passage]) -> CheckedAnswer:
    """Remove markers that point at no passage; attach a verified quote to every remaining one."""
    by_n = {p.n: p for p in passages}
    citations: list[Citation] = []
    unsupported: list[str] = []
    out_sentences: list[str] = []
    for sentence in answer_sentences(text):
        claim = MARKER.sub("", sentence).strip()
        cited = [n for m in MARKER.finditer(sentence) for n in parse_markers(m.group(1))]
        valid = [n for n in dict.fromkeys(cited) if n in by_n]
        kept = MARKER.sub(lambda m: _keep_valid(m, by_n), sentence)
        out_sentences.append(kept)
        if not claim or normalize_for_match(claim) == _REFUSAL:
            continue
        supported = False
        for n in valid:
            quote, score = find_support(claim, by_n[n].text)
            if score >= SUPPORT_THRESHOLD:
                supported = True
                citations.append(_citation(n, by_n[n], quote, score, claim))
        if not supported:
            unsupported.append(claim)
    return CheckedAnswer(" ".join(s for s in out_sentences if s.strip()), tuple(citations), tuple(unsupported))


def _keep_valid(match: re.Match[str], by_n: dict[int, Passage]) -> str:
    kept = [n for n in parse_markers(match.group(1)) if n in by_n]
    return " " + "".join(f"[{n}]" for n in kept) if kept else ""


def answer_sentences(text: str) -> list[str]:
    """Sentences of an answer, each keeping the markers that follow its full stop ('... end. [2]')."""
    pieces: list[str] = []
    for span in split_sentences(text):
        piece = span.text
        if pieces and MARKER.fullmatch(piece.split(" ")[0]) and not MARKER.sub("", piece).strip():
            pieces[-1] += " " + piece
            continue
        lead = MARKER.match(piece)
        if pieces and lead:   # markers after the previous sentence's full stop belong to it
            pieces[-1] += lead.group(0)
            piece = piece[lead.end():].strip()
        if piece:
            pieces.append(piece)
    return pieces


def _citation(n: int, passage: Passage, quote: str, score: float, claim: str) -> Citation:
    return Citation(n=n, doc_id=passage.doc_id, title=passage.title, author=passage.author, quote=quote,
                    chunk_id=passage.chunk_id, score=round(score, 3), url=passage.meta.url, section=passage.section,
                    page=passage.page, sentence=claim)
