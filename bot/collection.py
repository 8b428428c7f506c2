"""Questions about the collection itself ("Which essays are there?"): answered from the essays' records.

Retrieval returns the k passages nearest a question, so a list of every essay never comes from it. A
question whose only subject is the collection is answered instead by quoting the first sentence of each
essay's record (the metadata passage ingest writes), cited like any passage.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from bot.base.records import Passage
from bot.sentences import content_terms, split_sentences

MAX_LISTED = 20   # essays quoted in one answer; the notice gives the full count
_ASKS_FOR_LIST = re.compile(
    r"^\s*(?:(?:which|what)\b|how many\b|list\b|name\b|show\b|tell me\b|give me\b|are there\b|is there\b|"
    r"do you have\b|does (?:the|this) collection\b)", re.I)
# every word of such a question is about the collection (stemmed): anything else makes it a topic question
_COLLECTION_TERMS = content_terms(
    "essay essays document documents text texts article articles paper papers file files chapter chapters "
    "page pages report reports collection collections corpus library index indexed available exist exists "
    "list listed include includes included contain contains hold holds there have has here title titles "
    "name names many number all every kind kinds type types know knows ask asked read "
    "manual manuals handbook handbooks guide guides book books")
_ASKED_THING = re.compile(r"^\s*(?:which|what)\s+([a-z]+)", re.I)   # the noun a which-question asks for
_SUBJECTS = content_terms("essay essays document documents text texts article articles paper papers files "
                          "chapters pages reports titles")


def is_collection_question(question: str, names: Callable[[], Iterable[str]] | None = None) -> bool:
    """The question asks which essays there are (or how many), and about nothing else but the collection,
    which it may call by a name its essays carry ("Which chapters does the Kernel Handbook have?").

    names: the titles and collection names of the essays, asked for only when the rest of the question fits.
    """
    terms = content_terms(question)
    if not (_ASKS_FOR_LIST.match(question) and terms & _SUBJECTS):
        return False
    asked = _ASKED_THING.match(question)   # "Which version ... does this manual document?" asks for a version
    if asked and content_terms(asked.group(1)) - _COLLECTION_TERMS:
        return False
    rest = terms - _COLLECTION_TERMS
    return not rest or (names is not None and rest <= content_terms(" ".join(names())))


def collection_answer(records: Sequence[Passage]) -> tuple[str, str, list[Passage]]:
    """(answer text quoting each record's first sentence with its [n], notice with the count, the records
    listed)."""
    listed = list(records)[:MAX_LISTED]
    lines = []
    for p in listed:
        # the first sentence that gets past the title: "Chapter 1. Introduction" is one title, not two sentences
        ends = [s.end for s in split_sentences(p.text) if s.end > len(p.title)]
        if ends:
            lines.append(f"{p.text[:ends[0]].strip()} [{p.n}]")
    more = len(records) - len(listed)
    notice = f"The collection holds {len(records)} essays; listed from their records" + \
        (f" (the first {len(listed)}; choose essays on the page to see the rest)" if more else "")
    return " ".join(lines), notice, listed
