"""Split a cleaned document into passages that respect sentences and fit the embedding model."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from llama_index.core.node_parser import SentenceSplitter

from bot.base.records import RECORD_SECTION, DocumentMeta, record_text
from ingest.clean import CleanDocument

TITLE_PREFIX_CHARS = 160   # the title/section line put before a chunk for embedding, at most
_WORD_RUN = re.compile(r"\w+")   # each becomes at least one word piece: the tokenizer splits at spaces and punctuation


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    ordinal: int
    text: str
    start: int                 # character offsets into the cleaned document
    end: int
    meta: DocumentMeta
    section: str | None
    page: int | None
    file_key: str

    @property
    def embedding_head(self) -> str:
        """The title line put before the passage for embedding ("" when there is neither title nor section)."""
        return " - ".join(x for x in (self.meta.title, self.section) if x)[:TITLE_PREFIX_CHARS]

    @property
    def embedding_text(self) -> str:
        """What the embedder reads: a short title line, then the passage."""
        head = self.embedding_head
        return f"{head}\n{self.text}" if head else self.text


class PassageSplitter:
    """Sentence-aware splitting (llama-index SentenceSplitter) measured in the model's own word pieces."""

    def __init__(self, count_pieces: Callable[[str], list], chunk_tokens: int, overlap_tokens: int):
        self._count_pieces = count_pieces
        self._measured: dict[str, int] = {}
        # chunk id -> word pieces in its text, for chunks the splitter measured whole (most of them), so that
        # ingest's length check need not tokenize them again
        self.pieces: dict[str, int] = {}
        self._splitter = SentenceSplitter(chunk_size=chunk_tokens, chunk_overlap=overlap_tokens,
                                          tokenizer=self._measure, paragraph_separator="\n\n")

    def _measure(self, text: str) -> Sequence:
        # The splitter measures a section whole, then its paragraphs, then their sentences, and only compares
        # the first two with the chunk size. A text with more word runs than that is too long without
        # tokenizing it: at 100k passages this saves a third of the splitting time.
        runs = len(_WORD_RUN.findall(text))
        if runs > self._splitter.chunk_size:
            return range(runs)   # a lower bound on its word pieces, already over the limit
        ids = self._count_pieces(text)
        self._measured[text.strip()] = len(ids)   # the splitter strips its chunks
        return ids

    def split(self, doc: CleanDocument, doc_id: str, meta: DocumentMeta, file_key: str) -> list[Chunk]:
        """Chunks never cross a section (heading or page); ids depend only on the file key and position."""
        chunks: list[Chunk] = []
        for section in doc.sections:
            body = doc.text[section.start:section.end]
            cursor = 0
            for piece in self._splitter.split_text(body):
                at = body.find(piece, cursor)
                if at < 0:
                    at = body.find(piece)
                if at < 0:  # the splitter trimmed whitespace inside; never expected, but keep the text honest
                    raise ValueError(f"{doc_id}: splitter produced text not in the document: {piece[:60]!r}")
                cursor = at + 1
                ordinal = len(chunks)
                chunks.append(Chunk(
                    id=chunk_id(doc_id, file_key, ordinal), doc_id=doc_id, ordinal=ordinal,
                    text=piece, start=section.start + at, end=section.start + at + len(piece), meta=meta,
                    section=section.heading, page=section.page, file_key=file_key))
                if piece in self._measured:
                    self.pieces[chunks[-1].id] = self._measured[piece]
            self._measured.clear()
        return chunks


def record_chunk(doc: CleanDocument, doc_id: str, meta: DocumentMeta, file_key: str, ordinal: int) -> Chunk:
    """The essay's record as a chunk of its own section, placed after the text (offsets past its end)."""
    text = record_text(meta, doc_id)
    start = len(doc.text) + 2
    return Chunk(id=chunk_id(doc_id, file_key, ordinal), doc_id=doc_id, ordinal=ordinal, text=text, start=start,
                 end=start + len(text), meta=meta, section=RECORD_SECTION, page=None, file_key=file_key)


def chunk_id(doc_id: str, file_key: str, ordinal: int) -> str:
    """Stable: the same file content and settings give the same ids."""
    digest = hashlib.sha256(f"{doc_id}\0{file_key}".encode()).hexdigest()[:16]
    return f"{digest}-{ordinal:05d}"
