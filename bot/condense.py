"""Follow-up questions become standalone queries: by the model when there is one, else by a rule."""
from __future__ import annotations

import re
from typing import Sequence

from bot.sentences import content_terms

History = Sequence  # list of {"role", "content"} messages, or of (user, assistant) pairs
_CUES = re.compile(r"^(why|how( so| come)?|and|but|so|what about|what else|tell me more|more|explain|"
                   r"in what way|such as|for example|really|can you)\b", re.IGNORECASE)
_PRONOUNS = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|she|his|her|there)\b", re.IGNORECASE)


def user_turns(history: History | None) -> list[str]:
    """The user's earlier questions, oldest first, from either history format."""
    turns: list[str] = []
    for item in history or ():
        if isinstance(item, dict):
            if item.get("role") == "user" and isinstance(item.get("content"), str):
                turns.append(item["content"])
        elif isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
            turns.append(item[0])
    return turns


def conversation_text(history: History | None) -> str:
    lines = []
    for item in history or ():
        if isinstance(item, dict) and isinstance(item.get("content"), str):
            lines.append(f"{item.get('role', 'user')}: {item['content']}")
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            lines.append(f"user: {item[0]}")
            if item[1]:
                lines.append(f"assistant: {item[1]}")
    return "\n".join(lines)


def is_follow_up(question: str) -> bool:
    """Short, or opening with a follow-up cue, or leaning on a pronoun with little content of its own."""
    terms = content_terms(question)
    return len(terms) <= 1 or bool(_CUES.match(question.strip())) or \
        (bool(_PRONOUNS.search(question)) and len(terms) <= 3)


def heuristic_standalone(question: str, history: History | None) -> str:
    """Without a model: a follow-up is prefixed with the previous question, so retrieval keeps its topic."""
    previous = user_turns(history)
    if previous and is_follow_up(question):
        return f"{previous[-1].strip()} {question.strip()}"
    return question.strip()
