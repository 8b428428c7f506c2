"""The typed values passed between retrieval, answering and the three front ends."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

MODE_EXTRACTIVE = "extractive"
MODE_GENERATIVE = "generative"


@dataclass(frozen=True)
class Passage:
    """A retrieved passage, numbered [n] as the answer cites it."""

    n: int
    chunk_id: str
    doc_id: str
    title: str
    authors: tuple[str, ...]
    url: str | None
    section: str | None
    page: int | None
    text: str
    start: int
    end: int
    score: float                 # fused score (relative score fusion of dense and BM25)
    similarity: float | None     # cosine similarity of the query to the passage, when the dense side found it
    collection: str | None = None
    publisher: str | None = None

    @property
    def author(self) -> str:
        return ", ".join(self.authors)


@dataclass(frozen=True)
class Citation:
    """One [n] in the answer, checked: quote is the exact supporting text from passage n."""

    n: int
    doc_id: str
    title: str
    author: str
    quote: str
    chunk_id: str
    score: float
    url: str | None = None
    section: str | None = None
    page: int | None = None
    sentence: str = ""           # the answer sentence this citation supports


@dataclass(frozen=True)
class Answer:
    text: str
    citations: tuple[Citation, ...]
    passages: tuple[Passage, ...]
    refused: bool
    mode: str                    # "extractive" | "generative"
    model: str | None
    query: str                   # the standalone query actually used for retrieval
    timings: dict[str, float] = field(default_factory=dict)   # milliseconds per stage
    unsupported_sentences: tuple[str, ...] = ()
    notice: str | None = None    # e.g. why a generative answer fell back to extractive
    confidence: float | None = None   # extractive: the best sentence's score, compared with the threshold

    def to_json(self) -> dict:
        return asdict(self)


REFUSAL_SENTENCE = "The essays in this collection do not answer that question."
