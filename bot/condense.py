"""Follow-up questions become standalone queries: by the model when there is one, else by a rule."""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.base.text import MONTHS
from bot.history import Turn
from bot.sentences import STOPWORDS, content_terms

_CUES = re.compile(r"^(why|how( so| come)?|and|but|so|what about|what else|tell me more|more|explain|"
                   r"in what way|such as|for example|really|can you)\b", re.IGNORECASE)
_PRONOUNS = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|she|his|her|there)\b", re.IGNORECASE)


def user_turns(turns: Sequence[Turn]) -> list[str]:
    """The user's earlier questions, oldest first."""
    return [t.text for t in turns if t.role == "user"]


def conversation_text(turns: Sequence[Turn]) -> str:
    return "\n".join(f"{t.role}: {t.text}" for t in turns)


FOLLOW_UP_MAX_TERMS = 3   # "How often do river gauges measure the Pearl River?" opens with a cue, yet stands alone
# A question longer than FOLLOW_UP_MAX_TERMS still leans back when it opens as a continuation ("And what if I
# pass them as two separate arguments instead?"), when a pronoun comes before anything it could stand for in the
# question itself ("How do I make it the default for every command-line action?", "How do I tell Git to use one
# of them?"), or with a word that always points back ("Do other people see mine?"). "this", "that", "there",
# "these" are left to the short-question rule: "Is there a way to ...", "which of these guides" stand alone.
_CONTINUES = re.compile(r"^(and|but|so|also|what about|what if|how about|what else)\b", re.IGNORECASE)
_ALWAYS_BACK = re.compile(r"\b(mine|yours|afterwards|the rest|that way)\b|"
                          # "If that's the only hook I define": "that" as the subject of a clause
                          r"(?:^|\bif |\bsince |\bwhen |, )(?:that|this)(?:'s|\u2019s| is)\b", re.IGNORECASE)
# "those jobs", "of that method", "give that call a timeout", "which of the two", "the first one", "the latter":
# a determiner or a count that picks out something just said ("that" after a verb or preposition, as a
# determiner: "so that", "such that" and "the option that controls" are no pointers; "these" is left out: "which
# of these guides" asks about the collection)
_POINTS_AT_SAID = re.compile(
    r"\bthose\b(?!\s+(?:who|which|that)\b)|"
    r"\b(?:of|to|on|for|with|in|at|from|by|about|into|through|onto|after|before|without|use|change|switch|"
    r"turn|make|apply|give|try|get|install|keep|load|pass|delete|remove|enable|disable|relax|"
    r"trust|hook|do|leave|set|put|run|call|add|edit|open|read|send|copy|move|rename|configure|check|"
    r"update|raise|catch) that\s+(?!(?:is|was|are|were|has|have|had|can|could|will|would|should|may|might|must|does|"
    r"do|did|it|they|you|i|we|he|she|the|a|an|my|your|its|their|there|this|if|when|way)\b)[a-z][\w-]*|"
    r"\b(?:which|either|neither|each|both|one|first|second|last|other) of (?:those|them|the two|the three)\b|"
    r"\bthe two (?:have|are|do|differ|share|behave|work)\b|\bthe (?:former|latter)\b|"
    r"\bthe (?:first|second|third|last|other) (?:one|ones)\b", re.IGNORECASE)
# "Is that still needed ...?", "Does this work on Windows too?": a question whose subject is "this" or "that"
# asks about what was just said ("Is there ..." is left out: "there" points nowhere)
_POINTING_SUBJECT = re.compile(r"^(is|was|are|were|does|did|do|can|could|will|would|should|has|have|isn't|"
                               r"wasn't|doesn't|didn't|won't|wouldn't)\s+(that|this|these|those)\b", re.IGNORECASE)
# "I added one, but ...": "one" ending its clause stands for a thing named before, as "it" does
_SINGULAR = re.compile(r"\b(it|its|he|him|his|she|her)\b|(?<!\bno )\bone(?=\s*[,.;?!]|\s+(?:but|and)\b)",
                       re.IGNORECASE)
_PLURAL = re.compile(r"\b(they|them|their)\b", re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"\b\w{3,}[^s\W]s\b|\b\w+ and \w+", re.IGNORECASE)   # "processes", "rules", "X and Y"
_EXPLETIVE_IT = re.compile(r"\b(is|was|isn't|wasn't) it (possible|true|necessary|okay|ok|worth|wise|better|"
                           r"safe|a good idea)\b|\bit (is|was|seems) (possible|true|necessary|better)\b", re.IGNORECASE)
FOLLOW_UP_MAX_TERMS_WITH_ANAPHOR = 8
POINTER_MAX_TERMS_BEFORE = 2   # content words a question may say before "those ..." that points back


def is_follow_up(question: str) -> bool:
    """Almost no content of its own; or little content and a follow-up cue or a pronoun; or, up to
    FOLLOW_UP_MAX_TERMS_WITH_ANAPHOR terms, a word that can only stand for something said before."""
    terms = content_terms(question)
    leans_back = bool(_CUES.match(question.strip())) or bool(_PRONOUNS.search(question))
    if len(terms) <= 1 or (leans_back and len(terms) <= FOLLOW_UP_MAX_TERMS):
        return True
    return len(terms) <= FOLLOW_UP_MAX_TERMS_WITH_ANAPHOR and _refers_back(question.strip())


def _refers_back(question: str) -> bool:
    if _CONTINUES.match(question) or _ALWAYS_BACK.search(question) or _POINTING_SUBJECT.match(question):
        return True
    # before anything it could pick out in the question itself: "fill those gaps" after "my series has gaps"
    # points at the gaps just named
    pointer = _POINTS_AT_SAID.search(question)
    if pointer and len(content_terms(question[:pointer.start()])) <= POINTER_MAX_TERMS_BEFORE:
        return True
    text = _EXPLETIVE_IT.sub(" ", question)
    singular = _SINGULAR.search(text)
    if singular and len(content_terms(text[:singular.start()])) <= 1:   # "make it", not "urllib ... change it"
        return True
    plural = _PLURAL.search(text)
    return plural is not None and not _PLURAL_NOUN.search(text[1:plural.start()])


MAX_CARRIED_NAMES = 6
_MARKER = re.compile(r"\[\d+(?:\s*[,\u2013-]\s*\d+)*\]")
_NAME = re.compile(r"\b[A-Z][\w\u2019'-]*(?:\.[A-Z][\w-]*)*(?:\s+[A-Z][\w\u2019'-]*)*")
_CARRIED = re.compile(r" \([^()]*\)$")
# capitalised, but never what "he" or "it" stands for
_NOT_NAMES = MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def heuristic_standalone(question: str, turns: Sequence[Turn]) -> str:
    """Without a model: a follow-up is prefixed with the previous question and followed by the names the
    last answer gave that the question did not ("Who came after him?" after "Steve McIntyre led ..."), so
    retrieval keeps the topic and finds what "he" or "it" stands for."""
    previous = user_turns(turns)
    if not previous or not is_follow_up(question):
        return question.strip()
    named = answer_names(_last_answer(turns), previous[-1] + " " + question)
    carried = f" ({', '.join(named)})" if named else ""
    return f"{previous[-1].strip()} {question.strip()}{carried}"


def answer_names(answer: str, already: str) -> list[str]:
    """Names in an answer (capitalised words and runs, words with digits, acronyms) not already in `already`,
    first ones first; a run of capitalised words opening a sentence counts ("Steve McIntyre led ..."), a
    single word there does not."""
    said = already.lower()
    names: list[str] = []
    text = _MARKER.sub(" ", answer)
    for match in _NAME.finditer(text):
        name = match.group(0).strip("'\u2019-")
        words = name.split()
        opens = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1] in ".!?:"
        if opens and len(words) == 1 and not any(ch.isdigit() for ch in name):
            continue   # one capitalised word opening a sentence ("Yes", "However") is no sign of a name
        while words and (words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES):
            words = words[1:]   # "The", "This" opening a sentence; months
        name = " ".join(w for w in words if w.lower() not in _NOT_NAMES)
        if name and name.lower() not in said and name not in names:
            names.append(name)
    return names[:MAX_CARRIED_NAMES]


def without_carried(query: str) -> str:
    """The query without the names heuristic_standalone carried over: they steer retrieval, but a name the
    user never typed must not make the bot refuse."""
    return _CARRIED.sub("", query)


def _last_answer(turns: Sequence[Turn]) -> str:
    answers = [t.text for t in turns if t.role == "assistant"]
    return answers[-1] if answers else ""
