"""The fixed question set: YAML in, typed questions out, and a linter that checks it against the corpus."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from ingest.textnorm import normalize_for_match


class QuestionSetError(ValueError):
    pass


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answerable: bool
    key_facts: tuple[tuple[str, ...], ...] = ()   # each fact: acceptable phrasings
    gold_quotes: tuple[str, ...] = ()              # corpus substrings that answer it
    tags: tuple[str, ...] = ()
    history: tuple[dict, ...] = ()                 # earlier turns, {"role", "content"}


def load_questions(path: Path) -> list[Question]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise QuestionSetError(f"cannot read the question set {path}: {exc}") from None
    items = raw.get("questions") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise QuestionSetError(f"{path} must hold a list of questions (or a mapping with a 'questions' list)")
    out = []
    for i, item in enumerate(items):
        try:
            out.append(Question(
                id=str(item["id"]), question=str(item["question"]), answerable=bool(item["answerable"]),
                key_facts=tuple(tuple(str(p) for p in (f if isinstance(f, list) else [f]))
                                for f in item.get("key_facts") or ()),
                gold_quotes=tuple(str(q) for q in item.get("gold_quotes") or ()),
                tags=tuple(str(t) for t in item.get("tags") or ()),
                history=tuple(dict(h) for h in item.get("history") or ())))
        except (KeyError, TypeError) as exc:
            raise QuestionSetError(f"{path}: question #{i + 1} lacks or mangles {exc}; "
                                   "each needs id, question, answerable") from None
    return out


def questions_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def matches(phrase: str, text: str) -> bool:
    """Phrase in text, ignoring case, whitespace, punctuation style and typographic quotes."""
    return normalize_for_match(phrase) in normalize_for_match(text)


def lint_questions(questions: list[Question], corpus_texts: dict[str, str]) -> list[str]:
    """Problems with the set: duplicate ids, gold quotes missing from the corpus, inconsistent fields."""
    problems: list[str] = []
    seen: set[str] = set()
    normalised = [normalize_for_match(t) for t in corpus_texts.values()]
    for q in questions:
        if q.id in seen:
            problems.append(f"{q.id}: duplicate id")
        seen.add(q.id)
        if q.answerable and not (q.gold_quotes and q.key_facts):
            problems.append(f"{q.id}: an answerable question needs gold_quotes and key_facts")
        if not q.answerable and (q.gold_quotes or q.key_facts):
            problems.append(f"{q.id}: an unanswerable question has no gold_quotes or key_facts")
        for quote in q.gold_quotes:
            if not any(normalize_for_match(quote) in text for text in normalised):
                problems.append(f"{q.id}: gold quote not found in the corpus: {quote!r}")
        for turn in q.history:
            if turn.get("role") not in ("user", "assistant") or not isinstance(turn.get("content"), str):
                problems.append(f"{q.id}: history turns need role user|assistant and content")
    return problems
