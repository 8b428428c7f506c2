"""Follow-up questions become standalone queries: by the model when there is one, else by a rule."""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.history import Turn
from bot.sentences import content_terms

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


def heuristic_standalone(question: str, turns: Sequence[Turn]) -> str:
    """Without a model: a follow-up is prefixed with the previous question, so retrieval keeps its topic."""
    previous = user_turns(turns)
    if previous and is_follow_up(question):
        return f"{previous[-1].strip()} {question.strip()}"
    return question.strip()
