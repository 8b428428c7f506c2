"""The extractive answer: the chosen sentences quoted with [n], or the refusal."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.answer_kinds import (
    asks_for_default,
    gives_default_value,
    question_kinds,
)
from bot.base.records import REFUSAL_SENTENCE, Passage
from bot.base.seams import TextEmbedder
from bot.extractive.context import _neighbours
from bot.extractive.refusal import asked_sentence, lacks_asked_kind, missing_anchors
from bot.extractive.scoring import score_sentences
from bot.extractive.selection import (
    _default_given_beside,
    _other_parts,
    _read_back,
    _read_on,
    _release_noted_nearby,
    _second_question,
    _top_passages_heard,
)
from bot.extractive.terms import _ASKS_HOW_TO
from bot.sentences import (
    TermWeights,
)

MAX_SENTENCES = 3
RELATIVE_CUT = 0.8         # keep sentences scoring at least this share of the best one
PART_CUT = 0.7            # a sentence on a part of the question the others leave out joins from this share


def extract_answer(question: str, passages: Sequence[Passage], embedder: TextEmbedder,
                   min_similarity: float, weights: TermWeights | None = None,
                   focus: str | None = None, lead_ins: Sequence[str] = (),
                   titles: Sequence[str] = (),
                   names_the_collection: Callable[[str], bool] | None = None) -> tuple[str, bool, float]:
    """(answer text with [n] markers, refused, best score). Only verbatim sentences; never invents.

    Refuses when no sentence scores min_similarity; when the question names something (a place, an
    organisation, a number) that none of the passages mention, since near-topic questions score high on
    similarity alone; and when a "when", "who" or "how many" question finds no date, name or count in the
    sentences chosen. lead_ins: the text just before each passage (aligned with passages, "" for none);
    titles and names_the_collection: see missing_anchors.
    """
    scored = score_sentences(question, passages, embedder, weights, focus)
    best_base = max((s.base for s in scored), default=0.0)
    # a follow-up's names are its own words: the earlier turn's were checked when it was asked ("How do I let
    # my CMS purge pages?", then "And what do I send to clear the front page?" needs no passage naming a CMS)
    if best_base < min_similarity or missing_anchors(asked_sentence(focus or question), passages, lead_ins,
                                                     titles=titles, names_the_collection=names_the_collection):
        return REFUSAL_SENTENCE, True, best_base
    # the passage's credit orders the sentences; how close to the best one a sentence must be reads their own
    # scores, so that the credit (the same for every sentence of a passage) does not let more of them in
    chosen = [s for s in scored[:MAX_SENTENCES] if s.base >= max(min_similarity, best_base * RELATIVE_CUT)]
    top = list(chosen)
    # a line of code gives no reason: a why-question's answer does not go on into the command shown after it,
    # unless it asks what to do too ("Why did CTRL-A turn 007 into 010, and how do I stop that?")
    asked = focus or question
    shows_commands = "why" not in question_kinds(asked) or bool(_ASKS_HOW_TO.search(asked))
    chosen += _neighbours(chosen, passages, shows_commands=shows_commands)
    read_on = _read_on(chosen[0], chosen, scored, passages, best_base, top, shows_commands) if chosen else []
    chosen += read_on
    if read_on:   # the sentence read on to brings what it leads to ("You might want to hide it.", "To do so, ...")
        chosen += _neighbours(read_on, passages, shows_commands=shows_commands, taken=chosen)
    chosen += _read_back(chosen[0], chosen, scored, passages, best_base) if chosen else []
    chosen += _top_passages_heard(chosen, scored, passages, max(min_similarity, best_base * PART_CUT))
    chosen += _default_given_beside(asked, top, chosen, passages)
    chosen += _release_noted_nearby(asked, top, chosen, passages)
    chosen += _other_parts(asked, chosen, scored, max(min_similarity, best_base * PART_CUT))
    if asks_for_default(asked) and not any(gives_default_value(s.text) for s in chosen):
        # the default may sit in the paragraph of a sentence just below the cut ("remember=N: The last N
        # passwords ... are saved in ... The default is 10."): the first one found
        near = [s for s in scored if s.base >= max(min_similarity, best_base * PART_CUT)]
        chosen += _default_given_beside(asked, near, chosen, passages)[:1]
    chosen += _second_question(asked, chosen, passages, embedder, weights, min_similarity)
    if lacks_asked_kind(question, chosen, passages, lead_ins, focus, names_the_collection):
        return REFUSAL_SENTENCE, True, best_base
    chosen.sort(key=lambda s: (s.n, s.start))    # reading order: by passage rank, then position
    # a sentence two passages share (one brought its lead-in along from the chunk the other is) is said once;
    # a line a passage itself repeats (a command typed twice in a transcript) stays
    first_in: dict[str, int] = {}
    chosen = [s for s in chosen if first_in.setdefault(" ".join(s.text.split()), s.n) == s.n]
    return " ".join(f"{s.text} [{s.n}]" for s in chosen), False, best_base
