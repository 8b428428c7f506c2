"""Follow-up questions become standalone queries: by the model when there is one, else by a rule."""
from __future__ import annotations

import re
from collections.abc import Sequence

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


def is_follow_up(question: str) -> bool:
    """Almost no content of its own, or little content and a follow-up cue or a pronoun leaning back."""
    terms = content_terms(question)
    leans_back = bool(_CUES.match(question.strip())) or bool(_PRONOUNS.search(question))
    return len(terms) <= 1 or (leans_back and len(terms) <= FOLLOW_UP_MAX_TERMS)


MAX_CARRIED_NAMES = 6
_MARKER = re.compile(r"\[\d+(?:\s*[,\u2013-]\s*\d+)*\]")
_NAME = re.compile(r"\b[A-Z][\w\u2019'-]*(?:\.[A-Z][\w-]*)*(?:\s+[A-Z][\w\u2019'-]*)*")
_CARRIED = re.compile(r" \([^()]*\)$")
# capitalised, but never what "he" or "it" stands for
_NOT_NAMES = frozenset("january february march april may june july august september october november december "
                       "monday tuesday wednesday thursday friday saturday sunday".split())


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
