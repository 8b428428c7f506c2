"""The page's conversations and ratings: what each callback does with the store, apart from Gradio's wiring.

Every function takes the login ("" without one) from the request, never from the client's data, so a
conversation id sent by another login's page finds nothing.
"""
from __future__ import annotations

import datetime
import tempfile
from pathlib import Path
from typing import Any

from bot.base.records import Answer
from bot.base.settings import Settings
from bot.history import message_text
from bot.page_store import ConversationSummary, PageStore, StoredTurn
from bot.prompts import PROMPT_NAMES, load_prompt
from bot.render import answer_as_markdown, answer_markdown, sources_html, status_markdown
from ingest.index import IndexFolder

EXPORT_PREFIX = "conversation-"


def login_of(request: Any) -> str:
    """The login Gradio checked for this request ("" when the page has none)."""
    return getattr(request, "username", None) or ""


def choice_label(summary: ConversationSummary) -> str:
    when = datetime.datetime.fromtimestamp(summary.updated).strftime("%d %b %H:%M")
    return f"{summary.title} · {when} · {summary.turns} question{'s' * (summary.turns != 1)}"


def conversation_choices(store: PageStore, login: str) -> list[tuple[str, str]]:
    """(label, id) of the login's conversations, the latest first."""
    return [(choice_label(c), c.id) for c in store.conversations(login)]


def chat_messages(turns: list[StoredTurn]) -> list[dict[str, str]]:
    """The chat as the page shows it: each question, then its answer as the page rendered it then."""
    messages = []
    for turn in turns:
        messages += [{"role": "user", "content": turn.question},
                     {"role": "assistant", "content": answer_markdown(turn.answer)}]
    return messages


def reopened(store: PageStore, login: str, conversation_id: str | None) -> tuple[list, str, str, str]:
    """(messages, status, sources, copy text) of a stored conversation; its last answer's sources show."""
    turns = store.turns(login, conversation_id) if conversation_id else []
    if not turns:
        return [], "", sources_html(None), ""
    last = turns[-1]
    return (chat_messages(turns), status_markdown(last.answer, last.question), sources_html(last.answer),
            answer_as_markdown(last.question, last.answer))


def conversation_markdown(turns: list[StoredTurn]) -> str:
    """The whole conversation for a Markdown file: each question, its answer and its references."""
    return "\n---\n\n".join(answer_as_markdown(t.question, t.answer) for t in turns)


def export_file(store: PageStore, login: str, conversation_id: str | None) -> str | None:
    """A Markdown file of the conversation, for the page's download button; None when there is none."""
    turns = store.turns(login, conversation_id) if conversation_id else []
    if not turns or conversation_id is None:
        return None
    # one file per conversation, rewritten: Gradio serves a copy from its own cache, never this folder
    folder = Path(tempfile.gettempdir()) / "bot-exports" / conversation_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{EXPORT_PREFIX}{conversation_id[:8]}.md"
    path.write_text(conversation_markdown(turns), encoding="utf-8")
    return str(path)


def rated_turn(store: PageStore, login: str, conversation_id: str | None, messages: list,
               index: int) -> tuple[StoredTurn, list[dict[str, str]]] | None:
    """The stored turn behind the chat's message `index`, and the turns the chat shows before it (as a
    question set's history); None when there is none.

    Turns are found by their question: after a retry or an undo the chat and the store no longer line up by
    position, and the latest stored answer to a question is the one the chat shows.
    """
    if not conversation_id or not 0 < index < len(messages):
        return None
    questions = [message_text(m.get("content")) for m in messages[:index]
                 if isinstance(m, dict) and m.get("role") == "user"]
    if not questions or not (isinstance(messages[index - 1], dict) and messages[index - 1].get("role") == "user"):
        return None
    turns = store.turns(login, conversation_id)
    shown: list[StoredTurn] = []
    before = len(turns)
    for question in reversed(questions):   # the rated turn, then each earlier one, each before the last found
        found = next((p for p in range(before - 1, -1, -1) if turns[p].question == question), None)
        if found is None:
            if not shown:
                return None
            continue
        shown.append(turns[found])
        before = found
    rated, *earlier = shown
    history = [{"role": role, "content": text} for t in reversed(earlier)
               for role, text in (("user", t.question), ("assistant", t.answer.text))]
    return rated, history


def rating_config(settings: Settings, answer: Answer) -> dict[str, Any]:
    """What produced the answer, as the evaluation records it: mode, models, settings and prompt hashes."""
    manifest = IndexFolder(settings.index_dir).read_manifest()
    return {"mode": answer.mode, "model": answer.model, "embedding_model": settings.embedding_model,
            "embedding_precision": manifest.embedding_precision if manifest else None,
            "index_generation": manifest.generation if manifest else None,
            "chunk_tokens": settings.chunk_tokens, "chunk_overlap_tokens": settings.chunk_overlap_tokens,
            "k": settings.top_k, "retriever": settings.retriever,
            "extractive_threshold": settings.extractive_threshold, "verify": settings.verify,
            "prompts": {name: load_prompt(settings.prompts_dir, name).sha256 for name in PROMPT_NAMES}}
