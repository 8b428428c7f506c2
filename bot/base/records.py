"""The typed values passed between retrieval, answering and the three front ends."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Mode = Literal["extractive", "generative"]
MODE_EXTRACTIVE: Mode = "extractive"
MODE_GENERATIVE: Mode = "generative"
# Earlier turns as callers send them: {"role", "content"} messages (content text, or Gradio 6's list of
# parts), (question, answer) pairs, or bot.history.Turn; bot.history.read_history reads them all.
History = Sequence[Any]


@dataclass(frozen=True)
class DocumentMeta:
    """What is known of one essay: from corpus/catalog.yaml, else from the file itself (ingest fills in the
    title from the file or its name). The one record of it, carried by chunks, passages and summaries."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    date: str | None = None
    collection: str | None = None
    publisher: str | None = None

    @property
    def author(self) -> str:
        return ", ".join(self.authors)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> DocumentMeta:
        return cls(**{**raw, "authors": tuple(raw.get("authors") or ())})


RECORD_SECTION = "Essay record (metadata)"   # section of the passage ingest writes from the metadata
RECORD_MAX_AUTHORS = 12


# how a record states each field: the words an answer about an essay's authors, date or publisher quotes
RECORD_AUTHORS = "was written by"
RECORD_DATE = "is dated"
RECORD_PUBLISHER = "was published by"


def record_text(meta: DocumentMeta, doc_id: str) -> str:  # changing its wording: bump PIPELINE_VERSION
    """An essay's metadata as sentences, so that "who wrote ...?" and "when ...?" retrieve and quote it.

    Ingest indexes it as one more passage of the essay, under RECORD_SECTION; the page marks it as the
    essay's record, not its text.
    """
    title = meta.title or doc_id
    lines = []
    if meta.authors:
        names = list(meta.authors[:RECORD_MAX_AUTHORS])
        more = len(meta.authors) - len(names)
        if more:
            names.append(f"{more} others")
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        lines.append(f"{title} {RECORD_AUTHORS} {joined}.")
    if meta.date:
        lines.append(f"{title} {RECORD_DATE} {meta.date}.")
    if meta.publisher:
        lines.append(f"{title} {RECORD_PUBLISHER} {meta.publisher}.")
    if meta.collection and meta.collection != title:   # a site's front page is titled by the site's name
        lines.append(f"{title} is part of {meta.collection}.")
    if meta.url:
        lines.append(f"{title} comes from {meta.url}")
    else:   # where it comes from, for a file dropped in without a catalog entry
        lines.append(f"{title} is an essay in this collection, the file {doc_id}.")
    return " ".join(lines)


@dataclass(frozen=True)
class Passage:
    """A retrieved passage, numbered [n] as the answer cites it."""

    n: int
    chunk_id: str
    doc_id: str
    meta: DocumentMeta
    section: str | None
    page: int | None
    text: str
    start: int
    end: int
    score: float                 # fused score (relative score fusion of dense and BM25)
    similarity: float | None     # cosine similarity of the query to the passage, when the dense side found it

    @property
    def title(self) -> str:
        return self.meta.title or self.doc_id

    @property
    def is_record(self) -> bool:
        """The essay's metadata record, not a passage of its text."""
        return self.section == RECORD_SECTION

    @property
    def author(self) -> str:
        return self.meta.author


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


VerdictStatus = Literal["supported", "contradicted", "not_stated"]


@dataclass(frozen=True)
class Verdict:
    """Whether a passage says what one sentence of an answer says, why, and the span compared."""

    sentence: str                # the answer's sentence (or one claim of it), markers removed
    status: VerdictStatus
    reason: str                  # e.g. "the passage says 'not replicable'; the answer drops the negation"
    evidence: str                # the passage text it was compared with, verbatim
    n: int | None = None         # the passage checked; None when the sentence cites none that exists


@dataclass(frozen=True)
class Answer:
    text: str
    citations: tuple[Citation, ...]
    passages: tuple[Passage, ...]
    refused: bool
    mode: Mode
    model: str | None
    query: str                   # the standalone query actually used for retrieval
    timings: dict[str, float] = field(default_factory=dict)   # milliseconds per stage
    unsupported_sentences: tuple[str, ...] = ()
    notice: str | None = None    # e.g. why a generative answer fell back to extractive
    confidence: float | None = None   # extractive: the best sentence's score, compared with the threshold
    verdicts: tuple[Verdict, ...] = ()   # one per sentence of the answer (a refusal has none)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Answer:
        """The Answer that to_json wrote (the page's stored conversations are read back with it)."""
        return cls(**{
            **raw,
            "citations": tuple(Citation(**c) for c in raw.get("citations", ())),
            "passages": tuple(Passage(**{**p, "meta": DocumentMeta.from_json(p["meta"])})
                              for p in raw.get("passages", ())),
            "unsupported_sentences": tuple(raw.get("unsupported_sentences", ())),
            "verdicts": tuple(Verdict(**v) for v in raw.get("verdicts", ())),
        })


@dataclass(frozen=True)
class DocumentSummary:
    """An essay in the index, as the page lists it."""

    doc_id: str
    meta: DocumentMeta
    chunks: int

    @property
    def title(self) -> str:
        return self.meta.title or self.doc_id


REFUSAL_SENTENCE = "The essays in this collection do not answer that question."
