"""The seams between layers, as Protocols: what retrieval needs of an embedder, what a front end needs of
whatever answers (a Bot, or the page's answer processes)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

    from bot.base.records import Answer, DocumentSummary, History
    from bot.base.settings import Settings


class TextEmbedder(Protocol):
    """Turns texts into unit vectors (ingest's Embedder, or the answering side's cache in front of it)."""

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class Answerer(Protocol):
    """Answers questions about the indexed essays: `Bot`, or `AnswerProcesses` standing in for it."""

    settings: Settings

    def stream(self, question: str, history: History | None = None,
               doc_ids: Iterable[str] | None = None) -> Iterator[str | Answer]: ...

    def documents(self) -> list[DocumentSummary]: ...

    def warm_up(self) -> None: ...
