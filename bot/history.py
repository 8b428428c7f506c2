"""The conversation so far, read from any format Gradio or a script sends, bounded and cleaned.

Gradio 6 sends each message's content as a list of parts ([{"type": "text", "text": ...}]); scripts send
plain strings or (question, answer) pairs. Whatever the format, an earlier question counts only when it
could have been asked now: one that was refused (too long, empty), or that the essays did not answer, or
that ended in an error, never becomes part of a later query or prompt, and the conversation before it is
set aside too, so that "why?" after a refused question does not reach back to an older topic.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.base.records import REFUSAL_SENTENCE, History
from bot.question import QuestionError, clean_question

MAX_TURNS = 12            # the latest messages kept; a follow-up leans on the last few
MAX_ANSWER_CHARS = 2000   # an earlier answer as the condense prompt sees it
_ERROR_PREFIX = "\u26a0"  # the page shows a question it could not take as "⚠️ message"
_TAG = re.compile(r"<[^>]{0,500}>")
_REFERENCES = "**References**"


@dataclass(frozen=True)
class Turn:
    role: Literal["user", "assistant"]
    text: str


def read_history(history: History | None, max_question_chars: int) -> list[Turn]:
    """The usable turns of history, oldest first; unreadable items are passed over."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)) or not isinstance(history, Sequence):
        raise QuestionError("the history must be a list of earlier messages ({\"role\", \"content\"}) or "
                            "[question, answer] pairs; send [] for none")
    messages: list[tuple[str, str | None]] = []
    for item in list(history)[-2 * MAX_TURNS:]:
        if isinstance(item, Turn):
            messages.append((item.role, item.text))
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            messages += [("user", message_text(item[0])), ("assistant", message_text(item[1]))]
        else:
            role = item.get("role") if isinstance(item, dict) else getattr(item, "role", None)
            content = item.get("content") if isinstance(item, dict) else getattr(item, "content", None)
            if role in ("user", "assistant"):
                messages.append((role, message_text(content)))
    turns: list[Turn] = []
    for i, (role, text) in enumerate(messages):
        if role == "assistant":
            if text and turns and turns[-1].role == "user":
                turns.append(Turn("assistant", _answer_text(text)))
            continue
        reply = messages[i + 1][1] if i + 1 < len(messages) and messages[i + 1][0] == "assistant" else None
        if text is None:
            continue
        try:
            if not _was_answered(reply):
                raise QuestionError("refused")
            turns.append(Turn("user", clean_question(text, max_question_chars)))
        except QuestionError:
            turns.clear()   # a refused question ends the thread: "why?" after it has nothing to lean on
    return turns[-MAX_TURNS:]


def message_text(content: Any) -> str | None:
    """The text of one message's content: a string, a list of parts, or a {"text"} part; else None."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        text = content.get("text") if content.get("type", "text") == "text" else None
        return text if isinstance(text, str) else None
    if isinstance(content, (list, tuple)):
        texts = [t for part in content if (t := message_text(part)) is not None]
        return "\n".join(texts) if texts else None
    return None


def _was_answered(reply: str | None) -> bool:
    """False for a question the page refused or the essays did not answer (None: no reply recorded)."""
    if reply is None:
        return True
    head = html.unescape(reply[:8 * len(REFUSAL_SENTENCE)])   # the page's messages encode punctuation
    return not head.lstrip().startswith(_ERROR_PREFIX) and REFUSAL_SENTENCE not in head


def _answer_text(text: str) -> str:
    """An earlier answer as plain text: the page's links, references and character references removed."""
    text = text[:4 * MAX_ANSWER_CHARS].split(_REFERENCES, 1)[0]
    return " ".join(html.unescape(_TAG.sub("", text)).split())[:MAX_ANSWER_CHARS]
