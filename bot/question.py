"""What makes a question askable: text, with words in it, within the length limit."""
from __future__ import annotations

import re
import unicodedata

_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


class QuestionError(ValueError):
    """The question cannot be asked as given; the message says what to change."""


def clean_question(question: object, max_chars: int) -> str:
    """Control characters out, whitespace trimmed, length bounded; raises QuestionError naming the fix.

    Runs before any model or embedding call, on questions and on every earlier question in a history.
    """
    if question is None:
        raise QuestionError("no question was given; type a question about the essays")
    if not isinstance(question, str):
        raise QuestionError(f"the question must be text, not {type(question).__name__}; "
                            "send the question as a string")
    if len(question) > 4 * max_chars:   # refused before any work on it: a 5 MB question costs nothing
        raise QuestionError(f"the question is {len(question):,} characters long; the limit is {max_chars:,}. "
                            "Shorten it")
    question = _ANSI_ESCAPE.sub("", question)   # pasted terminal colours leave "[31m" behind otherwise
    cleaned = "".join(ch for ch in question if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()
    if not cleaned:
        raise QuestionError("the question is empty; type a question about the essays")
    if len(cleaned) > max_chars:
        raise QuestionError(f"the question is {len(cleaned):,} characters long; the limit is {max_chars:,}. "
                            "Shorten it")
    if not any(ch.isalnum() for ch in cleaned):
        raise QuestionError("the question has no words in it; type a question about the essays")
    return cleaned
