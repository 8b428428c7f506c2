"""Sentences added beyond the best ones: the one read on to, a default or release note beside it, the
best of a top passage, a part of the question the others leave out."""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer_kinds import (
    asks_for_default,
    gives_default_value,
    mentions_default,
    states_version,
)
from bot.base.records import Passage
from bot.base.seams import TextEmbedder
from bot.extractive.context import _items_after
from bot.extractive.refusal import anchor_terms
from bot.extractive.scoring import ScoredSentence, _is_term, score_sentences
from bot.extractive.terms import _FULL_SENTENCE, _LABEL_LINE, _PROSE_RUN, _VERSION_LABEL, _sentence_at
from bot.sentences import (
    SentenceSpan,
    TermWeights,
    split_sentences,
)

TOP_PASSAGES_HEARD = 2     # the best-ranked passages that each give their best sentence near the cut
READ_ON_CUT = 0.7          # the sentence after the best one joins it from this share of its score (see _read_on)
# a second question after ", and": "..., and what was the old port number?"
_SECOND_QUESTION = re.compile(r",\s+and\s+((?:what|which|how|where|when|why|who|whose|is|are|does|do|did|can|could|"
                              r"should|must|will|would|has|have)\b[^?]*\?)\s*$", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:and|or|versus|vs\.?)\s", re.IGNORECASE)   # a question's parts (see _joined_parts)
_PART_REACH = 40          # characters either side of "and" where a part is named ("and which for Visual Studio")
DEFAULT_LOOKAHEAD = 4      # sentences after a chosen one searched for the default its paragraph gives


def _read_on(best: ScoredSentence, chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
             passages: Sequence[Passage], best_base: float, top: Sequence[ScoredSentence],
             shows_commands: bool = True) -> list[ScoredSentence]:
    """The sentence right after the best one, when it is a whole sentence that shares a word with the question
    or scores READ_ON_CUT of the best: an answer often goes on in the next sentence ("... can run in the
    foreground or with -d. When run in the foreground, it doesn't create a PID file."). On the stored
    passages of question sets 1-16, key facts 678 -> 713 of 1,062 for 11% more words; taking the next-best
    sentences instead, at a lower RELATIVE_CUT, found 696-698 for 10-16% more.

    The sentences right after the best one that were chosen on their own score (top) are passed over; a
    sentence leading into a list ("... based upon the following criteria:") comes with the list's items, or the
    short lines after it (with shows_commands, lines of code too)."""
    taken = {(s.n, s.start) for s in chosen}
    passage = next(p for p in passages if p.n == best.n)
    sentences = split_sentences(passage.text)
    at = next((i + 1 for i, a in enumerate(sentences[:-1]) if a.start == best.start), None)
    if at is None:
        return []
    # an essay's record lists its fields, each chosen or not on its own: "... was written by Hessy Elliott." does
    # not go on to "... was published by Nesta."
    ranked = set() if passage.is_record else {(s.n, s.start) for s in top}
    while at < len(sentences) - 1 and (best.n, sentences[at].start) in ranked:
        at += 1   # past the sentences after it that scored high enough themselves: the answer goes on after them
    after = sentences[at]
    if (best.n, after.start) in taken:
        return []
    if after.text.endswith(":") and (items := _items_after(passage.text, sentences, at, with_code=shows_commands)):
        # the answer goes on into a list: "... ffmpeg will pick one stream ... It will select that stream based
        # upon the following criteria:", "- for video, it is the stream with the highest resolution," ...
        return [ScoredSentence(best.n, span.start, span.text, best.score) for span in [after, *items]
                if (best.n, span.start) not in taken]
    if not _FULL_SENTENCE.search(after.text):
        return []
    own = next((s for s in scored if (s.n, s.start) == (best.n, after.start)), None)
    if own is None or not (own.coverage > 0 or own.base >= best_base * READ_ON_CUT):
        return []
    return [ScoredSentence(best.n, after.start, after.text, best.score)]


def _read_back(best: ScoredSentence, chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
               passages: Sequence[Passage], best_base: float) -> list[ScoredSentence]:
    """The sentence right before the best one in its paragraph, when it is a sentence of prose scoring READ_ON_CUT
    of the best on its own: an answer often starts a sentence earlier, with the fact the best one goes on to
    explain ("The original error is available as e.original_exception.", then "An error handler for 500 ...").
    Offline over the stored passages of every first run (sets 1-65), key facts 2,493 -> 2,521 of 4,155 for 2% more
    words; taking the one before whenever it shares a question word found 2,540 for 4% more."""
    passage = next(p for p in passages if p.n == best.n)
    if passage.is_record:
        return []   # a record's fields are each chosen or not on their own
    sentences = split_sentences(passage.text)
    at = (_sentence_at(sentences, best.start) or 0) - 1   # the sentence before the best one
    if at < 0:
        return []
    before = sentences[at]
    if any((s.n, s.start) == (best.n, before.start) for s in chosen) or \
            "\n\n" in passage.text[before.end:best.start] or \
            not (_FULL_SENTENCE.search(before.text) and _PROSE_RUN.search(before.text)):
        return []
    own = next((s for s in scored if (s.n, s.start) == (best.n, before.start)), None)
    if own is None or own.base < best_base * READ_ON_CUT:
        return []
    return [ScoredSentence(best.n, before.start, before.text, best.score)]


def _default_given_beside(question: str, top: Sequence[ScoredSentence], chosen: Sequence[ScoredSentence],
                          passages: Sequence[Passage]) -> list[ScoredSentence]:
    """For a question naming a default or asking for one, the sentence that gives it, further on in the paragraph
    of a sentence chosen on its score (top) that does not: a reference entry often ends on it ("sidebarwidth (int
    or str): Width of the sidebar in pixels. This can be an int, ... Defaults to 230 pixels."); or, with the
    term it belongs to, just above it, where a settings list puts it between the setting's name and what the
    setting does ("INSERT_BEFORE", "Default: '</body>'", "The toolbar searches for this string ...")."""
    if not (mentions_default(question) or asks_for_default(question)):
        return []
    taken = {(s.n, s.start) for s in chosen}
    by_n = {p.n: p for p in passages}
    extra: list[ScoredSentence] = []
    for s in top:
        if gives_default_value(s.text):
            continue
        text = by_n[s.n].text
        sentences = split_sentences(text)
        paragraph_end = text.find("\n\n", s.start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        later = [span for span in sentences if s.start < span.start < paragraph_end]
        given_later = next((span for span in later[:DEFAULT_LOOKAHEAD] if gives_default_value(span.text)
                            and _FULL_SENTENCE.search(span.text)), None)
        for span in [given_later] if given_later is not None else _default_above(sentences, s.start):
            if (s.n, span.start) not in taken:
                extra.append(ScoredSentence(s.n, span.start, span.text, s.score))
                taken.add((s.n, span.start))
    return extra


def _default_above(sentences: Sequence[SentenceSpan], start: int) -> list[SentenceSpan]:
    """The term and the default line just above the sentence at start, when those are the lines of one settings
    entry ("RENDER_PANELS", "Default: None", "If set to False, ...", other labels between); [] otherwise."""
    at = _sentence_at(sentences, start)
    if at is None:
        return []
    above = list(sentences[:at])
    while above and _LABEL_LINE.fullmatch(above[-1].text) and not gives_default_value(above[-1].text):
        above.pop()   # "Panel: profiling" between the default and what the setting does
    if len(above) < 2:
        return []
    term, default = above[-2], above[-1]
    return [term, default] if _is_term(term.text) and gives_default_value(default.text) else []


# "Since which release ...", ", and which version added that?": a part of the question may ask when a feature came
_ASKS_WHICH_RELEASE = re.compile(r"\b(?:(?:since|in|from|as of)\s+(?:which|what)|which|what)\s+(?:[\w.-]+\s+)?"
                                 r"(?:version|release)s?\b", re.IGNORECASE)
RELEASE_NOTE_REACH = 2   # sentences either side of a chosen one where its release note is looked for


def _release_noted_nearby(question: str, top: Sequence[ScoredSentence], chosen: Sequence[ScoredSentence],
                          passages: Sequence[Passage]) -> list[ScoredSentence]:
    """For a question asking which release brought something, the documentation generator's note of it ("New in
    version 1.0.0.", "New in 1.8") within RELEASE_NOTE_REACH sentences of a sentence chosen on its score, when no
    chosen sentence gives a release: the note sits beside the feature's description, above or below it."""
    if not _ASKS_WHICH_RELEASE.search(question) or any(states_version(s.text, question) for s in chosen):
        return []
    by_n = {p.n: p for p in passages}
    for s in top:
        sentences = split_sentences(by_n[s.n].text)
        at = _sentence_at(sentences, s.start)
        if at is None:
            continue
        around = sentences[max(0, at - RELEASE_NOTE_REACH):at] + sentences[at + 1:at + 1 + RELEASE_NOTE_REACH]
        note = next((span for span in around if _VERSION_LABEL.fullmatch(span.text)), None)
        if note is not None:
            return [ScoredSentence(s.n, note.start, note.text, s.score)]
    return []


def _top_passages_heard(chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
                        passages: Sequence[Passage], floor: float) -> list[ScoredSentence]:
    """The best sentence, from floor, of each of the TOP_PASSAGES_HEARD best-ranked passages that gave none: the
    sentences are ranked by their meaning's closeness to the question, while the passages' order also weighs
    BM25's exact terms ("GreenPile", "tracking=True"), which the best sentence of a question asked in other words
    may lack. Offline over the first runs of sets 64-99: key facts 1,643 -> 1,726 of 2,875 for 12% more words
    (the first passage alone: 1,675 for 4%)."""
    extra: list[ScoredSentence] = []
    for passage in passages[:TOP_PASSAGES_HEARD]:
        if any(s.n == passage.n for s in [*chosen, *extra]):
            continue
        best = next((s for s in scored if s.n == passage.n and s.base >= floor), None)
        if best is not None:
            extra.append(best)
    return extra


def _other_parts(question: str, chosen: Sequence[ScoredSentence], scored: Sequence[ScoredSentence],
                 floor: float) -> list[ScoredSentence]:
    """For a question in parts joined by "and" or "or" ("... on Unix and on Windows?"), the best sentence on
    each part the chosen sentences leave out, from floor: they were chosen on the words the parts share."""
    extra: list[ScoredSentence] = []
    taken = {(s.n, s.start) for s in chosen}
    for part in _joined_parts(question):
        said = [s.text for s in [*chosen, *extra]]
        if any(_names(text, part) for text in said):
            continue
        found = next((s for s in scored if s.base >= floor and (s.n, s.start) not in taken and _names(s.text, part)),
                     None)
        if found is not None:
            extra.append(found)
            taken.add((found.n, found.start))
    return extra


def _second_question(question: str, chosen: Sequence[ScoredSentence], passages: Sequence[Passage],
                     embedder: TextEmbedder, weights: TermWeights | None, floor: float) -> list[ScoredSentence]:
    """"Which TCP port does it use, and what was the old port number?": the sentence that best answers the
    question after ", and", scored on its own words, when the chosen ones (scored on the whole) leave it out."""
    match = _SECOND_QUESTION.search(question)
    if match is None:
        return []
    best = next(iter(score_sentences(question[match.start(1):], passages, embedder, weights)), None)
    if best is None or best.base < floor or any((s.n, s.start) == (best.n, best.start) for s in chosen):
        return []
    return [best]


def _joined_parts(question: str) -> list[str]:
    """The anchors of a question that stand just before and just after "and" or "or", each on one side only:
    "Unix" and "Windows" in "on Unix and on Windows", "MinGW", "Makefiles", "Visual" and "Studio" in "for the
    MinGW Makefiles generator, and which for Visual Studio"."""
    anchors = anchor_terms(question)
    parts = []
    for match in _JOINED.finditer(question):
        before, after = question[:match.start()], question[match.end():]
        first = [a for a in anchors if _names(before[-_PART_REACH:], a) and not _names(after, a)]
        second = [a for a in anchors if _names(after[:_PART_REACH], a) and not _names(before, a)]
        if first and second:
            parts += first + second
    return list(dict.fromkeys(parts))


def _names(text: str, anchor: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(anchor)}(?![\w-])", text, re.IGNORECASE) is not None
